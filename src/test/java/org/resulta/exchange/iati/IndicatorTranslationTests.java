package org.resulta.exchange.iati;

import org.junit.jupiter.api.Test;
import org.resulta.exchange.iati.IatiImportReport.Outcome;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.shared.PeriodType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorTranslationTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @Test
    void readsPoundAmountsUnderANominalMeasureAsCurrency() {
        IatiActivity.Indicator matchedFunding = IatiFiles.activities(IatiFiles.copied(IatiFiles.GDIHUB)).get(3)
                .results().get(0).indicators().get(3);

        IndicatorTranslation t = IndicatorTranslation.of(matchedFunding, "GBP", TODAY);

        assertThat(t.measure()).isEqualTo(Measure.CURRENCY);
        assertThat(t.currency()).isEqualTo("GBP");
        assertThat(t.frequency()).isEqualTo(PeriodType.YEARLY);
        assertThat(t.targets()).extracting(l -> l.period().code(), l -> l.value().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020", "3500000"),
                        org.assertj.core.groups.Tuple.tuple("2021", "5600000"),
                        org.assertj.core.groups.Tuple.tuple("2022", "13000000"));
        assertThat(t.actuals().get(0).readAs()).isEqualTo("'£4,721,182' read as 4721182 GBP");
        assertThat(t.remarks()).anySatisfy(r -> assertThat(r.message()).contains("amounts in GBP"));
    }

    @Test
    void readsLegacyTextMeasuresWithNumbersAsNumbers() {
        IatiActivity.Indicator tests = IatiFiles.activities(IatiFiles.copied(IatiFiles.GLOBAL_FUND)).get(0)
                .results().get(3).indicators().get(0);

        IndicatorTranslation t = IndicatorTranslation.of(tests, "USD", TODAY);

        assertThat(t.measure()).isEqualTo(Measure.NUMBER);
        assertThat(t.direction()).isEqualTo(Direction.DECREASE);
        assertThat(t.frequency()).isEqualTo(PeriodType.SEMESTRAL);
        assertThat(t.targets()).singleElement().satisfies(target -> {
            assertThat(target.period().code()).isEqualTo("2012S2");
            assertThat(target.type()).isEqualTo(TargetType.AT_MOST);
            assertThat(target.value()).isEqualByComparingTo("20000");
        });
        assertThat(t.actuals()).singleElement().satisfies(a -> assertThat(a.value()).isEqualByComparingTo("24055"));
        assertThat(t.remarks()).anySatisfy(r -> assertThat(r.message()).contains("Legacy measure \"text\""));
    }

    @Test
    void keepsQualitativeIndicatorsAsTextOnTheYearTheirPeriodEnds() {
        IatiActivity.Indicator first = IatiFiles.activities(IatiFiles.copied(IatiFiles.WORLD_BANK)).get(0)
                .results().get(0).indicators().get(0);

        IndicatorTranslation t = IndicatorTranslation.of(first, "USD", TODAY);

        assertThat(t.measure()).isEqualTo(Measure.TEXT);
        assertThat(t.unitAggregation()).isNull();
        assertThat(t.baselineValue()).isNull();
        assertThat(t.baselineNote()).isEqualTo("$0 savings in compliance costs");
        assertThat(t.baselinePeriod()).isEqualTo("2020");
        assertThat(t.targets()).singleElement().satisfies(target -> {
            assertThat(target.period().code()).isEqualTo("2026");
            assertThat(target.type()).isEqualTo(TargetType.NARRATIVE);
            assertThat(target.narrative()).startsWith("Cumulative savings of $41.1 million");
        });
        assertThat(t.actuals()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("As at Apprasial"));
        assertThat(t.remarks()).anySatisfy(r -> assertThat(r.message()).contains("2020-06-30..2026-06-30 → 2026"));
    }

    @Test
    void importsWhatAPeriodHasAndSaysWhyTheRestIsSkipped() {
        IatiActivity.Indicator indicator = new IatiActivity.Indicator(10, "2", "true", "Share of clinics open", null, List.of(),
                List.of(period(11, "2025-01-01", "2025-03-31", List.of(value(12, "40")), List.of()),
                        period(13, "2025-04-01", "2025-06-30", List.of(), List.of(value(14, "45%"))),
                        period(15, "2025-07-01", "2025-09-30", List.of(value(16, "140")), List.of(value(17, "n/a"))),
                        period(18, "2026-10-01", "2026-12-31", List.of(new IatiActivity.Value(19, "60", null,
                                List.of("dimension sex=female"))), List.of()),
                        period(20, "2027-01-01", "2027-03-31", List.of(value(21, "70")), List.of(value(22, "71")))));

        IndicatorTranslation t = IndicatorTranslation.of(indicator, null, TODAY);

        assertThat(t.measure()).isEqualTo(Measure.PERCENTAGE);
        assertThat(t.frequency()).isEqualTo(PeriodType.QUARTERLY);
        assertThat(t.targets()).extracting(l -> l.period().code()).containsExactly("2025Q1", "2027Q1");
        assertThat(t.actuals()).extracting(l -> l.period().code()).containsExactly("2025Q2");
        assertThat(t.remarks()).filteredOn(r -> r.outcome() == Outcome.SKIPPED).extracting(IndicatorTranslation.Remark::line)
                .containsExactlyInAnyOrder(16, 17, 19, 22);
        assertThat(t.remarks()).anySatisfy(r -> assertThat(r.message()).contains("140 is not a percentage"))
                .anySatisfy(r -> assertThat(r.message()).contains("'n/a' is not a number"))
                .anySatisfy(r -> assertThat(r.message()).contains("dimension sex=female"))
                .anySatisfy(r -> assertThat(r.message()).contains("2027Q1 has not started"));
    }

    @Test
    void neverSumsOrdinalNumbers() {
        IatiActivity.Indicator ordinal = new IatiActivity.Indicator(1, "4", null, "Rating", null, List.of(),
                List.of(period(2, "2024-01-01", "2024-12-31", List.of(value(3, "3")), List.of(value(4, "2")))));

        IndicatorTranslation t = IndicatorTranslation.of(ordinal, null, TODAY);

        assertThat(t.measure()).isEqualTo(Measure.NUMBER);
        assertThat(t.unitAggregation()).isEqualTo(AggregationMethod.NONE);
        assertThat(t.timeAggregation()).isEqualTo(AggregationMethod.LAST);
    }

    private static IatiActivity.Period period(int line, String start, String end, List<IatiActivity.Value> targets,
                                              List<IatiActivity.Value> actuals) {
        return new IatiActivity.Period(line, start, end, targets, actuals);
    }

    private static IatiActivity.Value value(int line, String value) {
        return new IatiActivity.Value(line, value, null, List.of());
    }
}
