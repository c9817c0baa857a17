package org.resulta.exchange.values;

import java.util.List;

/**
 * What an import of DHIS2 metadata did (or, in a dry run, would do): per constant and per indicator, whether it was
 * created, updated or refused, with the reason for a refusal (the unmapped uid or unsupported function named).
 */
public record Dhis2MetadataReport(boolean dryRun, int created, int updated, int refused, List<Line> constants,
                                  List<Line> indicators) {

    public enum Outcome {
        CREATED, UPDATED, REFUSED
    }

    /** One DHIS2 object: its uid, the Resulta code it has (or would have), its name, the outcome and the reason. */
    public record Line(String dhis2Id, String code, String name, Outcome outcome, String reason) {
    }
}
