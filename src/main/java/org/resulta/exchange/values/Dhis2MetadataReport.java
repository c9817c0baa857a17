package org.resulta.exchange.values;

import java.util.List;

/**
 * What an import of DHIS2 metadata did (or, in a dry run, would do): per category, category combination (a
 * disaggregation), data element, category option combination (a mapping), constant and indicator, whether it was
 * created, updated, left unchanged or refused, with the reason for a refusal (the unmapped uid or unsupported
 * function named). The first four lists are empty unless the data elements were asked for.
 */
public record Dhis2MetadataReport(boolean dryRun, int created, int updated, int unchanged, int refused,
                                  List<Line> categories, List<Line> disaggregations, List<Line> dataElements,
                                  List<Line> optionCombos, List<Line> constants, List<Line> indicators) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REFUSED
    }

    /** One DHIS2 object: its uid, the Resulta code it has (or would have), its name, the outcome and the reason. */
    public record Line(String dhis2Id, String code, String name, Outcome outcome, String reason) {

        /** A line for an object that was not saved, with the reason. */
        static Line refused(String dhis2Id, String code, String name, String reason) {
            return new Line(dhis2Id, code, name, Outcome.REFUSED, reason);
        }
    }
}
