package org.resulta.measurement.calculation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resulta.shared.RandomCases;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.measurement.calculation.AggregationMethod.AVERAGE;
import static org.resulta.measurement.calculation.AggregationMethod.COUNT;
import static org.resulta.measurement.calculation.AggregationMethod.LAST;
import static org.resulta.measurement.calculation.AggregationMethod.MAX;
import static org.resulta.measurement.calculation.AggregationMethod.MIN;
import static org.resulta.measurement.calculation.AggregationMethod.NONE;
import static org.resulta.measurement.calculation.AggregationMethod.RATIO_RECOMPUTE;
import static org.resulta.measurement.calculation.AggregationMethod.SUM;

class AggregationTests {

    private static final double PER_HUNDRED = 100;

    /** DOMAIN.md 13.4: "% of permits processed within 3 days", one ratio per quarter. */
    private static List<Observation> permitQuarters() {
        return List.of(Observation.ratio(80, 100, PER_HUNDRED), Observation.ratio(170, 200, PER_HUNDRED),
                Observation.ratio(90, 100, PER_HUNDRED), Observation.ratio(95, 100, PER_HUNDRED));
    }

    private static List<Observation> values(double... values) {
        List<Observation> list = new ArrayList<>();
        for (double v : values) {
            list.add(Observation.of(v));
        }
        return list;
    }

    private static Aggregate aggregate(AggregationMethod method, List<Observation> observations) {
        return Aggregation.aggregate(method, observations, PER_HUNDRED);
    }

    // ---- each method

    @Test
    void sumsValues() {
        Aggregate a = aggregate(SUM, values(10, 20, 30));

        assertThat(a.value()).isEqualTo(60.0);
        assertThat(a.count()).isEqualTo(3);
        assertThat(a.note()).isNull();
        assertThat(a.numerator()).isNull();
    }

    @Test
    void averagesValues() {
        assertThat(aggregate(AVERAGE, values(10, 20, 30, 40)).value()).isEqualTo(25.0);
    }

    @Test
    void takesTheLastValueInTimeOrder() {
        assertThat(aggregate(LAST, values(10, 30, 20)).value()).isEqualTo(20.0);
    }

    @Test
    void takesTheSmallestAndLargestValue() {
        assertThat(aggregate(MIN, values(10, -3, 20)).value()).isEqualTo(-3.0);
        assertThat(aggregate(MAX, values(10, -3, 20)).value()).isEqualTo(20.0);
    }

    @Test
    void countsTheReportsThatCarryAValue() {
        Aggregate a = aggregate(COUNT, values(5, Double.NaN, 0, 7));

        assertThat(a.value()).isEqualTo(3.0);
        assertThat(a.count()).isEqualTo(3);
    }

    @Test
    void passesASingleValueThroughWhenNotAggregated() {
        assertThat(aggregate(NONE, values(42)).value()).isEqualTo(42.0);
    }

    @Test
    void refusesToCombineSeveralValuesWhenNotAggregated() {
        Aggregate a = aggregate(NONE, values(1, 2));

        assertThat(a.hasValue()).isFalse();
        assertThat(a.count()).isEqualTo(2);
        assertThat(a.note()).contains("not aggregated").contains("2 values");
    }

    @Test
    void skipsMissingValues() {
        Aggregate sum = aggregate(SUM, values(10, Double.NaN, 5));
        Aggregate last = aggregate(LAST, values(10, 5, Double.NaN));

        assertThat(sum.value()).isEqualTo(15.0);
        assertThat(sum.count()).isEqualTo(2);
        assertThat(last.value()).isEqualTo(5.0);
    }

    // ---- ratios (DOMAIN.md 13.4 worked example)

    @Test
    void recomputesARatioFromSummedNumeratorsAndDenominators() {
        Aggregate a = aggregate(RATIO_RECOMPUTE, permitQuarters());

        assertThat(a.value()).isCloseTo(87.0, within(1e-9));
        assertThat(a.numerator()).isEqualTo(435.0);
        assertThat(a.denominator()).isEqualTo(500.0);
        assertThat(a.count()).isEqualTo(4);
    }

