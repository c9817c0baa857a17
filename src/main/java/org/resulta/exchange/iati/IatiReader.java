package org.resulta.exchange.iati;

import org.resulta.shared.InvalidValueException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams IATI activity XML one {@code iati-activity} at a time with StAX, so a file of any size is read in
 * constant memory. The parser supports no DTD and no external entity: a file that declares a document type is
 * refused before anything in it is read (no XXE, no entity expansion). Reads versions 2.01 to 2.03, the legacy
 * 1.0x (texts in the elements themselves, text codes), and IATI Datastore API responses, whose root
 * {@code <result>} wraps {@code <iati-activities>}.
 */
final class IatiReader {

    /** What the file is: its root, the IATI version it declares, and how Resulta reads it. */
    record Header(String version, boolean legacy, boolean datastoreResponse, String description) {
    }

    private static final XMLInputFactory FACTORY = secureFactory();

    private IatiReader() {
    }

    /** Reads the whole file, handing each activity to {@code handler}; returns the file's header. */
    static Header read(InputStream in, Consumer<IatiActivity> handler) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            String root = toRoot(r);
            if ("iati-activities".equals(root)) {
                return activities(r, false, handler);
            }
            if ("result".equals(root)) {
                while (next(r) != XMLStreamConstants.END_DOCUMENT) {
                    if (r.isStartElement()) {
                        if ("iati-activities".equals(r.getLocalName())) {
                            return activities(r, true, handler);
                        }
                        skip(r);
                    }
                }
                throw new InvalidValueException("file", "iati-no-activities", "The file looks like an IATI Datastore "
                        + "response (root <result>) but holds no <iati-activities>: there is nothing to import");
            }
            throw new InvalidValueException("file", "not-iati", "The file's root element is <" + root + ">; IATI "
                    + "activity XML starts with <iati-activities> (or an IATI Datastore <result> that wraps it)");
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(r);
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /** Moves to the root element, refusing a document type declaration on the way. */
    private static String toRoot(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                return r.getLocalName();
            }
        }
        throw new InvalidValueException("file", "xml-empty", "The file holds no XML element");
    }

    /** The next event; a DTD is refused wherever it appears. */
    private static int next(XMLStreamReader r) throws XMLStreamException {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
            throw new InvalidValueException("file", "xml-dtd-refused", "The file declares a document type (<!DOCTYPE ...>) "
                    + "at line " + r.getLocation().getLineNumber() + ". Resulta refuses DTDs and external entities in "
                    + "uploads to protect the server (XXE); IATI files need neither. Remove the declaration and upload again.");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new InvalidValueException("file", "xml-entity-refused", "The file uses the undeclared entity &"
                    + r.getLocalName() + "; at line " + r.getLocation().getLineNumber() + "; Resulta expands no entities");
        }
        return event;
    }

    private static Header activities(XMLStreamReader r, boolean datastore, Consumer<IatiActivity> handler)
            throws XMLStreamException {
        String version = attr(r, "version");
        boolean legacy = version == null || version.startsWith("1.");
        String description = (datastore ? "IATI Datastore API response; " : "")
                + (version == null ? "no version attribute: read as legacy IATI 1.0x"
                : legacy ? "legacy IATI " + version
                : isKnown(version) ? "IATI " + version
                : "IATI " + version + ", not one of 2.01-2.03: read as 2.03");
        while (next(r) != XMLStreamConstants.END_ELEMENT) {
            if (r.isStartElement()) {
                if ("iati-activity".equals(r.getLocalName())) {
                    handler.accept(activity(r));
                } else {
                    skip(r);
                }
            }
        }
        return new Header(version, legacy, datastore, description);
    }

    private static boolean isKnown(String version) {
        return version.equals("2.01") || version.equals("2.02") || version.equals("2.03");
    }

    private static IatiActivity activity(XMLStreamReader r) throws XMLStreamException {
        int line = line(r);
        String currency = attr(r, "default-currency");
        String identifier = null;
        String title = null;
        String description = null;
        LocalDate start = null;
        LocalDate end = null;
        List<IatiActivity.Result> results = new ArrayList<>();
        while (next(r) != XMLStreamConstants.END_ELEMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            switch (r.getLocalName()) {
                case "iati-identifier" -> identifier = IatiText.line(allText(r));
                case "title" -> title = title == null ? text(r, true) : skipping(r, title);
                case "description" -> {
                    String type = attr(r, "type");
                    boolean general = type == null || type.equals("1") || type.equalsIgnoreCase("general");
                    description = description == null && general ? text(r, false) : skipping(r, description);
                }
                case "activity-date" -> {
                    String type = attr(r, "type");
                    LocalDate date = date(attr(r, "iso-date"));
                    skip(r);
                    if (date != null && type != null) {
                        if (type.equals("1") || type.equals("2") || type.startsWith("start")) {
                            start = start == null || date.isBefore(start) ? date : start;
                        } else if (type.equals("3") || type.equals("4") || type.startsWith("end")) {
                            end = end == null || date.isAfter(end) ? date : end;
                        }
                    }
                }
                case "result" -> results.add(result(r));
                default -> skip(r);
            }
        }
        return new IatiActivity(line, identifier, title, description, start, end, currency, List.copyOf(results));
    }

    private static IatiActivity.Result result(XMLStreamReader r) throws XMLStreamException {
        int line = line(r);
        String type = attr(r, "type");
        String title = null;
        String description = null;
        List<IatiActivity.Indicator> indicators = new ArrayList<>();
        while (next(r) != XMLStreamConstants.END_ELEMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            switch (r.getLocalName()) {
                case "title" -> title = title == null ? text(r, true) : skipping(r, title);
                case "description" -> description = description == null ? text(r, false) : skipping(r, description);
                case "indicator" -> indicators.add(indicator(r));
                default -> skip(r);
            }
        }
        return new IatiActivity.Result(line, type, title, description, List.copyOf(indicators));
    }

    private static IatiActivity.Indicator indicator(XMLStreamReader r) throws XMLStreamException {
        int line = line(r);
        String measure = attr(r, "measure");
        String ascending = attr(r, "ascending");
        String title = null;
        String description = null;
        List<IatiActivity.Baseline> baselines = new ArrayList<>();
        List<IatiActivity.Period> periods = new ArrayList<>();
        while (next(r) != XMLStreamConstants.END_ELEMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            switch (r.getLocalName()) {
                case "title" -> title = title == null ? text(r, true) : skipping(r, title);
                case "description" -> description = description == null ? text(r, false) : skipping(r, description);
                case "baseline" -> baselines.add(baseline(r));
                case "period" -> periods.add(period(r));
                default -> skip(r);
            }
        }
        return new IatiActivity.Indicator(line, measure, ascending, title, description, List.copyOf(baselines),
                List.copyOf(periods));
    }

    private static IatiActivity.Baseline baseline(XMLStreamReader r) throws XMLStreamException {
        int line = line(r);
        String year = attr(r, "year");
        String isoDate = attr(r, "iso-date");
        String value = attr(r, "value");
        String comment = null;
        boolean disaggregated = false;
        while (next(r) != XMLStreamConstants.END_ELEMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            switch (r.getLocalName()) {
                case "comment" -> comment = text(r, false);
                case "dimension", "location" -> {
                    disaggregated = true;
                    skip(r);
                }
                default -> skip(r);
            }
        }
        return new IatiActivity.Baseline(line, year, isoDate, value, comment, disaggregated);
    }

    private static IatiActivity.Period period(XMLStreamReader r) throws XMLStreamException {
        int line = line(r);
        String start = null;
        String end = null;
        List<IatiActivity.Value> targets = new ArrayList<>();
        List<IatiActivity.Value> actuals = new ArrayList<>();
        while (next(r) != XMLStreamConstants.END_ELEMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            switch (r.getLocalName()) {
                case "period-start" -> {
                    start = attr(r, "iso-date");
                    skip(r);
                }
                case "period-end" -> {
                    end = attr(r, "iso-date");
                    skip(r);
                }
                case "target" -> targets.add(value(r));
                case "actual" -> actuals.add(value(r));
                default -> skip(r);
            }
        }
        return new IatiActivity.Period(line, start, end, List.copyOf(targets), List.copyOf(actuals));
    }

    private static IatiActivity.Value value(XMLStreamReader r) throws XMLStreamException {
        int line = line(r);
        String value = attr(r, "value");
        String comment = null;
        List<String> breakdown = new ArrayList<>();
        while (next(r) != XMLStreamConstants.END_ELEMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            switch (r.getLocalName()) {
                case "comment" -> comment = text(r, false);
                case "dimension" -> {
                    breakdown.add("dimension " + attr(r, "name") + "=" + attr(r, "value"));
                    skip(r);
                }
                case "location" -> {
                    breakdown.add("location " + attr(r, "ref"));
                    skip(r);
                }
                default -> skip(r);
            }
        }
        return new IatiActivity.Value(line, value, comment, List.copyOf(breakdown));
    }

    /**
     * The text of the current element: its first English (or unmarked) narrative, else its first narrative, else
     * (legacy 1.0x) its own text. {@code oneLine} folds all white space, as for titles.
     */
    private static String text(XMLStreamReader r, boolean oneLine) throws XMLStreamException {
        StringBuilder own = new StringBuilder();
        String first = null;
        String english = null;
        while (next(r) != XMLStreamConstants.END_ELEMENT) {
            if (r.isStartElement()) {
                if ("narrative".equals(r.getLocalName())) {
                    String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    String t = allText(r);
                    if (!t.isBlank()) {
                        first = first == null ? t : first;
                        if (english == null && (lang == null || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en"))) {
                            english = t;
                        }
                    }
                } else {
                    skip(r);
                }
            } else if (r.isCharacters()) {
                own.append(r.getText());
            }
        }
        String chosen = english != null ? english : first != null ? first : own.toString();
        String cleaned = oneLine ? IatiText.line(chosen) : IatiText.paragraphs(chosen);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /** All text below the current element, up to its end tag. */
    private static String allText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (r.isCharacters()) {
                text.append(r.getText());
            }
        }
        return text.toString();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Skips a repeated element (another language's title, say) and keeps what was read first. */
    private static String skipping(XMLStreamReader r, String kept) throws XMLStreamException {
        skip(r);
        return kept;
    }

    private static String attr(XMLStreamReader r, String name) {
        String value = r.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation().getLineNumber();
    }

    private static InvalidValueException malformed(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                + e.getLocation().getColumnNumber();
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        if (message.contains("external resource refused") || message.toLowerCase(java.util.Locale.ROOT).contains("entity")) {
            return new InvalidValueException("file", "xml-entity-refused", "The file refers to an entity or an external "
                    + "resource" + where + "; Resulta refuses DTDs and external entities in uploads (XXE): " + message);
        }
        return new InvalidValueException("file", "xml-malformed", "The file is not well-formed XML" + where + ": " + message);
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }
}
