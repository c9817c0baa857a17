package org.resulta.measurement;

import java.util.List;

/**
 * What a unit reports for a period: each indicator due at that period's frequency, with its target and the
 * actual entered so far; a disaggregated indicator has one cell per option combination instead of one actual.
 * {@code open} is false for a period that has not started yet.
 */
public record DataEntrySheet(String unitCode, String unitName, String period, String periodLabel, boolean open,
                             List<Row> rows) {

    public record Row(IndicatorView indicator, TargetView target, ActualView actual, List<Cell> cells) {
    }

    /** One option combination of a disaggregated indicator and its actual, if any. */
    public record Cell(OptionComboView combo, ActualView actual) {
    }
}
