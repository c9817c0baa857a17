package org.resulta.exchange.values;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.resulta.measurement.ExportedActual;
import org.resulta.measurement.Measure;
import org.resulta.web.SpreadsheetCells;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * Tidy CSV or DHIS2 CSV, UTF-8. Every text cell goes through {@link SpreadsheetCells#safe(String)}, so a cell a
 * spreadsheet would run as a formula is written with a leading apostrophe.
 */
final class CsvValueWriter implements ValueWriter {

    static final String[] TIDY_HEADER = {"indicator", "unit", "period", "disaggregation", "value", "comment",
            "numerator", "denominator"};
    static final String[] DHIS2_HEADER = {"dataelement", "period", "orgunit", "categoryoptioncombo",
            "attributeoptioncombo", "value", "storedby", "lastupdated", "comment", "followup"};

    private final CSVPrinter printer;
    private final Dhis2Translation dhis2;

    /** Tidy CSV when {@code dhis2} is null, else DHIS2 CSV. */
    CsvValueWriter(OutputStream out, Dhis2Translation dhis2) {
        this.dhis2 = dhis2;
        try {
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                    CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            printer.printRecord((Object[]) (dhis2 == null ? TIDY_HEADER : DHIS2_HEADER));
        } catch (IOException e) {
            throw ValueWriter.unchecked(e);
        }
    }

    @Override
    public void accept(ExportedActual a) {
        try {
            if (dhis2 == null) {
                boolean ratio = a.measure() == Measure.RATIO;
                printer.printRecord(safe(a.indicator()), safe(a.unit()), a.period(), safe(ValueWriter.combo(a)),
                        safe(ValueWriter.value(a)), safe(a.comment()), ratio ? ValueWriter.plain(a.numerator()) : null,
                        ratio ? ValueWriter.plain(a.denominator()) : null);
            } else {
                printer.printRecord(safe(dhis2.dhis2Id(Dhis2Mapping.Kind.DATA_ELEMENT, a.indicator())),
                        Dhis2Translation.dhis2Period(a.period()),
                        safe(dhis2.dhis2Id(Dhis2Mapping.Kind.ORG_UNIT, a.unit())),
                        safe(dhis2.dhis2Id(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, a.optionCombo())),
                        null, safe(ValueWriter.value(a)), null, null, safe(a.comment()), null);
            }
        } catch (IOException e) {
            throw ValueWriter.unchecked(e);
        }
    }

    @Override
    public void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw ValueWriter.unchecked(e);
        }
    }

    private static String safe(String cell) {
        return SpreadsheetCells.safe(cell);
    }
}
