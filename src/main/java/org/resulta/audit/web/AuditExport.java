package org.resulta.audit.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.resulta.audit.AuditEventView;
import org.resulta.audit.AuditQuery;
import org.resulta.audit.AuditTrail;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.resulta.web.SpreadsheetCells;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;

/** Writes the audit trail matching a query as CSV, page by page, with spreadsheet-safe cells. */
@Component
class AuditExport {

    static final int MAX_ROWS = 200_000;
    private static final int PAGE = 2_000;

    private final AuditTrail audit;

    AuditExport(AuditTrail audit) {
        this.audit = audit;
    }

    void write(AuditQuery query, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("occurred_at", "actor", "entity", "key", "action",
                "unit", "old_value", "new_value", "reason").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            int written = 0;
            for (int page = 0; written < MAX_ROWS; page++) {
                Page<AuditEventView> events = audit.search(query, new PageRequest(page, PAGE));
                for (AuditEventView e : events.items()) {
                    csv.printRecord(e.occurredAt(), cell(e.actor()), e.entity(), cell(e.entityKey()), e.action(),
                            cell(e.unitCode()), cell(e.oldValue()), cell(e.newValue()), cell(e.reason()));
                    written++;
                }
                if (events.items().size() < PAGE) {
                    break;
                }
            }
        }
    }

    private static String cell(String value) {
        return SpreadsheetCells.safe(value);
    }
}