    @Test
    void averagingTheSameRatesGivesTheWrong87Point5() {
        assertThat(aggregate(AVERAGE, permitQuarters()).value()).isCloseTo(87.5, within(1e-9));
    }

    @Test
    void keepsTheComponentsOfTheRatioItPicks() {
        Aggregate last = aggregate(LAST, permitQuarters());
        Aggregate min = aggregate(MIN, permitQuarters());

        assertThat(last.value()).isCloseTo(95.0, within(1e-9));
        assertThat(last.numerator()).isEqualTo(95.0);
        assertThat(last.denominator()).isEqualTo(100.0);
        assertThat(min.value()).isCloseTo(80.0, within(1e-9));
        assertThat(min.numerator()).isEqualTo(80.0);
    }

    @Test
    void ignoresValuesWithoutComponentsWhenRecomputingARatio() {
        List<Observation> mixed = new ArrayList<>(permitQuarters());
        mixed.add(Observation.of(10));

        Aggregate a = aggregate(RATIO_RECOMPUTE, mixed);

        assertThat(a.value()).isCloseTo(87.0, within(1e-9));
        assertThat(a.count()).isEqualTo(4);
    }

    @Test
    void givesNoRatioWithAReasonWhenTheDenominatorsSumToZero() {
        Aggregate a = aggregate(RATIO_RECOMPUTE, List.of(Observation.ratio(0, 0, PER_HUNDRED), Observation.ratio(3, 0, PER_HUNDRED)));

        assertThat(a.hasValue()).isFalse();
        assertThat(a.note()).contains("zero");
        assertThat(a.numerator()).isEqualTo(3.0);
        assertThat(a.denominator()).isEqualTo(0.0);
        assertThat(a.count()).isEqualTo(2);
    }

