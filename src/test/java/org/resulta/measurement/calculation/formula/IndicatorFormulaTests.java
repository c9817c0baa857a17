package org.resulta.measurement.calculation.formula;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.measurement.calculation.formula.FormulaFixtures.summed;
import static org.resulta.measurement.calculation.formula.FormulaFixtures.values;

class IndicatorFormulaTests {

    private static final IndicatorFormula PERMITS_WITHIN_3_DAYS = IndicatorFormula.ratio("#{PERMITS-FAST}", "#{PERMITS}", 100);

    /**
     * Worked example, DOMAIN.md 13.4 and 13.5: "% of permits processed within 3 days" from four offices reporting
     * 80/100, 170/200, 90/100 and 95/100. From the summed components: (80 + 170 + 90 + 95) / 500 x 100 = 87.0%;
     * the mean of the four rates would be the wrong 87.5%.
     */
    @Test
    void computesTheRatioFromAggregatedComponentsNotTheMeanOfRates() {
        List<ValueSource> offices = List.of(office(80, 100), office(170, 200), office(90, 100), office(95, 100));

        FormulaValue region = PERMITS_WITHIN_3_DAYS.evaluate(summed(offices));

        assertThat(region.value()).isCloseTo(87.0, within(1e-9));
        assertThat(region.numerator()).isEqualTo(435.0);
        assertThat(region.denominator()).isEqualTo(500.0);
        double meanOfRates = offices.stream().mapToDouble(o -> PERMITS_WITHIN_3_DAYS.evaluate(o).value()).average().orElseThrow();
        assertThat(meanOfRates).isCloseTo(87.5, within(1e-9));
    }

    private static ValueSource office(int fast, int all) {
        return values("#{PERMITS-FAST}", fast, "#{PERMITS}", all);
    }

    @Test
    void multipliesByTheFactorOfTheIndicatorType() {
        IndicatorFormula perHundredThousand = IndicatorFormula.ratio("#{DEATHS}", "#{POPULATION}", 100_000);

        assertThat(perHundredThousand.evaluate(values("#{DEATHS}", 12, "#{POPULATION}", 400_000)).value())
                .isCloseTo(3.0, within(1e-12));
    }

    @Test
    void computesAnExpressionWithoutDenominator() {
        IndicatorFormula gap = IndicatorFormula.expression("#{DOH-04.F} - #{DOH-04.M}");

        assertThat(gap.isRatio()).isFalse();
        assertThat(gap.evaluate(values("#{DOH-04.F}", 130, "#{DOH-04.M}", 120)).value()).isEqualTo(10.0);
    }

    @Test
    void hasNoValueWhenTheDenominatorIsZeroButKeepsTheNumerator() {
        FormulaValue v = PERMITS_WITHIN_3_DAYS.evaluate(values("#{PERMITS-FAST}", 0, "#{PERMITS}", 0));

        assertThat(v.hasValue()).isFalse();
        assertThat(v.reason()).isEqualTo("Division by zero: the denominator #{PERMITS} is 0");
        assertThat(v.numerator()).isEqualTo(0.0);
        assertThat(v.denominator()).isEqualTo(0.0);
    }

    @Test
    void saysWhichPartLacksAValue() {
        assertThat(PERMITS_WITHIN_3_DAYS.evaluate(values("#{PERMITS}", 10)).reason()).isEqualTo("Numerator: No value for #{PERMITS-FAST}");
        assertThat(PERMITS_WITHIN_3_DAYS.evaluate(values("#{PERMITS-FAST}", 10)).reason()).isEqualTo("Denominator: No value for #{PERMITS}");
    }

    @Test
    void listsTheReferencesOfBothParts() {
        IndicatorFormula f = IndicatorFormula.ratio("#{A} + #{B}", "#{B} + #{C}", 1);

        assertThat(f.references()).containsExactly(Reference.to("A"), Reference.to("B"), Reference.to("C"));
    }

    @Test
    void refusesAFactorOfZeroOrNotANumber() {
        assertThatThrownBy(() -> IndicatorFormula.ratio("#{A}", "#{B}", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorFormula.ratio("#{A}", "#{B}", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASyntaxErrorInTheDenominator() {
        assertThatThrownBy(() -> IndicatorFormula.ratio("#{A}", "#{B} +", 100)).isInstanceOf(FormulaException.class)
                .hasMessageContaining("position 7");
    }
}
