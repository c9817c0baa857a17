package org.resulta.measurement.calculation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.measurement.calculation.AchievementMethod.BASELINE_RELATIVE;
import static org.resulta.measurement.calculation.AchievementMethod.MIRROR;
import static org.resulta.measurement.calculation.AchievementMethod.RATIO;
import static org.resulta.measurement.calculation.Direction.DECREASE;
import static org.resulta.measurement.calculation.Direction.INCREASE;

class StatusRuleTests {

    private static final boolean ENDED = true;
    private static final boolean RUNNING = false;

    private final TrafficLightPolicy policy = new TrafficLightPolicy(90, 75, 130);

    private Assessment assess(TargetSpec target, Double actual, boolean periodEnded) {
        return StatusRule.assess(INCREASE, RATIO, target, actual, null, periodEnded, policy);
    }

    // ---- no actual

    @Test
    void isNotDueWhileThePeriodRunsWithoutAnActual() {
        assertThat(assess(TargetSpec.exact(100), null, RUNNING).status()).isEqualTo(Status.NOT_DUE);
        assertThat(assess(null, null, RUNNING).status()).isEqualTo(Status.NOT_DUE);
        assertThat(assess(TargetSpec.exact(100), null, RUNNING).achievement()).isNull();
    }

    @Test
    void hasNoDataWhenAnEndedPeriodHasATargetButNoActual() {
        Assessment a = assess(TargetSpec.exact(100), null, ENDED);

        assertThat(a.status()).isEqualTo(Status.NO_DATA);
        assertThat(a.achievement()).isNull();
    }

    @Test
    void hasNoTargetWhenAnEndedPeriodHasNeitherActualNorTarget() {
        assertThat(assess(null, null, ENDED).status()).isEqualTo(Status.NO_TARGET);
    }

    // ---- an actual without a usable target

    @Test
    void hasNoTargetWhenAnActualHasNoTarget() {
        assertThat(assess(null, 40.0, ENDED).status()).isEqualTo(Status.NO_TARGET);
        assertThat(assess(null, 40.0, RUNNING).status()).isEqualTo(Status.NO_TARGET);
        assertThat(assess(null, 40.0, ENDED).achievement()).isNull();
    }

    @Test
    void hasNoTargetWhenTheTargetIsNarrative() {
        TargetSpec narrative = new TargetSpec(TargetType.NARRATIVE, Double.NaN, null);

        assertThat(assess(narrative, 40.0, ENDED).status()).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void hasNoDataWithTheReasonWhenNoAchievementCanBeComputed() {
        Assessment a = assess(TargetSpec.range(4, 2), 3.0, ENDED);

        assertThat(a.status()).isEqualTo(Status.NO_DATA);
        assertThat(a.achievement()).isNull();
        assertThat(a.note()).contains("lower bound");
    }

    // ---- rated

    @ParameterizedTest(name = "{0} of 200 is {1}% and {2}")
    @CsvSource({
            "180,   90,   GREEN",
            "179.8, 89.9, AMBER",
            "150,   75,   AMBER",
            "149.8, 74.9, RED",
            "0,     0,    RED"})
    void classifiesTheAchievementWithInclusiveThresholds(double actual, double percent, Status status) {
        Assessment a = assess(TargetSpec.exact(200), actual, ENDED);

        assertThat(a.achievement()).isCloseTo(percent, within(1e-9));
        assertThat(a.status()).isEqualTo(status);
    }

    @Test
    void ratesAnActualAlreadyInWhileThePeriodRuns() {
        Assessment a = assess(TargetSpec.exact(50), 46.0, RUNNING);

        assertThat(a.status()).isEqualTo(Status.GREEN);
        assertThat(a.achievement()).isCloseTo(92.0, within(1e-9));
    }

    @Test
    void capsTheAchievementItReports() {
        Assessment a = assess(TargetSpec.exact(100), 150.0, ENDED);

        assertThat(a.achievement()).isEqualTo(130.0);
        assertThat(a.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void givesTheCapWhenAZeroActualBeatsALowerIsBetterTarget() {
        Assessment a = StatusRule.assess(DECREASE, RATIO, TargetSpec.exact(5), 0.0, null, ENDED, policy);

        assertThat(a.achievement()).isEqualTo(130.0);
        assertThat(a.status()).isEqualTo(Status.GREEN);
        assertThat(a.note()).contains("zero");
    }

    @Test
    void passesOnTheAchievementNote() {
        Assessment a = StatusRule.assess(INCREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 95.0, null, ENDED, policy);

        assertThat(a.note()).contains("No baseline");
        assertThat(a.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void letsTheAchievementMethodChangeTheLight() {
        // DOMAIN.md 13.2: maternal mortality, baseline 120, target 100, actual 105
        Assessment ratio = StatusRule.assess(DECREASE, RATIO, TargetSpec.exact(100), 105.0, 120.0, ENDED, policy);
        Assessment mirror = StatusRule.assess(DECREASE, MIRROR, TargetSpec.exact(100), 105.0, 120.0, ENDED, policy);
        Assessment fromBaseline = StatusRule.assess(DECREASE, BASELINE_RELATIVE, TargetSpec.exact(100), 105.0, 120.0,
                ENDED, policy);

        assertThat(ratio.status()).isEqualTo(Status.GREEN);
        assertThat(mirror.status()).isEqualTo(Status.GREEN);
        assertThat(fromBaseline.status()).isEqualTo(Status.AMBER);
        assertThat(fromBaseline.achievement()).isCloseTo(75.0, within(1e-9));
    }
}
