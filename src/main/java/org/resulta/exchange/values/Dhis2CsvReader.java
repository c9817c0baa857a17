package org.resulta.exchange.values;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.resulta.measurement.ImportSource;
import org.resulta.measurement.ImportedActual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A DHIS2 data value set as CSV: the columns in DHIS2's fixed order {@code dataelement, period, orgunit,
 * categoryoptioncombo, attributeoptioncombo, value, storedby, lastupdated, comment, followup}; a first line whose
 * first cell is {@code dataelement} is a header and skipped. Identifiers go through the DHIS2 mapping.
 */
final class Dhis2CsvReader implements ImportSource {

    private final InputStream in;
    private final Dhis2Translation translation;

    Dhis2CsvReader(InputStream in, Dhis2Translation translation) {
        this.in = in;
        this.translation = translation;
    }

    @Override
    public void read(Consumer<ImportedActual> sink) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StrictUtf8Reader(in)).setFormat(format).get()) {
            long previousEnd = 0;
            boolean first = true;
            for (CSVRecord record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (first && record.size() > 0 && record.get(0).strip().equalsIgnoreCase("dataelement")) {
                    first = false;
                    continue;
                }
                first = false;
                sink.accept(new ImportedActual(line, translation.code(Dhis2Mapping.Kind.DATA_ELEMENT, cell(record, 0)),
                        translation.code(Dhis2Mapping.Kind.ORG_UNIT, cell(record, 2)),
                        Dhis2Translation.period(cell(record, 1)),
                        translation.code(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, cell(record, 3)),
                        cell(record, 5), null, null, cell(record, 8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(CSVRecord record, int i) {
        return i < record.size() ? record.get(i) : null;
    }
}
