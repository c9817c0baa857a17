package org.resulta.exchange.values;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.resulta.measurement.ImportSource;
import org.resulta.measurement.ImportedActual;
import org.resulta.shared.InvalidValueException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tidy CSV layout: a header naming the columns {@code indicator, unit, period, disaggregation, value, comment}
 * (any order, any case; {@code numerator} and {@code denominator} for ratios; other columns ignored), then one
 * value per line. Read one record at a time.
 */
final class TidyCsvReader implements ImportSource {

    static final String[] COLUMNS = {"indicator", "unit", "period", "disaggregation", "value", "numerator",
            "denominator", "comment"};

    private final InputStream in;

    TidyCsvReader(InputStream in) {
        this.in = in;
    }

    @Override
    public void read(Consumer<ImportedActual> sink) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StrictUtf8Reader(in)).setFormat(format).get()) {
            Map<String, Integer> columns = null;
            long previousEnd = 0;
            for (CSVRecord record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                sink.accept(new ImportedActual(line, cell(record, columns, "indicator"), cell(record, columns, "unit"),
                        cell(record, columns, "period"), cell(record, columns, "disaggregation"),
                        cell(record, columns, "value"), cell(record, columns, "numerator"),
                        cell(record, columns, "denominator"), cell(record, columns, "comment")));
            }
            if (columns == null) {
                throw new InvalidValueException("file", "file-empty", "The file is empty: it needs a header line "
                        + "(indicator,unit,period,disaggregation,value,comment) and a line per value");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            if (e.getCause() != null && e.getCause().getMessage() != null && e.getCause().getMessage().contains("EOF")) {
                throw new InvalidValueException("file", "csv-malformed", "The file ends inside a quoted cell: "
                        + "a double quote is not closed");
            }
            throw e;
        }
    }

    static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            columns.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : new String[]{"indicator", "unit", "period", "value"}) {
            if (!columns.containsKey(required)) {
                throw new InvalidValueException("header", "csv-header", "Line 1 must name the columns "
                        + "indicator, unit, period, disaggregation, value, comment; '" + required + "' is missing");
            }
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= record.size() ? null : record.get(i);
    }
}
