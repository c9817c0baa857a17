package org.resulta.measurement.calculation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.resulta.shared.RandomCases;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.measurement.calculation.AchievementMethod.BASELINE_RELATIVE;
import static org.resulta.measurement.calculation.AchievementMethod.MIRROR;
import static org.resulta.measurement.calculation.AchievementMethod.RATIO;
import static org.resulta.measurement.calculation.Direction.DECREASE;
import static org.resulta.measurement.calculation.Direction.INCREASE;
import static org.resulta.measurement.calculation.Direction.MAINTAIN;

class AchievementPolicyTests {

    private static Achievement achievement(Direction direction, AchievementMethod method, TargetSpec target,
                                           double actual, Double baseline) {
        return AchievementPolicy.achievement(direction, method, target, actual, baseline);
    }

    private static double percent(Direction direction, AchievementMethod method, TargetSpec target, double actual,
                                  Double baseline) {
        Achievement a = achievement(direction, method, target, actual, baseline);
        assertThat(a.percent()).as("percent of %s %s target %s actual %s", direction, method, target, actual).isNotNull();
        return a.percent();
    }

    // ---- DOMAIN.md 13.2 worked example: maternal mortality, lower is better, baseline 120, target 100, actual 105

    @Test
    void invertsTheRatioForMaternalMortality() {
        assertThat(percent(DECREASE, RATIO, TargetSpec.exact(100), 105, 120.0)).isCloseTo(95.238, within(0.001));
    }

    @Test
    void mirrorsAroundTheTargetForMaternalMortality() {
        assertThat(percent(DECREASE, MIRROR, TargetSpec.exact(100), 105, 120.0)).isCloseTo(95.0, within(1e-9));
    }

    @Test
    void measuresProgressFromTheBaselineForMaternalMortality() {
        assertThat(percent(DECREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 105, 120.0)).isCloseTo(75.0, within(1e-9));
    }

    // ---- higher is better

    @ParameterizedTest(name = "{0}: actual {1} of target {2} is {3}%")
    @CsvSource({
            "RATIO,  80, 100,  80",
            "RATIO, 130, 100, 130",
            "RATIO,   0, 100,   0",
            "MIRROR, 80, 100,  80",
            "MIRROR, 46,  50,  92"})
    void ratesHigherIsBetterAsActualOverTarget(AchievementMethod method, double actual, double target, double expected) {
        Achievement a = achievement(INCREASE, method, TargetSpec.exact(target), actual, null);

        assertThat(a.percent()).isCloseTo(expected, within(1e-9));
        assertThat(a.beyondCap()).isFalse();
    }

    @Test
    void leavesTheCapToTheTrafficLightPolicy() {
        assertThat(percent(INCREASE, RATIO, TargetSpec.exact(100), 250, null)).isCloseTo(250.0, within(1e-9));
    }

    @Test
    void measuresHigherIsBetterProgressFromTheBaseline() {
        assertThat(percent(INCREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 75, 50.0)).isCloseTo(50.0, within(1e-9));
        assertThat(percent(INCREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 110, 50.0)).isCloseTo(120.0, within(1e-9));
    }

    @Test
    void fallsBackToTheRatioWithANoteWhenThereIsNoBaseline() {
        Achievement up = achievement(INCREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 80, null);
        Achievement down = achievement(DECREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 125, null);

        assertThat(up.percent()).isCloseTo(80.0, within(1e-9));
        assertThat(up.note()).contains("No baseline");
        assertThat(down.percent()).isCloseTo(80.0, within(1e-9));
        assertThat(down.note()).contains("No baseline");
    }

    @Test
    void givesMetOrNotMetWhenTheTargetEqualsTheBaseline() {
        assertThat(percent(INCREASE, BASELINE_RELATIVE, TargetSpec.exact(50), 50, 50.0)).isEqualTo(100.0);
        assertThat(percent(INCREASE, BASELINE_RELATIVE, TargetSpec.exact(50), 49, 50.0)).isEqualTo(0.0);
        assertThat(percent(DECREASE, BASELINE_RELATIVE, TargetSpec.exact(50), 50, 50.0)).isEqualTo(100.0);
        assertThat(percent(DECREASE, BASELINE_RELATIVE, TargetSpec.exact(50), 51, 50.0)).isEqualTo(0.0);
        assertThat(achievement(DECREASE, BASELINE_RELATIVE, TargetSpec.exact(50), 51, 50.0).note())
                .contains("target equals the baseline");
    }

