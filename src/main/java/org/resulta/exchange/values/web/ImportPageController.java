package org.resulta.exchange.values.web;

import jakarta.servlet.http.HttpServletResponse;
import org.resulta.exchange.values.ExportRequest;
import org.resulta.exchange.values.ImportJobView;
import org.resulta.exchange.values.ImportMode;
import org.resulta.exchange.values.ImportUpload;
import org.resulta.exchange.values.ValueExchange;
import org.resulta.exchange.values.ValueFormat;
import org.resulta.shared.DomainException;
import org.resulta.web.FormErrors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The import page: upload a file of actuals (format, mode, dry run), follow the job's progress (a bar that a
 * static script refreshes from {@code /imports/{id}/progress}) and read its report; export a unit's actuals and
 * download a data set's template.
 */
@Controller
class ImportPageController {

    private static final int REPORT_ROWS = 500;

    private final ValueExchange exchange;
    private final UploadLimit limit;

    ImportPageController(ValueExchange exchange, UploadLimit limit) {
        this.exchange = exchange;
        this.limit = limit;
    }

    @GetMapping("/imports")
    String page(Model model) {
        return form(model, "csv", "all-or-nothing", false, FormErrors.none());
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "csv") String format,
                  @RequestParam(defaultValue = "all-or-nothing") String mode,
                  @RequestParam(defaultValue = "false") boolean dryRun, Model model) {
        try {
            ImportUpload upload = ValueExchangeApiController.upload(exchange, limit, file, format, mode, dryRun);
            return "redirect:/imports/" + ValueExchangeApiController.submit(exchange, upload).id();
        } catch (DomainException e) {
            return form(model, format, mode, dryRun, FormErrors.of(e));
        } catch (UploadLimit.UploadTooLarge e) {
            return form(model, format, mode, dryRun, FormErrors.of(new org.resulta.shared.InvalidValueException(
                    "file", "upload-too-large", e.getMessage())));
        }
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("section", "imports");
        model.addAttribute("job", exchange.job(id, 0, REPORT_ROWS));
        model.addAttribute("reportRows", REPORT_ROWS);
        return "exchange/import-job";
    }

    /** What the progress script reads. */
    @GetMapping(value = "/imports/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progress(@PathVariable UUID id) {
        ImportJobView job = exchange.job(id, 0, 0);
        Map<String, Object> progress = new java.util.LinkedHashMap<>();
        progress.put("state", job.state().name());
        progress.put("finished", job.state().isFinished());
        progress.put("rowsRead", job.rowsRead());
        progress.put("rowsRejected", job.rowsRejected());
        progress.put("percent", job.percent());
        return progress;
    }

    /** The same export as the API's, for a signed-in person using the form on the import page. */
    @GetMapping("/exports/values")
    void export(@RequestParam String unit, @RequestParam(required = false) String dataSet,
                @RequestParam(required = false) String indicators, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(defaultValue = "csv") String format,
                HttpServletResponse response) throws IOException {
        ValueFormat chosen = ValueFormat.parse(format);
        List<String> codes = indicators == null || indicators.isBlank() ? List.of()
                : Arrays.stream(indicators.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        try (var out = new ValueExchangeApiController.Attachment(response, chosen,
                "actuals-" + unit.trim() + "." + chosen.extension())) {
            exchange.export(new ExportRequest(unit.trim(), blank(dataSet), codes, blank(from), blank(to)), chosen, out);
        }
    }

    @GetMapping("/data-sets/{code}/template")
    void template(@PathVariable String code, @RequestParam(required = false) String period,
                  @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        ValueFormat chosen = ValueFormat.parse(format);
        try (var out = new ValueExchangeApiController.Attachment(response, chosen,
                code + "-template." + chosen.extension())) {
            exchange.template(code, blank(period), chosen, out);
        }
    }

    private String form(Model model, String format, String mode, boolean dryRun, FormErrors errors) {
        model.addAttribute("section", "imports");
        model.addAttribute("formats", ValueFormat.values());
        model.addAttribute("format", format);
        model.addAttribute("mode", mode);
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("errors", errors);
        model.addAttribute("limit", limit.limitText());
        model.addAttribute("jobs", exchange.recentJobs(20));
        return "exchange/imports";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
