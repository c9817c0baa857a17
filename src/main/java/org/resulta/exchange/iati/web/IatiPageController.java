package org.resulta.exchange.iati.web;

import org.resulta.exchange.iati.IatiExchange;
import org.resulta.exchange.iati.IatiImportReport;
import org.resulta.shared.DomainException;
import org.resulta.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;

/** The IATI import page: upload a file for an owner unit, with or without saving, and read the report. */
@Controller
class IatiPageController {

    private final IatiExchange iati;

    IatiPageController(IatiExchange iati) {
        this.iati = iati;
    }

    @GetMapping("/imports/iati")
    String form(@RequestParam(required = false) String owner, Model model) {
        return page(model, owner, true, null, FormErrors.none());
    }

    @PostMapping("/imports/iati")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "") String ownerUnitCode,
                  @RequestParam(defaultValue = "false") boolean dryRun, Model model) {
        try {
            IatiImportReport report = iati.importActivities(IatiApiController.requireFile(file),
                    file.getOriginalFilename(), ownerUnitCode.trim(), dryRun);
            return page(model, ownerUnitCode, dryRun, report, FormErrors.none());
        } catch (DomainException e) {
            return page(model, ownerUnitCode, dryRun, null, FormErrors.of(e));
        }
    }

    /** The same export as the API's, for a signed-in person following the link on the plan page. */
    @GetMapping(value = "/plans/{code}/iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> export(@PathVariable String code) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + "-iati.xml").build().toString())
                .body(iati.exportPlan(code));
    }

    private static String page(Model model, String owner, boolean dryRun, IatiImportReport report, FormErrors errors) {
        model.addAttribute("section", "plans");
        model.addAttribute("owner", owner);
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("report", report);
        model.addAttribute("errors", errors);
        return "exchange/iati-import";
    }
}
