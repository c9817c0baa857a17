package org.resulta.exchange.values.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.resulta.exchange.values.Dhis2Mapping;
import org.resulta.exchange.values.ExportRequest;
import org.resulta.exchange.values.ImportJobView;
import org.resulta.exchange.values.ImportMode;
import org.resulta.exchange.values.ImportUpload;
import org.resulta.exchange.values.ValueExchange;
import org.resulta.exchange.values.ValueFormat;
import org.resulta.shared.InvalidValueException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Actuals in and out as files: import jobs, exports, templates and the DHIS2 mapping. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Data value exchange", description = "Import and export actuals as CSV, XLSX, JSON and DHIS2 data value sets")
class ValueExchangeApiController {

    private final ValueExchange exchange;
    private final UploadLimit limit;

    ValueExchangeApiController(ValueExchange exchange, UploadLimit limit) {
        this.exchange = exchange;
        this.limit = limit;
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start an import of actuals (format csv, xlsx, json, dhis2-json, dhis2-csv; mode all-or-nothing or skip-invalid); answers 202 with the job")
    ResponseEntity<ImportJobView> start(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @RequestParam(defaultValue = "csv") String format,
                                        @RequestParam(defaultValue = "all-or-nothing") String mode,
                                        @RequestParam(defaultValue = "false") boolean dryRun) {
        ImportJobView job = submit(exchange, upload(exchange, limit, file, format, mode, dryRun));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/imports/" + job.id())).body(job);
    }

    /** Checks the choices, then stores the file; shared with the page. */
    static ImportUpload upload(ValueExchange exchange, UploadLimit limit, MultipartFile file, String format, String mode,
                               boolean dryRun) {
        ValueFormat chosen = ValueFormat.parse(format);
        ImportMode importMode = ImportMode.parse(mode);
        Path saved = limit.save(file);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        return new ImportUpload(saved, name, chosen, importMode, dryRun);
    }

    /** Hands the stored upload to a job; when that is refused (no DATA_ENTER), the stored file goes. */
    static ImportJobView submit(ValueExchange exchange, ImportUpload upload) {
        try {
            return exchange.submit(upload);
        } catch (RuntimeException e) {
            try {
                java.nio.file.Files.deleteIfExists(upload.file());
            } catch (IOException ignored) {
                // a temporary file; the refusal matters more
            }
            throw e;
        }
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "An import job: state, rows read and refused, values created, updated and unchanged, and the refused rows")
    ImportJobView job(@PathVariable UUID id, @RequestParam(defaultValue = "0") int errorOffset,
                      @RequestParam(defaultValue = "1000") int errorLimit) {
        return exchange.job(id, errorOffset, errorLimit);
    }

    @GetMapping("/imports")
    @Operation(summary = "Your latest import jobs, newest first")
    List<ImportJobView> jobs(@RequestParam(defaultValue = "20") int limit) {
        return exchange.recentJobs(limit);
    }

    @GetMapping("/exports/values")
    @Operation(summary = "Export the actuals of a unit's subtree (a data set's or a list of indicators, a period range) as csv, xlsx, json, dhis2-json or dhis2-csv, streamed")
    void export(@RequestParam String unit, @RequestParam(required = false) String dataSet,
                @RequestParam(required = false) String indicators, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(defaultValue = "csv") String format,
                HttpServletResponse response) throws IOException {
        ValueFormat chosen = ValueFormat.parse(format);
        List<String> codes = indicators == null || indicators.isBlank() ? List.of()
                : Arrays.stream(indicators.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        try (var out = new Attachment(response, chosen, "actuals-" + unit.trim() + "." + chosen.extension())) {
            exchange.export(new ExportRequest(unit.trim(), dataSet, codes, from, to), chosen, out);
        }
    }

    @GetMapping("/data-sets/{code}/template")
    @Operation(summary = "A file to fill in for the data set (format csv or xlsx), with the period filled in when given")
    void template(@PathVariable String code, @RequestParam(required = false) String period,
                  @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        ValueFormat chosen = ValueFormat.parse(format);
        if (chosen != ValueFormat.CSV && chosen != ValueFormat.XLSX) {
            throw new InvalidValueException("format", "template-format", "Templates come as csv or xlsx");
        }
        try (var out = new Attachment(response, chosen, code + "-template." + chosen.extension())) {
            exchange.template(code, period, chosen, out);
        }
    }

    @GetMapping("/dhis2/mapping")
    @Operation(summary = "The mapping of DHIS2 identifiers (data elements, org units, category option combos) to Resulta codes")
    Dhis2Mapping mapping() {
        return exchange.dhis2Mapping();
    }

    @PutMapping("/dhis2/mapping")
    @Operation(summary = "Add or replace entries of the DHIS2 mapping")
    Dhis2Mapping putMapping(@Valid @RequestBody Dhis2Mapping mapping) {
        return exchange.putDhis2Mapping(mapping);
    }

    /**
     * The response body as a download, whose headers are set on the first byte written: a refusal (no access, an
     * unknown unit) found before then still answers as a problem, not as a broken file.
     */
    static final class Attachment extends OutputStream {
        private final HttpServletResponse response;
        private final ValueFormat format;
        private final String fileName;
        private OutputStream out;

        Attachment(HttpServletResponse response, ValueFormat format, String fileName) {
            this.response = response;
            this.format = format;
            this.fileName = fileName;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                response.setContentType(format.mediaType() + (format == ValueFormat.XLSX ? "" : ";charset=UTF-8"));
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName)
                        .build().toString());
                out = response.getOutputStream();
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
