package org.resulta.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditEventView;
import org.resulta.audit.AuditQuery;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who changed what, when, from which value to which, and why")
class AuditApiController {

    private final AuditTrail audit;
    private final AuditExport export;
    private final int maxPageSize;

    AuditApiController(AuditTrail audit, AuditExport export, @Value("${resulta.api.max-page-size:500}") int maxPageSize) {
        this.audit = audit;
        this.export = export;
        this.maxPageSize = maxPageSize;
    }

    @GetMapping
    @Operation(summary = "Changes in your scope, newest first")
    Page<AuditEventView> search(@RequestParam(required = false) AuditedEntity entity,
                                @RequestParam(required = false) String unit, @RequestParam(required = false) String key,
                                @RequestParam(required = false) String actor,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return audit.search(new AuditQuery(entity, unit, key, actor, from, to), new PageRequest(page, size).capped(maxPageSize));
    }

    @GetMapping("/actuals")
    @Operation(summary = "The history of one actual (combination 'total' when it is not disaggregated)")
    List<AuditEventView> actualHistory(@RequestParam String indicator, @RequestParam String unit,
                                       @RequestParam String period, @RequestParam(defaultValue = "total") String combination) {
        return audit.history(AuditedEntity.ACTUAL, AuditEntry.actualKey(indicator, unit, period, combination), unit);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "The changes matching the filters as CSV (at most 200,000 rows)")
    void exportCsv(@RequestParam(required = false) AuditedEntity entity, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) String key, @RequestParam(required = false) String actor,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"resulta-audit.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        export.write(new AuditQuery(entity, unit, key, actor, from, to), response.getWriter());
    }
}