    @Test
    void recomputesPastAPeriodWhoseOwnDenominatorIsZero() {
        Aggregate a = aggregate(RATIO_RECOMPUTE, List.of(Observation.ratio(0, 0, PER_HUNDRED), Observation.ratio(30, 40, PER_HUNDRED)));

        assertThat(a.value()).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void givesNoRatioWithAReasonWhenNoValueHasComponents() {
        Aggregate a = aggregate(RATIO_RECOMPUTE, values(50, 60));

        assertThat(a.hasValue()).isFalse();
        assertThat(a.note()).contains("numerator").contains("denominator");
        assertThat(a.count()).isEqualTo(2);
    }

    // ---- empty and missing input

    @ParameterizedTest
    @EnumSource(AggregationMethod.class)
    void givesNothingForNoObservations(AggregationMethod method) {
        Aggregate a = aggregate(method, List.of());

        assertThat(a.hasValue()).isFalse();
        assertThat(a.value()).isNull();
        assertThat(a.count()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = AggregationMethod.class, names = "RATIO_RECOMPUTE", mode = EnumSource.Mode.EXCLUDE)
    void givesNoValueWithAReasonWhenEveryValueIsMissing(AggregationMethod method) {
        Aggregate a = aggregate(method, values(Double.NaN, Double.NaN));

        assertThat(a.hasValue()).isFalse();
        assertThat(a.note()).isNotBlank();
        assertThat(a.count()).isEqualTo(2);
    }

    // ---- roll-up: time first, then units

    @Test
    void sumsEachUnitsLastValueForAStock() {
        // staff on board: a snapshot per quarter, so the year is each office's last count, added across offices
        List<List<Observation>> offices = List.of(values(100, 120, 110), values(50, 60));

        Aggregate a = Aggregation.rollUp(LAST, SUM, offices, 1);

        assertThat(a.value()).isEqualTo(170.0);
        assertThat(a.count()).isEqualTo(2);
    }

    @Test
    void aggregatesOverTimeBeforeOverUnits() {
        // units first (average each quarter across units, then sum the quarters) would give (10+40)/2 + 20 = 45
        List<List<Observation>> units = List.of(values(10, 20), values(40));

        assertThat(Aggregation.rollUp(SUM, AVERAGE, units, 1).value()).isEqualTo(35.0);
    }

    @Test
    void recomputesARatioAcrossUnitsAndQuartersFromAllComponents() {
        List<List<Observation>> units = List.of(
                List.of(Observation.ratio(80, 100, PER_HUNDRED), Observation.ratio(170, 200, PER_HUNDRED)),
                List.of(Observation.ratio(90, 100, PER_HUNDRED), Observation.ratio(95, 100, PER_HUNDRED)));

        Aggregate a = Aggregation.rollUp(RATIO_RECOMPUTE, RATIO_RECOMPUTE, units, PER_HUNDRED);

        // not the mean of the units' rates, (83.3 + 92.5) / 2 = 87.9
        assertThat(a.value()).isCloseTo(87.0, within(1e-9));
        assertThat(a.numerator()).isEqualTo(435.0);
        assertThat(a.denominator()).isEqualTo(500.0);
    }

    @Test
    void keepsAUnitWhoseDenominatorsSumToZeroInARatioRollUp() {
        List<List<Observation>> units = List.of(List.of(Observation.ratio(0, 0, PER_HUNDRED)),
                List.of(Observation.ratio(5, 10, PER_HUNDRED)));

        Aggregate a = Aggregation.rollUp(RATIO_RECOMPUTE, RATIO_RECOMPUTE, units, PER_HUNDRED);

        assertThat(a.value()).isCloseTo(50.0, within(1e-9));
        assertThat(a.count()).isEqualTo(2);
    }

    @Test
    void leavesOutUnitsWithoutValuesWhenRollingUp() {
        List<List<Observation>> units = List.of(values(10, 20), List.of(), values(Double.NaN), values(40));

        Aggregate a = Aggregation.rollUp(SUM, AVERAGE, units, 1);

        assertThat(a.value()).isEqualTo(35.0);
        assertThat(a.count()).isEqualTo(2);
    }

    @Test
    void rollsUpNothingToNothing() {
        assertThat(Aggregation.rollUp(SUM, SUM, List.of(), 1).hasValue()).isFalse();
        assertThat(Aggregation.rollUp(SUM, SUM, List.of(List.of(), List.of()), 1).hasValue()).isFalse();
    }

    // ---- properties

    @Test
    void recomputedRatioLiesBetweenTheSmallestAndLargestRate() {
        RandomCases.check(2_000, (random, i) -> {
            List<Observation> observations = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                double denominator = 1 + random.nextInt(1_000);
                observations.add(Observation.ratio(random.nextInt((int) denominator + 1), denominator, PER_HUNDRED));
            }
            double lowest = observations.stream().mapToDouble(Observation::value).min().orElseThrow();
            double highest = observations.stream().mapToDouble(Observation::value).max().orElseThrow();

            Aggregate a = aggregate(RATIO_RECOMPUTE, observations);

            assertThat(a.value()).as("%s", observations).isBetween(lowest - 1e-9, highest + 1e-9);
        });
    }

    @Test
    void rollingUpRatiosByUnitGivesTheRatioOfAllObservations() {
        RandomCases.check(1_000, (random, i) -> {
            List<List<Observation>> units = new ArrayList<>();
            List<Observation> all = new ArrayList<>();
            int unitCount = 1 + random.nextInt(6);
            for (int u = 0; u < unitCount; u++) {
                List<Observation> series = new ArrayList<>();
                int periods = random.nextInt(5);
                for (int k = 0; k < periods; k++) {
                    Observation o = Observation.ratio(random.nextInt(200), random.nextInt(200), PER_HUNDRED);
                    series.add(o);
                    all.add(o);
                }
                units.add(series);
            }

            Aggregate rolled = Aggregation.rollUp(RATIO_RECOMPUTE, RATIO_RECOMPUTE, units, PER_HUNDRED);
            Aggregate flat = aggregate(RATIO_RECOMPUTE, all);

            assertThat(rolled.hasValue()).as("%s", units).isEqualTo(flat.hasValue());
            if (flat.hasValue()) {
                assertThat(rolled.value()).as("%s", units).isCloseTo(flat.value(), within(1e-9));
            }
        });
    }
}
