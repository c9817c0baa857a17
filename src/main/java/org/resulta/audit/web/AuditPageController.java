package org.resulta.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditQuery;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The audit trail page, the history of one value, and the CSV download. */
@Controller
class AuditPageController {

    private final AuditTrail audit;
    private final AuditExport export;

    AuditPageController(AuditTrail audit, AuditExport export) {
        this.audit = audit;
        this.export = export;
    }

    @GetMapping("/audit")
    String trail(@RequestParam(required = false) AuditedEntity entity, @RequestParam(required = false) String unit,
                 @RequestParam(required = false) String key, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(entity, blankToNull(unit), blankToNull(key), blankToNull(actor), from, to);
        model.addAttribute("section", "audit");
        model.addAttribute("query", query);
        model.addAttribute("entities", AuditedEntity.values());
        model.addAttribute("events", audit.search(query, new PageRequest(page, 100)));
        return "audit/trail";
    }

    @GetMapping("/audit/value")
    String value(@RequestParam String indicator, @RequestParam String unit, @RequestParam String period,
                 @RequestParam(defaultValue = "total") String combination, Model model) {
        String key = AuditEntry.actualKey(indicator, unit, period, combination);
        model.addAttribute("section", "audit");
        model.addAttribute("key", key);
        model.addAttribute("indicator", indicator);
        model.addAttribute("unit", unit);
        model.addAttribute("period", period);
        model.addAttribute("combination", combination);
        model.addAttribute("events", audit.history(AuditedEntity.ACTUAL, key, unit));
        return "audit/value";
    }

    @GetMapping("/audit/export.csv")
    void exportCsv(@RequestParam(required = false) AuditedEntity entity, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) String key, @RequestParam(required = false) String actor,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"resulta-audit.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        export.write(new AuditQuery(entity, blankToNull(unit), blankToNull(key), blankToNull(actor), from, to),
                response.getWriter());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
