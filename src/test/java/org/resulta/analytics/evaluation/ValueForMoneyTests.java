package org.resulta.analytics.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Worked examples of DOMAIN.md 11.2 (a training program: PHP 2,000,000 for 400 trainees and 8 FTE, 300 employed
 * against a target of 320; the alternative B costs 1,500,000 for 220 employed; laptops bought at 9,500 against
 * 10,000 planned; a literacy impact of 10 points on a population of 5,000).
 */
class ValueForMoneyTests {

    @Test
    void computesEconomyAsActualOverPlannedUnitCost() {
        assertThat(ValueForMoney.economy(9_500, 10_000).value()).isCloseTo(0.95, within(1e-12));
    }

    @Test
    void computesEfficiencyAsCostPerOutput() {
        assertThat(ValueForMoney.costPerOutput(2_000_000, 400).value()).isCloseTo(5_000, within(1e-9));
    }

    @Test
    void computesProductivityAsOutputPerInputUnit() {
        assertThat(ValueForMoney.productivity(400, 8).value()).isCloseTo(50, within(1e-12));
    }

    @Test
    void computesEffectivenessAsOutcomeAttainmentInPercent() {
        assertThat(ValueForMoney.effectiveness(300, 320).value()).isCloseTo(93.75, within(1e-12));
    }

    @Test
    void computesCostEffectivenessAsCostPerOutcome() {
        assertThat(ValueForMoney.costEffectiveness(2_000_000, 300).value()).isCloseTo(6_666.67, within(0.01));
    }

    @Test
    void computesTheIncrementalRatioAgainstAnAlternative() {
        assertThat(ValueForMoney.incrementalCostEffectiveness(2_000_000, 300, 1_500_000, 220).value())
                .isCloseTo(6_250, within(1e-9));
    }

    @Test
    void computesImpactBasedCostEffectivenessFromDifferenceInDifferencesUnits() {
        double newlyLiterate = 10.0 * 5_000 / 100;

        assertThat(ValueForMoney.costEffectiveness(2_000_000, newlyLiterate).value()).isCloseTo(4_000, within(1e-9));
    }

    // ---- no value

    @Test
    void hasNoValueForAZeroDenominatorNamingIt() {
        assertThat(ValueForMoney.costPerOutput(2_000_000, 0).reason()).isEqualTo("The output is zero: no ratio");
        assertThat(ValueForMoney.economy(9_500, 0).reason()).isEqualTo("The planned unit cost is zero: no ratio");
        assertThat(ValueForMoney.effectiveness(300, 0).hasValue()).isFalse();
        assertThat(ValueForMoney.costEffectiveness(1, 0).hasValue()).isFalse();
    }

    @Test
    void hasNoIncrementalRatioWhenBothAlternativesHaveTheSameEffect() {
        assertThat(ValueForMoney.incrementalCostEffectiveness(2, 300, 1, 300).reason())
                .isEqualTo("A and B have the same effect: no incremental ratio");
    }

    @Test
    void hasNoValueForAMissingOrNegativeFigure() {
        assertThat(ValueForMoney.productivity(Double.NaN, 8).reason()).isEqualTo("No output");
        assertThat(ValueForMoney.costPerOutput(-5, 8).reason()).isEqualTo("The total cost is negative");
        assertThat(ValueForMoney.incrementalCostEffectiveness(1, 2, Double.POSITIVE_INFINITY, 1).reason()).isEqualTo("No cost of B");
    }

    @Test
    void hasNoValueRatherThanInfinityWhenTheRatioOverflows() {
        Figure f = ValueForMoney.costPerOutput(Double.MAX_VALUE, 1e-10);

        assertThat(f.hasValue()).isFalse();
        assertThat(f.reason()).contains("too large");
    }
}