    @Test
    void neverGoesBelowZero() {
        assertThat(percent(INCREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 20, 50.0)).isEqualTo(0.0);
        assertThat(percent(DECREASE, MIRROR, TargetSpec.exact(100), 250, null)).isEqualTo(0.0);
        assertThat(percent(INCREASE, RATIO, TargetSpec.exact(100), -5, null)).isEqualTo(0.0);
        assertThat(percent(DECREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 150, 120.0)).isEqualTo(0.0);
    }

    // ---- the target type can override the indicator's direction

    @Test
    void readsAnAtLeastTargetAsHigherIsBetterWhateverTheIndicatorSays() {
        assertThat(percent(DECREASE, RATIO, TargetSpec.atLeast(100), 80, null)).isCloseTo(80.0, within(1e-9));
        assertThat(percent(MAINTAIN, RATIO, TargetSpec.atLeast(100), 120, null)).isCloseTo(120.0, within(1e-9));
    }

    @Test
    void readsAnAtMostTargetAsLowerIsBetterWhateverTheIndicatorSays() {
        assertThat(percent(INCREASE, RATIO, TargetSpec.atMost(100), 125, null)).isCloseTo(80.0, within(1e-9));
        assertThat(percent(INCREASE, MIRROR, TargetSpec.atMost(100), 105, null)).isCloseTo(95.0, within(1e-9));
    }

    @Test
    void followsTheIndicatorDirectionForAnExactTarget() {
        assertThat(AchievementPolicy.effectiveDirection(INCREASE, TargetType.EXACT)).isEqualTo(INCREASE);
        assertThat(AchievementPolicy.effectiveDirection(DECREASE, TargetType.EXACT)).isEqualTo(DECREASE);
        assertThat(AchievementPolicy.effectiveDirection(DECREASE, TargetType.RANGE)).isEqualTo(MAINTAIN);
    }

    // ---- ranges and maintain

