package org.resulta.analytics.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.resulta.analytics.AnalyticsCell;
import org.resulta.analytics.AnalyticsDimensions;
import org.resulta.analytics.AnalyticsQueries;
import org.resulta.web.SpreadsheetCells;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes analytics cells as CSV, one line per cell, as they are computed: the header when the query has been
 * checked, then each cell. Text cells are made safe to open in a spreadsheet ({@link SpreadsheetCells}).
 */
final class CellsCsv implements AnalyticsQueries.CellSink {

    static final String[] HEADER = {"indicator", "indicator_name", "unit", "unit_name", "period", "period_label",
            "disaggregation", "disaggregation_name", "value", "numerator", "denominator", "target_type", "target",
            "target_upper", "achievement", "status", "note"};

    /** Opens the output once the query is accepted, so that a refusal can still be answered as a problem. */
    interface Output {
        Writer open() throws IOException;
    }

    private final Output output;
    private CSVPrinter csv;

    CellsCsv(Output output) {
        this.output = output;
    }

    @Override
    public void start(AnalyticsDimensions dimensions) {
        try {
            csv = new CSVPrinter(output.open(), CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(AnalyticsCell c) {
        try {
            csv.printRecord(text(c.indicator()), text(c.indicatorName()), text(c.unit()), text(c.unitName()),
                    c.period(), c.periodLabel(), text(c.disaggregation()), text(c.disaggregationName()),
                    number(c.value()), number(c.numerator()), number(c.denominator()),
                    c.targetType() == null ? "" : c.targetType().name(), number(c.target()), number(c.targetUpper()),
                    number(c.achievement()), c.status().name(), text(c.note()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void finish() throws IOException {
        if (csv != null) {
            csv.flush();
        }
    }

    static String text(String value) {
        return value == null ? "" : SpreadsheetCells.safe(value);
    }

    /** A number as plain decimal text without trailing zeros ("83.333333", "1000"); empty when absent. */
    static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
