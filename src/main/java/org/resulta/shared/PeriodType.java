package org.resulta.shared;

/**
 * The lengths of period Resulta reports on. Financial years start in the month set for the deployment
 * (see {@link PeriodCalendar}); a financial year starting in January is the calendar year.
 */
public enum PeriodType {
    MONTHLY(1, "Monthly"),
    QUARTERLY(3, "Quarterly"),
    SEMESTRAL(6, "Semestral"),
    YEARLY(12, "Yearly"),
    FINANCIAL_YEAR(12, "Financial year");

    private final int months;
    private final String label;

    PeriodType(int months, String label) {
        this.months = months;
        this.label = label;
    }

    public int months() {
        return months;
    }

    public String label() {
        return label;
    }

    /** True when periods of this type are no longer than periods of {@code other}, so can be reported inside them. */
    public boolean isFinerOrEqual(PeriodType other) {
        return months <= other.months;
    }
}
