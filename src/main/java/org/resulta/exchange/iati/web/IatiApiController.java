package org.resulta.exchange.iati.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resulta.exchange.iati.IatiExchange;
import org.resulta.exchange.iati.IatiImportReport;
import org.resulta.shared.InvalidValueException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;

/** IATI activity XML through the API: import a file into an owner unit's plans, export a plan's results. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "IATI", description = "IATI activity XML import and export")
class IatiApiController {

    private final IatiExchange iati;

    IatiApiController(IatiExchange iati) {
        this.iati = iati;
    }

    @PostMapping(value = "/imports/iati", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import IATI activity XML (2.01-2.03, legacy 1.0x) as draft plans of a unit; dryRun=true saves nothing")
    IatiImportReport importIati(@RequestParam(name = "file", required = false) MultipartFile file,
                                @RequestParam String ownerUnitCode,
                                @RequestParam(defaultValue = "false") boolean dryRun) {
        return iati.importActivities(requireFile(file), file.getOriginalFilename(), ownerUnitCode.trim(), dryRun);
    }

    @GetMapping(value = "/plans/{code}/iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The plan's results as IATI 2.03 activity XML, validated against the IATI schema")
    ResponseEntity<String> export(@PathVariable String code) {
        String xml = iati.exportPlan(code);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(code + "-iati.xml").build().toString())
                .body(xml);
    }

    static MultipartFile requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidValueException("file", "file-required", "Choose an IATI activity XML file to upload");
        }
        return file;
    }
}