    @ParameterizedTest(name = "inflation {0} against a 2-4 band is {1}%")
    @CsvSource({
            "2.0, 100",
            "3.0, 100",
            "4.0, 100",
            "1.0,  50",
            "5.0,  75",
            "8.0,   0",
            "0.0,   0"})
    void ratesARangeFullInsideAndByDistanceToTheNearestBoundOutside(double actual, double expected) {
        for (Direction direction : Direction.values()) {
            assertThat(percent(direction, RATIO, TargetSpec.range(2, 4), actual, null)).as("%s", direction)
                    .isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void notesWhenTheActualIsOutsideTheRange() {
        assertThat(achievement(MAINTAIN, RATIO, TargetSpec.range(2, 4), 5, null).note()).contains("Outside");
        assertThat(achievement(MAINTAIN, RATIO, TargetSpec.range(2, 4), 3, null).note()).isNull();
    }

    @Test
    void scalesTheDistanceByTheRangeWidthWhenTheNearestBoundIsZero() {
        assertThat(percent(MAINTAIN, RATIO, TargetSpec.range(-2, 0), 1, null)).isCloseTo(50.0, within(1e-9));
        assertThat(percent(MAINTAIN, RATIO, TargetSpec.range(0, 0), 0.25, null)).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void givesNoFigureForARangeWhoseBoundsAreReversed() {
        Achievement a = achievement(MAINTAIN, RATIO, TargetSpec.range(4, 2), 3, null);

        assertThat(a.isDefined()).isFalse();
        assertThat(a.note()).contains("lower bound");
    }

    @Test
    void ratesAMaintainIndicatorWithAnExactTargetByDistanceFromIt() {
        assertThat(percent(MAINTAIN, RATIO, TargetSpec.exact(100), 100, null)).isEqualTo(100.0);
        assertThat(percent(MAINTAIN, RATIO, TargetSpec.exact(100), 90, null)).isCloseTo(90.0, within(1e-9));
        assertThat(percent(MAINTAIN, RATIO, TargetSpec.exact(100), 110, null)).isCloseTo(90.0, within(1e-9));
    }

    // ---- zero and negative targets, zero actuals (DOMAIN.md 13.2: never divide by zero)

    @Test
    void treatsAZeroOrNegativeHigherIsBetterTargetAsMetOrNotMet() {
        assertThat(percent(INCREASE, RATIO, TargetSpec.exact(0), 0, null)).isEqualTo(100.0);
        assertThat(percent(INCREASE, RATIO, TargetSpec.exact(0), 5, null)).isEqualTo(100.0);
        assertThat(percent(INCREASE, RATIO, TargetSpec.exact(0), -1, null)).isEqualTo(0.0);
        assertThat(percent(INCREASE, RATIO, TargetSpec.exact(-10), -5, null)).isEqualTo(100.0);
        assertThat(percent(INCREASE, RATIO, TargetSpec.exact(-10), -20, null)).isEqualTo(0.0);
        assertThat(achievement(INCREASE, RATIO, TargetSpec.exact(0), 5, null).note()).contains("zero or negative");
    }

    @Test
    void treatsAZeroLowerIsBetterTargetAsMetOrNotMet() {
        for (AchievementMethod method : new AchievementMethod[]{RATIO, MIRROR}) {
            assertThat(percent(DECREASE, method, TargetSpec.exact(0), 0, null)).as("%s", method).isEqualTo(100.0);
            assertThat(percent(DECREASE, method, TargetSpec.exact(0), 3, null)).as("%s", method).isEqualTo(0.0);
            assertThat(achievement(DECREASE, method, TargetSpec.exact(0), 3, null).note()).as("%s", method).contains("zero");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AchievementMethod.class, names = {"RATIO", "MIRROR"})
    void treatsANegativeLowerIsBetterTargetAsMetOrNotMet(AchievementMethod method) {
        // a net change target of -10 (cut by at least ten): -12 beats it, -5 misses it
        assertThat(percent(DECREASE, method, TargetSpec.exact(-10), -12, null)).isEqualTo(100.0);
        assertThat(percent(DECREASE, method, TargetSpec.exact(-10), -10, null)).isEqualTo(100.0);
        assertThat(percent(DECREASE, method, TargetSpec.exact(-10), -5, null)).isEqualTo(0.0);
        assertThat(percent(DECREASE, method, TargetSpec.exact(-10), 3, null)).isEqualTo(0.0);
    }

    @Test
    void reachesTheCapWhenALowerIsBetterActualIsZero() {
        Achievement a = achievement(DECREASE, RATIO, TargetSpec.exact(5), 0, null);

        assertThat(a.percent()).isNull();
        assertThat(a.beyondCap()).isTrue();
        assertThat(a.isDefined()).isTrue();
        assertThat(a.note()).contains("zero");
    }

    @Test
    void ratesAZeroHigherIsBetterActualAsZeroPercent() {
        Achievement a = achievement(INCREASE, RATIO, TargetSpec.exact(40), 0, null);

        assertThat(a.percent()).isEqualTo(0.0);
        assertThat(a.beyondCap()).isFalse();
    }

    @Test
    void ratesAZeroLowerIsBetterActualByMirrorAndBaselineWithoutDividingByIt() {
        assertThat(percent(DECREASE, MIRROR, TargetSpec.exact(100), 0, null)).isCloseTo(200.0, within(1e-9));
        assertThat(percent(DECREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 0, 120.0)).isCloseTo(600.0, within(1e-9));
    }

    // ---- no figure

    @Test
    void givesNoFigureForANarrativeTarget() {
        Achievement a = achievement(INCREASE, RATIO, new TargetSpec(TargetType.NARRATIVE, Double.NaN, null), 5, null);

        assertThat(a.isDefined()).isFalse();
        assertThat(a.percent()).isNull();
        assertThat(a.note()).contains("narrative");
    }

    @Test
    void givesNoFigureWhenTheActualOrTargetIsNotANumber() {
        assertThat(achievement(INCREASE, RATIO, TargetSpec.exact(10), Double.NaN, null).isDefined()).isFalse();
        assertThat(achievement(INCREASE, RATIO, TargetSpec.exact(Double.NaN), 5, null).isDefined()).isFalse();
        assertThat(achievement(INCREASE, RATIO, TargetSpec.exact(10), Double.POSITIVE_INFINITY, null).isDefined()).isFalse();
    }

    @Test
    void reachesTheCapRatherThanInfinityWhenTheRatioOverflows() {
        Achievement up = achievement(INCREASE, RATIO, TargetSpec.exact(Double.MIN_VALUE), 1, null);
        Achievement down = achievement(DECREASE, RATIO, TargetSpec.exact(1e300), 1e-300, null);

        assertThat(up.percent()).isNull();
        assertThat(up.beyondCap()).isTrue();
        assertThat(down.percent()).isNull();
        assertThat(down.beyondCap()).isTrue();
    }

    // ---- properties over random inputs

    @Test
    void isAlwaysFiniteAndNotNegative() {
        RandomCases.check(20_000, (random, i) -> {
            Direction direction = pick(random, Direction.values());
            AchievementMethod method = pick(random, AchievementMethod.values());
            TargetSpec target = randomTarget(random);
            double actual = randomNumber(random);
            Double baseline = random.nextInt(3) == 0 ? null : randomNumber(random);

            Achievement a = achievement(direction, method, target, actual, baseline);

            String what = direction + " " + method + " " + target + " actual " + actual + " baseline " + baseline;
            if (a.percent() != null) {
                assertThat(a.percent()).as(what).isFinite().isGreaterThanOrEqualTo(0.0);
                assertThat(a.beyondCap()).as(what).isFalse();
            } else if (!a.beyondCap()) {
                assertThat(a.note()).as("a missing figure says why: " + what).isNotBlank();
            }
        });
    }

    @Test
    void neverRatesAWorseActualHigher() {
        RandomCases.check(20_000, (random, i) -> {
            Direction direction = random.nextBoolean() ? INCREASE : DECREASE;
            AchievementMethod method = pick(random, AchievementMethod.values());
            double target = randomNumber(random);
            double a1 = randomNumber(random);
            double a2 = randomNumber(random);
            double better = direction == INCREASE ? Math.max(a1, a2) : Math.min(a1, a2);
            double worse = direction == INCREASE ? Math.min(a1, a2) : Math.max(a1, a2);
            // a baseline on the far side of the target from where the indicator is heading, as plans have it
            Double baseline = random.nextBoolean() ? null
                    : direction == INCREASE ? target - Math.abs(randomNumber(random)) : target + Math.abs(randomNumber(random));

            Achievement forBetter = achievement(direction, method, TargetSpec.exact(target), better, baseline);
            Achievement forWorse = achievement(direction, method, TargetSpec.exact(target), worse, baseline);

            if (forBetter.isDefined() && forWorse.isDefined()) {
                assertThat(rank(forBetter)).as("%s %s target %s baseline %s: %s (better) against %s (worse)",
                        direction, method, target, baseline, better, worse).isGreaterThanOrEqualTo(rank(forWorse));
            }
        });
    }

    private static double rank(Achievement a) {
        return a.beyondCap() ? Double.POSITIVE_INFINITY : a.percent();
    }

    private static TargetSpec randomTarget(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> TargetSpec.exact(randomNumber(random));
            case 1 -> TargetSpec.atLeast(randomNumber(random));
            case 2 -> TargetSpec.atMost(randomNumber(random));
            case 3 -> TargetSpec.range(randomNumber(random), randomNumber(random));
            default -> new TargetSpec(TargetType.NARRATIVE, Double.NaN, null);
        };
    }

    /** Mostly ordinary figures, with zeros, negatives, tiny and huge magnitudes mixed in. */
    private static double randomNumber(Random random) {
        double sign = random.nextInt(4) == 0 ? -1 : 1;
        return switch (random.nextInt(10)) {
            case 0 -> 0.0;
            case 1 -> sign * Double.MIN_VALUE;
            case 2 -> sign * Math.pow(10, -300 + random.nextInt(20));
            case 3 -> sign * Math.pow(10, 280 + random.nextInt(28));
            case 4 -> sign * Double.MAX_VALUE;
            case 5 -> sign * random.nextInt(5);
            default -> sign * random.nextDouble() * 1_000;
        };
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
