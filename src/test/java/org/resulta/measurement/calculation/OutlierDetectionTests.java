package org.resulta.measurement.calculation;

import org.junit.jupiter.api.Test;
import org.resulta.shared.RandomCases;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OutlierDetectionTests {

    /**
     * Worked example (DOMAIN.md is silent on outlier rules; the 3.5 rule is Iglewicz and Hoaglin's). Monthly TB
     * notifications of a district: 12, 14, 13, 15, 14, 13, 12, 14, 60, 13. Mean 18, s = sqrt(1968 / 9) = 14.79,
     * so the z-score of 60 is 42 / 14.79 = 2.84: under 3, missed (ten values cannot exceed 9 / sqrt(10) = 2.85).
     * Median 13.5, absolute deviations' median (MAD) 0.5: the modified z-score of 60 is 0.6745 x 46.5 / 0.5 = 62.7,
     * far beyond 3.5; of 12 and 15 it is 2.02, within.
     */
    private static final double[] NOTIFICATIONS = {12, 14, 13, 15, 14, 13, 12, 14, 60, 13};

    @Test
    void findsTheSpikeByModifiedZScoreWhereTheZScoreMissesIt() {
        OutlierScan robust = OutlierDetection.byModifiedZScore(NOTIFICATIONS);
        OutlierScan classic = OutlierDetection.byZScore(NOTIFICATIONS);

        assertThat(robust.outliers()).hasSize(1);
        assertThat(robust.outliers().get(0).period()).isEqualTo(8);
        assertThat(robust.outliers().get(0).value()).isEqualTo(60.0);
        assertThat(robust.outliers().get(0).score()).isCloseTo(0.6745 * 46.5 / 0.5, within(1e-9));
        assertThat(robust.threshold()).isEqualTo(3.5);
        assertThat(classic.outliers()).isEmpty();
    }

    @Test
    void findsTheSpikeByZScoreInALongerSeries() {
        double[] series = new double[24];
        for (int i = 0; i < series.length; i++) {
            series[i] = 100 + (i % 3) - 1;
        }
        series[17] = 130;

        OutlierScan scan = OutlierDetection.byZScore(series);

        assertThat(scan.outliers()).extracting(Outlier::period).containsExactly(17);
        assertThat(scan.outliers().get(0).score()).isGreaterThan(3);
    }

    @Test
    void flagsLowValuesAsWellAsHighOnes() {
        double[] series = {50, 52, 49, 51, 50, 2, 50, 51};

        assertThat(OutlierDetection.byModifiedZScore(series).outliers()).extracting(Outlier::period).containsExactly(5);
        assertThat(OutlierDetection.byModifiedZScore(series).outliers().get(0).score()).isNegative();
    }

    @Test
    void skipsPeriodsWithoutValueAndKeepsThePeriodIndex() {
        double[] series = {12, Double.NaN, 14, 13, 15, 14, 13, 12, 14, 60, 13};

        assertThat(OutlierDetection.byModifiedZScore(series).outliers()).extracting(Outlier::period).containsExactly(9);
    }

    /** 10, 10, 10, 10, 10, 12, 50: MAD = 0; mean absolute deviation 42 / 7 = 6; score of 50 = 40 / (1.253314 x 6) = 5.32. */
    @Test
    void fallsBackToTheMeanAbsoluteDeviationWhenMostValuesAreEqual() {
        OutlierScan scan = OutlierDetection.byModifiedZScore(new double[]{10, 10, 10, 10, 10, 12, 50});

        assertThat(scan.outliers()).extracting(Outlier::period).containsExactly(6);
        assertThat(scan.outliers().get(0).score()).isCloseTo(40 / (1.253314 * 6), within(1e-9));
        assertThat(scan.note()).contains("MAD = 0");
    }

    @Test
    void findsNothingInAFlatOrShortSeriesAndSaysWhy() {
        assertThat(OutlierDetection.byZScore(new double[]{5, 5, 5, 5}).note()).isEqualTo("All values are equal: no outliers");
        assertThat(OutlierDetection.byModifiedZScore(new double[]{5, 5, 5, 5}).note()).isEqualTo("All values are equal: no outliers");
        assertThat(OutlierDetection.byModifiedZScore(new double[]{5, Double.NaN, 9}).note()).isEqualTo("Only 2 values: at least 3 are needed");
        assertThat(OutlierDetection.byZScore(new double[]{5, 9}).outliers()).isEmpty();
    }

    @Test
    void usesAConfigurableThreshold() {
        assertThat(OutlierDetection.byZScore(NOTIFICATIONS, 2.5).outliers()).extracting(Outlier::period).containsExactly(8);
        assertThat(OutlierDetection.byModifiedZScore(NOTIFICATIONS, 1.5).outliers()).extracting(Outlier::period)
                .containsExactly(0, 3, 6, 8);
    }

    @Test
    void findsTheSameOutliersWhateverTheUnitOrOrigin() {
        RandomCases.check(300, (random, i) -> {
            double[] series = new double[5 + random.nextInt(20)];
            for (int t = 0; t < series.length; t++) {
                series[t] = random.nextGaussian() * 10 + (random.nextInt(8) == 0 ? 100 : 0);
            }
            double scale = 0.01 + random.nextDouble() * 1000;
            double origin = random.nextDouble() * 1e4 - 5e3;
            double[] moved = Arrays.stream(series).map(x -> x * scale + origin).toArray();

            assertThat(OutlierDetection.byModifiedZScore(moved).outliers()).extracting(Outlier::period)
                    .isEqualTo(OutlierDetection.byModifiedZScore(series).outliers().stream().map(Outlier::period).toList());
        });
    }
}
