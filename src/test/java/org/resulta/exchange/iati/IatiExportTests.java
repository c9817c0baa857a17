package org.resulta.exchange.iati;

import org.junit.jupiter.api.Test;
import org.resulta.measurement.ActualView;
import org.resulta.measurement.Dimension;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.TargetView;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.results.PlanStatus;
import org.resulta.results.PlanView;
import org.resulta.results.ResultNodeView;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;
import org.resulta.shared.ResultLevel;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IatiExportTests {

    static final IatiActivityWriter.ReportingOrg ORG = new IatiActivityWriter.ReportingOrg("XM-TEST", "Fixtureland", "10");
    static final PlanView PLAN = new PlanView("HEALTH-PLAN", "Health strategic plan", null, "HEALTH", "Department of Health",
            "rbm", 2024, 2028, PlanStatus.DRAFT, null, null, null);

    private final IatiSchema schema = new IatiSchema();

    @Test
    void writesAnActivityThatValidatesAgainstTheIati203Schema() {
        String xml = IatiActivityWriter.write(ORG, export());

        assertThat(schema.errors(xml)).isEmpty();
        assertThat(xml).contains("<iati-activities version=\"2.03\"")
                .contains("<iati-identifier>XM-TEST-HEALTH-PLAN</iati-identifier>")
                .contains("<result type=\"2\">").contains("<indicator measure=\"1\" ascending=\"false\">")
                .contains("<baseline year=\"2023\" value=\"120\">")
                .contains("<period-start iso-date=\"2025-07-01\"/>").contains("<period-end iso-date=\"2025-09-30\"/>")
                .contains("<target value=\"100\">").contains("<actual value=\"105\">")
                .contains("<indicator measure=\"5\" ascending=\"true\">").contains("<narrative>Community groups meet monthly</narrative>")
                .contains("left out, as IATI requires at least one indicator per result: H-ACT");
    }

    @Test
    void findsTheErrorsOfAnInvalidDocument() {
        String noReportingOrg = IatiActivityWriter.write(ORG, export()).replaceAll("(?s)<reporting-org.*?</reporting-org>", "");
        String textValue = IatiActivityWriter.write(ORG, export()).replace("<baseline year=\"2023\"", "<baseline year=\"twenty\"");

        assertThat(schema.errors(noReportingOrg)).isNotEmpty().first().asString().contains("reporting-org");
        assertThat(schema.errors(textValue)).isNotEmpty().first().asString().contains("twenty");
    }

    @Test
    void refusesADocumentWithADocumentType() {
        String withDtd = IatiActivityWriter.write(ORG, export())
                .replace("<iati-activities", "<!DOCTYPE iati-activities SYSTEM \"file:///etc/passwd\">\n<iati-activities");

        assertThat(schema.errors(withDtd)).isNotEmpty();
    }

    static IatiActivityWriter.PlanExport export() {
        ResultNodeView outcome = new ResultNodeView(1, "H-OC", "HEALTH-PLAN", ResultLevel.OUTCOME, null, "Safer births",
                "Fewer mothers die", null, null, 1);
        ResultNodeView output = new ResultNodeView(2, "H-OUT", "HEALTH-PLAN", ResultLevel.OUTPUT, null, "Community groups", null,
                null, null, 2);
        IndicatorView deaths = indicator("MMR", "H-OC", "Maternal deaths per 100,000 live births", Measure.NUMBER,
                Direction.DECREASE, PeriodType.QUARTERLY, new BigDecimal("120"), "2023", null);
        IndicatorView groups = indicator("GROUPS", "H-OUT", "Community groups", Measure.TEXT, Direction.INCREASE,
                PeriodType.YEARLY, null, "2023", "None yet");
        Period q3 = Period.quarter(2025, 3);
        Period year = Period.year(2025);
        return new IatiActivityWriter.PlanExport(PLAN, OffsetDateTime.parse("2026-11-28T10:00:00Z"), List.of(
                new IatiActivityWriter.ResultExport(outcome, List.of(new IatiActivityWriter.IndicatorExport(deaths, 2023, List.of(
                        new IatiActivityWriter.PeriodExport(q3, target("MMR", q3, TargetType.AT_MOST, "100", null),
                                actual("MMR", q3, "105", null, "Provisional")))))),
                new IatiActivityWriter.ResultExport(output, List.of(new IatiActivityWriter.IndicatorExport(groups, 2023, List.of(
                        new IatiActivityWriter.PeriodExport(year, target("GROUPS", year, TargetType.NARRATIVE, null,
                                "Groups meet in every district"), actual("GROUPS", year, null, "Community groups meet monthly", null))))))),
                List.of("H-ACT"));
    }

    static IndicatorView indicator(String code, String result, String name, Measure measure, Direction direction,
                                   PeriodType frequency, BigDecimal baseline, String baselinePeriod, String baselineNote) {
        return new IndicatorView(1, code, name, null, null, null, null, measure, Dimension.QUANTITY, direction,
                AggregationMethod.SUM, AggregationMethod.SUM, frequency, 0, null, null, null, null, null, null, baseline,
                baselinePeriod, baselineNote, AchievementMethod.RATIO, result, null, ResultLevel.OUTCOME, "HEALTH-PLAN",
                "Health strategic plan", "rbm", "HEALTH", false);
    }

    static TargetView target(String code, Period period, TargetType type, String value, String narrative) {
        return new TargetView(code, "HEALTH", period.code(), type, value == null ? null : new BigDecimal(value), null,
                narrative, OptionComboView.TOTAL);
    }

    static ActualView actual(String code, Period period, String value, String text, String comment) {
        return new ActualView(code, "HEALTH", period.code(), value == null ? null : new BigDecimal(value), null, null, text,
                comment, "admin", OffsetDateTime.parse("2026-01-01T00:00:00Z"), OptionComboView.TOTAL);
    }
}
