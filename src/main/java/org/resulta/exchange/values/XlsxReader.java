package org.resulta.exchange.values;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.resulta.measurement.ImportSource;
import org.resulta.measurement.ImportedActual;
import org.resulta.shared.InvalidValueException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tidy layout in the first sheet of an XLSX workbook, read as a stream of SAX events (rows are not held in
 * memory; the workbook's shared strings are): row 1 names the columns as in the tidy CSV, each further row is one
 * value and its line is the spreadsheet row number. Numbers are taken exactly as stored in the file. The file is
 * opened from disk, so the zip is not loaded into memory, and XML is parsed without DTDs or external entities.
 */
final class XlsxReader implements ImportSource {

    private final Path file;

    XlsxReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<ImportedActual> sink) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidValueException("file", "xlsx-empty", "The workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                Sheet handler = new Sheet(strings, sink);
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
                if (handler.columns == null) {
                    throw new InvalidValueException("file", "file-empty", "The first sheet is empty: it needs a header row "
                            + "(indicator, unit, period, disaggregation, value, comment) and a row per value");
                }
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InvalidValueException("file", "xlsx-malformed", "The file is not an XLSX workbook: " + e.getMessage());
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new InvalidValueException("file", "xlsx-malformed", "The workbook could not be read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SAX handler of one worksheet: collects a row's cells, then hands the row out. */
    private static final class Sheet extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final Consumer<ImportedActual> sink;
        private final StringBuilder text = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private Map<String, Integer> columns;
        private long row;
        private int column;
        private String type;
        private boolean collecting;

        Sheet(ReadOnlySharedStringsTable strings, Consumer<ImportedActual> sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    cells.clear();
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Long.parseLong(r);
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : columnOf(ref);
                    type = attributes.getValue("t");
                    text.setLength(0);
                }
                case "v", "t" -> collecting = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, value());
                }
                case "row" -> row();
                default -> {
                }
            }
        }

        private String value() {
            String raw = text.toString();
            if (raw.isEmpty()) {
                return null;
            }
            if ("s".equals(type)) {
                return strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            }
            if ("b".equals(type)) {
                return "1".equals(raw) ? "1" : "0";
            }
            return raw;
        }

        private void row() {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) != null) {
                        columns.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
                    }
                }
                for (String required : new String[]{"indicator", "unit", "period", "value"}) {
                    if (!columns.containsKey(required)) {
                        throw new InvalidValueException("header", "xlsx-header", "Row " + row + " must name the columns "
                                + "indicator, unit, period, disaggregation, value, comment; '" + required + "' is missing");
                    }
                }
                return;
            }
            sink.accept(new ImportedActual(row, cell("indicator"), cell("unit"), cell("period"), cell("disaggregation"),
                    cell("value"), cell("numerator"), cell("denominator"), cell("comment")));
        }

        private String cell(String name) {
            Integer i = columns.get(name);
            return i == null || i >= cells.size() ? null : cells.get(i);
        }

        private static int columnOf(String ref) {
            int n = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                n = n * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return n - 1;
        }
    }
}
