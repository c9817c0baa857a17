package org.resulta.analytics.evaluation;

import org.junit.jupiter.api.Test;
import org.resulta.shared.RandomCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.measurement.calculation.AggregationMethod.AVERAGE;
import static org.resulta.measurement.calculation.AggregationMethod.LAST;
import static org.resulta.measurement.calculation.AggregationMethod.MAX;
import static org.resulta.measurement.calculation.AggregationMethod.RATIO_RECOMPUTE;
import static org.resulta.measurement.calculation.AggregationMethod.SUM;
import static org.resulta.measurement.calculation.Direction.DECREASE;
import static org.resulta.measurement.calculation.Direction.INCREASE;

class TrendProjectionTests {

    private static final double NO_VALUE = Double.NaN;

    private final TrendProjection meetsTarget = new TrendProjection(100);

    /**
     * Worked example from DOMAIN.md 13.4 (YTD achievement of a SUM indicator): quarterly targets of 25 (annual 100),
     * actual Q1 + Q2 = 46, here 20 then 26, so year to date stands at 92% (amber). The trend through (0, 20) and
     * (1, 26) rises 6 a quarter: Q3 32, Q4 38. Projected year = 46 + 32 + 38 = 116, 116% of the target: on track.
     */
    @Test
    void projectsACumulativeIndicatorAndFindsItOnTrackDespiteAnAmberYearToDate() {
        Projection p = meetsTarget.project(new double[]{20, 26}, 4, SUM, INCREASE, 100);

        assertThat(p.trend().slope()).isCloseTo(6.0, within(1e-12));
        assertThat(p.trend().intercept()).isCloseTo(20.0, within(1e-12));
        assertThat(p.projected()).isCloseTo(116.0, within(1e-9));
        assertThat(p.projectedAchievement()).isCloseTo(116.0, within(1e-9));
        assertThat(p.onTrack()).isTrue();
    }

    /** The same indicator falling: Q1 30, Q2 24, trend -6: Q3 18, Q4 12; year 84 of 100: off track at 84%. */
    @Test
    void findsAFallingCumulativeIndicatorOffTrack() {
        Projection p = meetsTarget.project(new double[]{30, 24}, 4, SUM, INCREASE, 100);

        assertThat(p.projected()).isCloseTo(84.0, within(1e-9));
        assertThat(p.onTrack()).isFalse();
    }

    /**
     * Worked example (DOMAIN.md 13.4, "% of permits processed within 3 days", a level read at year end), monthly
     * January to June: 80, 81, 83, 82, 84, 85; December target 90. Least squares: slope = 16.5 / 17.5 = 0.942857,
     * intercept = 82.5 - 2.5 x 0.942857 = 80.142857; December (period 11): 80.142857 + 11 x 0.942857 = 90.514 >= 90:
     * on track, at 100.57%.
     */
    @Test
    void projectsALevelIndicatorToTheLastPeriodOfTheYear() {
        Projection p = meetsTarget.project(new double[]{80, 81, 83, 82, 84, 85}, 12, LAST, INCREASE, 90);

        assertThat(p.trend().slope()).isCloseTo(16.5 / 17.5, within(1e-12));
        assertThat(p.projected()).isCloseTo(90.514, within(1e-3));
        assertThat(p.projectedAchievement()).isCloseTo(90.514 / 90 * 100, within(1e-2));
        assertThat(p.onTrack()).isTrue();
        assertThat(p.trend().points()).isEqualTo(6);
        assertThat(p.trend().rSquared()).isBetween(0.8, 1.0);
    }

    @Test
    void judgesALowerIsBetterLevelAgainstItsCeiling() {
        Projection falling = meetsTarget.project(new double[]{6, 5.5, 5.2, 5.0}, 12, LAST, DECREASE, 3);
        Projection stuck = meetsTarget.project(new double[]{6, 6.1, 5.9, 6.0}, 12, LAST, DECREASE, 3);

        assertThat(falling.projected()).isCloseTo(5.92 - 0.33 * 11, within(1e-9));
        assertThat(falling.onTrack()).isTrue();
        assertThat(stuck.onTrack()).isFalse();
    }

    @Test
    void averagesTheKnownAndProjectedPeriods() {
        Projection p = meetsTarget.project(new double[]{10, 12}, 4, AVERAGE, INCREASE, 14);

        assertThat(p.projected()).isCloseTo((10 + 12 + 14 + 16) / 4.0, within(1e-9));
        assertThat(p.onTrack()).isFalse();
    }

    @Test
    void fillsAPeriodWithoutValueFromTheTrend() {
        Projection p = meetsTarget.project(new double[]{10, NO_VALUE, 30}, 4, SUM, INCREASE, 100);

        assertThat(p.projected()).isCloseTo(10 + 20 + 30 + 40, within(1e-9));
    }

    @Test
    void neverProjectsACountBelowZero() {
        Projection p = meetsTarget.project(new double[]{20, 10}, 4, SUM, INCREASE, 50);

        assertThat(p.projected()).isCloseTo(30.0, within(1e-9));
    }

    @Test
    void usesAConfigurableOnTrackThreshold() {
        Projection strict = meetsTarget.project(new double[]{22, 23}, 4, SUM, INCREASE, 100);
        Projection lenient = new TrendProjection(90).project(new double[]{22, 23}, 4, SUM, INCREASE, 100);

        assertThat(strict.projected()).isCloseTo(94.0, within(1e-9));
        assertThat(strict.onTrack()).isFalse();
        assertThat(lenient.onTrack()).isTrue();
    }

    @Test
    void hasNoProjectionWithFewerThanTwoValuesOrForAnotherAggregation() {
        assertThat(meetsTarget.project(new double[]{20, NO_VALUE}, 4, SUM, INCREASE, 100).reason())
                .isEqualTo("A trend needs at least two periods with a value");
        assertThat(meetsTarget.project(new double[]{20, 21}, 4, MAX, INCREASE, 100).hasValue()).isFalse();
        assertThat(meetsTarget.project(new double[]{20, 21}, 4, RATIO_RECOMPUTE, INCREASE, 100).reason())
                .contains("numerator and denominator");
        assertThat(meetsTarget.project(new double[]{20, 21}, 4, SUM, INCREASE, Double.NaN).reason()).isEqualTo("No annual target");
    }

    @Test
    void refusesMorePeriodsThanTheYearHas() {
        assertThatThrownBy(() -> meetsTarget.project(new double[5], 4, SUM, INCREASE, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recoversAnExactLine() {
        RandomCases.check(200, (random, i) -> {
            double slope = random.nextDouble() * 20 - 10;
            double intercept = random.nextDouble() * 100;
            double[] values = new double[2 + random.nextInt(10)];
            for (int t = 0; t < values.length; t++) {
                values[t] = intercept + slope * t;
            }

            TrendLine line = TrendLine.fit(values).orElseThrow();

            assertThat(line.slope()).isCloseTo(slope, within(1e-9));
            assertThat(line.intercept()).isCloseTo(intercept, within(1e-9));
            assertThat(line.rSquared()).isCloseTo(1.0, within(1e-9));
        });
    }
}
