package org.resulta.measurement.calculation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrafficLightPolicyTests {

    /** The common government default of DOMAIN.md 13.3, with the PH cap of 130. */
    private final TrafficLightPolicy policy = new TrafficLightPolicy(90, 75, 130);

    @ParameterizedTest(name = "{0}% is {1}")
    @CsvSource({
            "130,    GREEN",
            "100,    GREEN",
            "90,     GREEN",
            "89.999, AMBER",
            "80,     AMBER",
            "75,     AMBER",
            "74.999, RED",
            "0,      RED"})
    void classifiesWithInclusiveLowerThresholds(double achievement, Status expected) {
        assertThat(policy.classify(achievement)).isEqualTo(expected);
    }

    @Test
    void capsAchievementAboveTheCapOnly() {
        assertThat(policy.capped(250)).isEqualTo(130.0);
        assertThat(policy.capped(130)).isEqualTo(130.0);
        assertThat(policy.capped(120)).isEqualTo(120.0);
        assertThat(policy.capped(0)).isEqualTo(0.0);
    }

    @Test
    void acceptsEqualThresholdsAndCap() {
        TrafficLightPolicy strict = new TrafficLightPolicy(100, 100, 100);

        assertThat(strict.classify(100)).isEqualTo(Status.GREEN);
        assertThat(strict.classify(99.9)).isEqualTo(Status.RED);
    }

    @ParameterizedTest(name = "green {0}, amber {1}, cap {2} refused")
    @CsvSource({
            "75,  90, 130",
            "90,  -1, 130",
            "90,  75,  80",
            "NaN, 75, 130",
            "90, NaN, 130",
            "90,  75, NaN"})
    void refusesThresholdsOutOfOrder(double green, double amber, double cap) {
        assertThatThrownBy(() -> new TrafficLightPolicy(green, amber, cap))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amber <= green <= cap");
    }
}
