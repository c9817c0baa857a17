package org.resulta.exchange.iati;

import java.util.List;

/**
 * What an IATI import did, or would do in a dry run: the file's format and version, a one-sentence summary, the
 * counts per kind of item, and one line per activity, result, indicator, baseline, target and actual saying what
 * happened to it and why. Line numbers point into the uploaded file.
 */
public record IatiImportReport(String fileName, String format, boolean dryRun, String ownerUnitCode, int activities,
                               String summary, List<Tally> tallies, List<Line> lines) {

    /** What happened to one item. In a dry run CREATED and UPDATED mean "would be". */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED, NOTE
    }

    /** The kinds of item an import reports on. */
    public enum Kind {
        FILE, ACTIVITY, RESULT, INDICATOR, BASELINE, TARGET, ACTUAL
    }

    /**
     * One line of the report: where in the file ({@code line}, may be null), the activity's identifier, the kind
     * of item, its Resulta code (plan, result or indicator code, with {@code @period} for values), the outcome
     * and a message a person can act on.
     */
    public record Line(Integer line, String activity, Kind kind, String code, Outcome outcome, String message) {
    }

    /** How many items of one kind had each outcome. */
    public record Tally(Kind kind, int created, int updated, int unchanged, int skipped, int failed) {
    }
}
