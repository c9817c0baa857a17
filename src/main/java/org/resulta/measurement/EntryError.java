package org.resulta.measurement;

/**
 * Why one line of an entry was refused: the indicator, the period (or option combination) when a batch spans
 * several, the field, the rule and a message.
 */
public record EntryError(String indicatorCode, String period, String field, String rule, String message) {

    public EntryError(String indicatorCode, String field, String rule, String message) {
        this(indicatorCode, null, field, rule, message);
    }

    public EntryError forPeriod(String periodCode) {
        return new EntryError(indicatorCode, periodCode, field, rule, message);
    }

    /** The same error for one option combination of a disaggregated indicator (kept where the period goes). */
    public EntryError forCombo(String comboCode) {
        return new EntryError(indicatorCode, comboCode, field, rule, message);
    }

    /** The key of the line in a form: the indicator code, with {@code @period} when the period is named. */
    public String item() {
        return period == null ? indicatorCode : indicatorCode + "@" + period;
    }
}
