package org.resulta.analytics.evaluation;

import org.junit.jupiter.api.Test;
import org.resulta.shared.RandomCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BreakDetectionTests {

    private final BreakDetection detector = new BreakDetection(3, 3);

    /**
     * Worked example (DOMAIN.md is silent on break rules; the detector is documented in {@link BreakDetection}).
     * Monthly outpatient visits of a facility whose second doctor left in month 6: 100, 98, 103, 101, 99, then 60,
     * 62, 58, 61, 59. Best split before period 5: levels 100.2 and 60.0, shift -40.2; within-segment sums of squares
     * 14.8 and 10, pooled s = sqrt(24.8 / 8) = 1.761; strength 40.2 / 1.761 = 22.8 >= 3: a break at period 5.
     */
    @Test
    void findsTheLevelShiftWhereTheFacilityLostItsDoctor() {
        LevelShift shift = detector.find(new double[]{100, 98, 103, 101, 99, 60, 62, 58, 61, 59});

        assertThat(shift.isBreak()).isTrue();
        assertThat(shift.period()).isEqualTo(5);
        assertThat(shift.before()).isCloseTo(100.2, within(1e-9));
        assertThat(shift.after()).isCloseTo(60.0, within(1e-9));
        assertThat(shift.shift()).isCloseTo(-40.2, within(1e-9));
        assertThat(shift.strength()).isCloseTo(40.2 / Math.sqrt(24.8 / 8), within(1e-9));
    }

    @Test
    void findsNoBreakInANoisyButSteadySeries() {
        LevelShift shift = detector.find(new double[]{100, 98, 103, 101, 99, 102, 100, 97, 101, 100});

        assertThat(shift.isBreak()).isFalse();
        assertThat(shift.strength()).isLessThan(3);
        assertThat(shift.period()).isNotNull();
    }

    @Test
    void doesNotMistakeASingleSpikeForABreak() {
        assertThat(detector.find(new double[]{100, 98, 103, 101, 160, 99, 102, 100, 97, 101}).isBreak()).isFalse();
    }

    @Test
    void keepsThePeriodIndexAcrossPeriodsWithoutValue() {
        LevelShift shift = detector.find(new double[]{100, 98, Double.NaN, 103, 101, 99, 60, 62, 58, 61, 59});

        assertThat(shift.period()).isEqualTo(6);
    }

    @Test
    void treatsAnyShiftBetweenTwoFlatLevelsAsABreak() {
        LevelShift shift = detector.find(new double[]{5, 5, 5, 7, 7, 7});

        assertThat(shift.isBreak()).isTrue();
        assertThat(shift.strength()).isNull();
        assertThat(shift.note()).isEqualTo("Both levels are flat: any shift is a break");
        assertThat(detector.find(new double[]{5, 5, 5, 5, 5, 5}).isBreak()).isFalse();
    }

    @Test
    void needsTwoSegmentsOfTheMinimumLength() {
        LevelShift shift = detector.find(new double[]{1, 2, 3, 50, 51});

        assertThat(shift.isBreak()).isFalse();
        assertThat(shift.period()).isNull();
        assertThat(shift.note()).isEqualTo("Only 5 values: at least 6 are needed to compare two levels");
        assertThatThrownBy(() -> new BreakDetection(1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsAShiftOfEightStandardDeviationsWhereItWasMade() {
        RandomCases.check(300, (random, i) -> {
            int n = 12 + random.nextInt(20);
            int at = 3 + random.nextInt(n - 5);
            double step = random.nextBoolean() ? 8 : -8;
            double[] series = new double[n];
            for (int t = 0; t < n; t++) {
                series[t] = 50 + random.nextGaussian() + (t >= at ? step : 0);
            }

            LevelShift shift = detector.find(series);

            assertThat(shift.isBreak()).isTrue();
            assertThat(shift.period()).isEqualTo(at);
            assertThat(Math.signum(shift.shift())).isEqualTo(Math.signum(step));
        });
    }
}
