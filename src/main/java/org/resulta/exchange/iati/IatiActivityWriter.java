package org.resulta.exchange.iati;

import org.resulta.measurement.ActualView;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.TargetView;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.results.PlanStatus;
import org.resulta.results.PlanView;
import org.resulta.results.ResultNodeView;
import org.resulta.shared.Period;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Writes a plan's results as one IATI 2.03 {@code iati-activity}, in the element order the schema requires. The
 * identifier is the reporting organisation's reference, a dash and the plan's code; each result and indicator
 * carries its Resulta code as a reference in vocabulary 99 (the reporting organisation's own).
 */
final class IatiActivityWriter {

    /** The reporting organisation named in every export (properties {@code resulta.iati.reporting-org-*}). */
    record ReportingOrg(String ref, String name, String type) {
    }

    record PlanExport(PlanView plan, OffsetDateTime generated, List<ResultExport> results, List<String> leftOut) {
    }

    record ResultExport(ResultNodeView node, List<IndicatorExport> indicators) {
    }

    record IndicatorExport(IndicatorView indicator, Integer baselineYear, List<PeriodExport> periods) {
    }

    /** One period of an indicator with its target and actual (either may be null). */
    record PeriodExport(Period period, TargetView target, ActualView actual) {
    }

    private IatiActivityWriter() {
    }

    static String identifier(ReportingOrg org, PlanView plan) {
        return org.ref() + "-" + plan.code();
    }

    static String write(ReportingOrg org, PlanExport export) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            Indented w = new Indented(xml);
            PlanView plan = export.plan();
            String now = export.generated().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            xml.writeStartDocument("UTF-8", "1.0");
            w.start("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", now);
            if (!export.leftOut().isEmpty()) {
                w.comment(" Resulta: left out, as IATI requires at least one indicator per result: "
                        + String.join(", ", export.leftOut()) + " ");
            }
            w.start("iati-activity");
            xml.writeAttribute("last-updated-datetime", now);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
            xml.writeAttribute("hierarchy", "1");
            w.text("iati-identifier", identifier(org, plan));
            w.start("reporting-org");
            xml.writeAttribute("ref", org.ref());
            xml.writeAttribute("type", org.type());
            w.narrative(org.name());
            w.end();
            w.narrativeElement("title", plan.name());
            w.start("description");
            xml.writeAttribute("type", "1");
            w.narrative(blank(plan.description()) ? plan.name() : plan.description());
            w.end();
            w.start("participating-org");
            xml.writeAttribute("role", "4");
            w.narrative(plan.ownerUnitName());
            w.end();
            w.empty("activity-status", "code", plan.status() == PlanStatus.DRAFT ? "1" : "2");
            w.empty("activity-date", "type", "1", "iso-date", plan.startYear() + "-01-01");
            w.empty("activity-date", "type", "3", "iso-date", plan.endYear() + "-12-31");
            for (ResultExport result : export.results()) {
                result(w, xml, result);
            }
            w.end();
            w.end();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write IATI XML: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void result(Indented w, XMLStreamWriter xml, ResultExport result) throws XMLStreamException {
        ResultNodeView node = result.node();
        w.start("result");
        xml.writeAttribute("type", IatiMapping.resultType(node.level()));
        w.narrativeElement("title", node.statement());
        if (!blank(node.description())) {
            w.narrativeElement("description", node.description());
        }
        w.empty("reference", "vocabulary", "99", "code", node.code());
        for (IndicatorExport indicator : result.indicators()) {
            indicator(w, xml, indicator);
        }
        w.end();
    }

    private static void indicator(Indented w, XMLStreamWriter xml, IndicatorExport export) throws XMLStreamException {
        IndicatorView i = export.indicator();
        boolean text = i.measure() == Measure.TEXT;
        w.start("indicator");
        xml.writeAttribute("measure", IatiMapping.measureCode(i.measure()));
        IatiMapping.ascending(i.direction()).ifPresent(a -> attribute(xml, "ascending", a));
        w.narrativeElement("title", i.name());
        if (!blank(i.definition())) {
            w.narrativeElement("description", i.definition());
        }
        w.empty("reference", "vocabulary", "99", "code", i.code());
        boolean hasBaseline = text ? !blank(i.baselineNote()) : i.baselineValue() != null;
        if (hasBaseline && export.baselineYear() != null) {
            w.start("baseline");
            xml.writeAttribute("year", String.valueOf(export.baselineYear()));
            if (!text) {
                xml.writeAttribute("value", plain(i.baselineValue()));
            }
            if (!blank(i.baselineNote())) {
                w.narrativeElement("comment", i.baselineNote());
            }
            w.end();
        }
        for (PeriodExport p : export.periods()) {
            w.start("period");
            w.empty("period-start", "iso-date", p.period().start().toString());
            w.empty("period-end", "iso-date", p.period().end().toString());
            if (p.target() != null) {
                target(w, xml, p.target(), text);
            }
            if (p.actual() != null) {
                actual(w, xml, p.actual(), text);
            }
            w.end();
        }
        w.end();
    }

    private static void target(Indented w, XMLStreamWriter xml, TargetView t, boolean text) throws XMLStreamException {
        w.start("target");
        String comment = t.narrative();
        if (!text && t.value() != null) {
            xml.writeAttribute("value", plain(t.value()));
            if (t.type() == TargetType.RANGE && t.upperValue() != null) {
                comment = "Between " + plain(t.value()) + " and " + plain(t.upperValue())
                        + (blank(comment) ? "" : ". " + comment);
            }
        }
        if (!blank(comment)) {
            w.narrativeElement("comment", comment);
        }
        w.end();
    }

    private static void actual(Indented w, XMLStreamWriter xml, ActualView a, boolean text) throws XMLStreamException {
        w.start("actual");
        if (!text && a.value() != null) {
            xml.writeAttribute("value", plain(a.value()));
        }
        String comment = text ? a.text() : a.comment();
        if (text && !blank(a.comment())) {
            comment = (blank(comment) ? "" : comment + " — ") + a.comment();
        }
        if (!blank(comment)) {
            w.narrativeElement("comment", comment);
        }
        w.end();
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Pretty-printing on top of a StAX writer: each element on its own line, children indented by two spaces. */
    private static final class Indented {

        private final XMLStreamWriter xml;
        private final Deque<Boolean> hasChildren = new ArrayDeque<>();

        Indented(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void start(String name) throws XMLStreamException {
            newline();
            xml.writeStartElement(name);
            hasChildren.push(false);
        }

        void end() throws XMLStreamException {
            boolean children = hasChildren.pop();
            if (children) {
                xml.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
            }
            xml.writeEndElement();
        }

        void empty(String name, String... attributes) throws XMLStreamException {
            newline();
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }

        void text(String name, String text) throws XMLStreamException {
            newline();
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        void narrative(String text) throws XMLStreamException {
            text("narrative", text == null ? "" : text);
        }

        void narrativeElement(String name, String text) throws XMLStreamException {
            start(name);
            narrative(text);
            end();
        }

        void comment(String text) throws XMLStreamException {
            newline();
            xml.writeComment(text.replace("--", "- -"));
        }

        private void newline() throws XMLStreamException {
            if (!hasChildren.isEmpty()) {
                hasChildren.pop();
                hasChildren.push(true);
            }
            xml.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
        }
    }
}
