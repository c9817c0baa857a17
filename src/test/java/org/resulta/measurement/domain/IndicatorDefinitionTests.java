package org.resulta.measurement.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.PeriodCalendar;

import java.math.BigDecimal;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resulta.measurement.calculation.AggregationMethod.AVERAGE;
import static org.resulta.measurement.calculation.AggregationMethod.LAST;
import static org.resulta.measurement.calculation.AggregationMethod.MAX;
import static org.resulta.measurement.calculation.AggregationMethod.NONE;
import static org.resulta.measurement.calculation.AggregationMethod.RATIO_RECOMPUTE;
import static org.resulta.measurement.calculation.AggregationMethod.SUM;
import static org.resulta.measurement.domain.IndicatorFixtures.aRequestFor;

class IndicatorDefinitionTests {

    private static final PeriodCalendar CALENDAR = PeriodCalendar.calendarYear();

    private static IndicatorDefinition define(IndicatorFixtures.Request request) {
        return IndicatorDefinition.from(request.build(), CALENDAR);
    }

    private static void assertRefused(IndicatorFixtures.Request request, String field, String rule) {
        assertThatThrownBy(() -> define(request))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> {
                    InvalidValueException invalid = (InvalidValueException) e;
                    assertThat(invalid.field()).as("field").isEqualTo(field);
                    assertThat(invalid.rule()).as("rule").isEqualTo(rule);
                    assertThat(invalid.getMessage()).isNotBlank();
                });
    }

    // ---- defaults

    @ParameterizedTest(name = "{0} aggregates by {1} over units and {2} over time")
    @CsvSource({
            "RATIO,      RATIO_RECOMPUTE, RATIO_RECOMPUTE",
            "PERCENTAGE, AVERAGE,         AVERAGE",
            "NUMBER,     SUM,             SUM",
            "CURRENCY,   SUM,             SUM",
            "YES_NO,     SUM,             LAST",
            "TEXT,       NONE,            NONE"})
    void aggregatesByTheMeasureWhenNothingIsSet(Measure measure, AggregationMethod overUnits, AggregationMethod overTime) {
        IndicatorDefinition d = define(aRequestFor(measure));

        assertThat(d.unitAggregation()).isEqualTo(overUnits);
        assertThat(d.timeAggregation()).isEqualTo(overTime);
    }

    @Test
    void keepsTheAggregationThatIsSet() {
        IndicatorDefinition d = define(aRequestFor(Measure.NUMBER).overUnits(MAX).overTime(AVERAGE));

        assertThat(d.unitAggregation()).isEqualTo(MAX);
        assertThat(d.timeAggregation()).isEqualTo(AVERAGE);
    }

    @ParameterizedTest(name = "{0} shows {1} decimals")
    @CsvSource({"RATIO, 1", "PERCENTAGE, 1", "CURRENCY, 2", "NUMBER, 0", "YES_NO, 0", "TEXT, 0"})
    void showsDecimalsByTheMeasureWhenNotSet(Measure measure, int decimals) {
        assertThat(define(aRequestFor(measure)).decimals()).isEqualTo(decimals);
    }

    @Test
    void keepsTheDecimalsThatAreSet() {
        assertThat(define(aRequestFor(Measure.PERCENTAGE).decimals(3)).decimals()).isEqualTo(3);
    }

    @Test
    void computesAchievementAsARatioUnlessToldOtherwise() {
        assertThat(define(aRequestFor(Measure.NUMBER)).achievementMethod()).isEqualTo(AchievementMethod.RATIO);
        assertThat(define(aRequestFor(Measure.NUMBER).achievedBy(AchievementMethod.MIRROR)).achievementMethod())
                .isEqualTo(AchievementMethod.MIRROR);
    }

    @Test
    void trimsTheCodeAndName() {
        IndicatorDefinition d = define(aRequestFor(Measure.NUMBER).code(" IND-7 ").name("  Trainees  "));

        assertThat(d.code()).isEqualTo("IND-7");
        assertThat(d.name()).isEqualTo("Trainees");
    }

    // ---- ratios

    @ParameterizedTest(name = "multiplier {0} accepted")
    @ValueSource(strings = {"1", "100", "1000", "10000", "100000", "100.00", "1E+3"})
    void acceptsTheUsualRatioMultipliers(String multiplier) {
        IndicatorDefinition d = define(aRequestFor(Measure.RATIO).multiplier(new BigDecimal(multiplier)));

        assertThat(d.multiplier()).isEqualByComparingTo(multiplier);
    }

    @ParameterizedTest(name = "multiplier {0} refused")
    @ValueSource(strings = {"50", "0", "-100", "1000000", "0.01"})
    void refusesAnUnusualRatioMultiplier(String multiplier) {
        assertRefused(aRequestFor(Measure.RATIO).multiplier(new BigDecimal(multiplier)), "multiplier", "ratio-multiplier");
    }

    @Test
    void refusesARatioWithoutAMultiplier() {
        assertRefused(aRequestFor(Measure.RATIO).multiplier(null), "multiplier", "ratio-multiplier");
    }

    @Test
    void refusesARatioWithoutItsNumeratorOrDenominatorLabel() {
        assertRefused(aRequestFor(Measure.RATIO).numeratorLabel(null), "numeratorLabel", "ratio-components");
        assertRefused(aRequestFor(Measure.RATIO).denominatorLabel("  "), "denominatorLabel", "ratio-components");
    }

    @ParameterizedTest(name = "{0} over units refused for a ratio")
    @EnumSource(value = AggregationMethod.class, names = {"SUM", "AVERAGE", "MIN", "MAX", "COUNT"})
    void refusesARatioAggregatedOverUnitsByAnythingButRecomputing(AggregationMethod method) {
        assertRefused(aRequestFor(Measure.RATIO).overUnits(method), "unitAggregation", "ratio-recompute");
    }

    @ParameterizedTest(name = "{0} over time refused for a ratio")
    @EnumSource(value = AggregationMethod.class, names = {"SUM", "AVERAGE", "LAST", "MIN", "MAX", "COUNT"})
    void refusesARatioAggregatedOverTimeByAnythingButRecomputing(AggregationMethod method) {
        assertRefused(aRequestFor(Measure.RATIO).overTime(method), "timeAggregation", "ratio-recompute");
    }

    @ParameterizedTest(name = "{0} may not recompute a ratio")
    @EnumSource(value = Measure.class, names = {"NUMBER", "PERCENTAGE", "CURRENCY", "YES_NO", "TEXT"})
    void refusesRatioRecomputingForAnythingButARatio(Measure measure) {
        assertRefused(aRequestFor(measure).overUnits(RATIO_RECOMPUTE).overTime(RATIO_RECOMPUTE), "unitAggregation", "ratio-only");
        assertRefused(aRequestFor(measure).overTime(RATIO_RECOMPUTE), "timeAggregation", "ratio-only");
    }

    @Test
    void dropsAMultiplierGivenToAnythingButARatio() {
        assertThat(define(aRequestFor(Measure.NUMBER).multiplier(BigDecimal.valueOf(100))).multiplier()).isNull();
    }

    // ---- LAST

    @Test
    void refusesTheLastValueOverUnits() {
        assertRefused(aRequestFor(Measure.NUMBER).overUnits(LAST), "unitAggregation", "aggregation-over-units");
        assertThatThrownBy(() -> define(aRequestFor(Measure.NUMBER).overUnits(LAST))).hasMessageContaining("over time");
    }

    @Test
    void acceptsTheLastValueOverTimeForAStock() {
        IndicatorDefinition staff = define(aRequestFor(Measure.NUMBER).overUnits(SUM).overTime(LAST));

        assertThat(staff.timeAggregation()).isEqualTo(LAST);
        assertThat(staff.unitAggregation()).isEqualTo(SUM);
    }

    // ---- bounds

    @Test
    void boundsAPercentageToZeroToHundredByDefault() {
        IndicatorDefinition d = define(aRequestFor(Measure.PERCENTAGE));

        assertThat(d.minValue()).isEqualByComparingTo("0");
        assertThat(d.maxValue()).isEqualByComparingTo("100");
    }

    @Test
    void keepsThePercentageBoundsThatAreGiven() {
        IndicatorDefinition wider = define(aRequestFor(Measure.PERCENTAGE).bounds(BigDecimal.ZERO, BigDecimal.valueOf(150)));
        IndicatorDefinition floorOnly = define(aRequestFor(Measure.PERCENTAGE).bounds(BigDecimal.valueOf(-50), null));

        assertThat(wider.maxValue()).isEqualByComparingTo("150");
        assertThat(floorOnly.minValue()).isEqualByComparingTo("-50");
        assertThat(floorOnly.maxValue()).isNull();
    }

    @Test
    void leavesOtherMeasuresUnboundedByDefault() {
        IndicatorDefinition d = define(aRequestFor(Measure.NUMBER));

        assertThat(d.minValue()).isNull();
        assertThat(d.maxValue()).isNull();
    }

    @Test
    void refusesAMinimumAboveTheMaximum() {
        assertRefused(aRequestFor(Measure.NUMBER).bounds(BigDecimal.TEN, BigDecimal.ONE), "minValue", "min-max");
        assertThat(define(aRequestFor(Measure.NUMBER).bounds(BigDecimal.TEN, BigDecimal.TEN)).maxValue()).isEqualByComparingTo("10");
    }

    // ---- amounts and text

    @Test
    void refusesAnAmountWithoutItsCurrency() {
        assertRefused(aRequestFor(Measure.CURRENCY).currency(null), "currency", "currency-required");
        assertRefused(aRequestFor(Measure.CURRENCY).currency(" "), "currency", "currency-required");
    }

    @Test
    void keepsTheCurrencyOfAnAmountOnly() {
        assertThat(define(aRequestFor(Measure.CURRENCY)).currency()).isEqualTo("PHP");
        assertThat(define(aRequestFor(Measure.NUMBER).currency("PHP")).currency()).isNull();
    }

    @ParameterizedTest(name = "text aggregated by {0} refused")
    @EnumSource(value = AggregationMethod.class, names = {"SUM", "AVERAGE", "MIN", "MAX", "COUNT"})
    void refusesToAggregateText(AggregationMethod method) {
        assertRefused(aRequestFor(Measure.TEXT).overUnits(method), "unitAggregation", "text-not-aggregated");
        assertThatThrownBy(() -> define(aRequestFor(Measure.TEXT).overTime(method))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesANumericBaselineForText() {
        assertRefused(aRequestFor(Measure.TEXT).baseline(BigDecimal.ONE, "2025"), "baselineValue", "text-baseline");
    }

    @Test
    void acceptsAWrittenBaselineForText() {
        IndicatorDefinition d = define(aRequestFor(Measure.TEXT).baseline(null, "2025").baselineNote("No reform law yet"));

        assertThat(d.baselineNote()).isEqualTo("No reform law yet");
        assertThat(d.baselineValue()).isNull();
    }

    // ---- baseline period

    @Test
    void storesTheBaselinePeriodAsItsCode() {
        assertThat(define(aRequestFor(Measure.NUMBER).baseline(BigDecimal.TEN, " 2025q4 ")).baselinePeriod()).isEqualTo("2025Q4");
        assertThat(define(aRequestFor(Measure.NUMBER).baseline(BigDecimal.TEN, "  ")).baselinePeriod()).isNull();
    }

    @Test
    void readsAFinancialYearBaselineWithTheDeploymentsCalendar() {
        IndicatorDefinition d = IndicatorDefinition.from(aRequestFor(Measure.NUMBER).baseline(BigDecimal.TEN, "fy2025").build(),
                new PeriodCalendar(Month.JULY));

        assertThat(d.baselinePeriod()).isEqualTo("FY2025");
    }

    @Test
    void refusesAnInvalidBaselinePeriodNamingTheField() {
        assertRefused(aRequestFor(Measure.NUMBER).baseline(BigDecimal.TEN, "2025Q5"), "baselinePeriod", "period-format");
        assertThatThrownBy(() -> define(aRequestFor(Measure.NUMBER).baseline(BigDecimal.TEN, "2025Q5")))
                .hasMessageContaining("2025Q5")
                .hasMessageContaining("2026Q1");
    }
}
