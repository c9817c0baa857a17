package org.resulta.measurement.calculation.formula;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resulta.shared.RandomCases;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.measurement.calculation.formula.FormulaFixtures.value;
import static org.resulta.measurement.calculation.formula.FormulaFixtures.values;

class FormulaTests {

    private static final ValueSource NOTHING = reference -> null;

    // ---- arithmetic

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 + 2 * 3            | 7",
            "(1 + 2) * 3          | 9",
            "10 - 4 - 3           | 3",
            "24 / 4 / 2           | 3",
            "-3 + 5               | 2",
            "-(2 + 3) * 2         | -10",
            "2 * -3               | -6",
            "--4                  | 4",
            "+4                   | 4",
            "1.5e2 + .5           | 150.5",
            "7 \u2212 2 \u00d7 3 \u00f7 2 | 4",
    })
    void computesArithmeticWithTheUsualPrecedence(String formula, double expected) {
        assertThat(value(formula, NOTHING)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void readsReferencesToIndicatorsCombinationsAndDataElements() {
        Formula formula = Formula.parse("#{DOH-01} + #{DOH-04.F} * 2 - #{fbfJHSPpUQD.pq2XI5kz2BY} / #{fbfJHSPpUQD}");

        assertThat(formula.references()).containsExactly(Reference.to("DOH-01"), Reference.to("DOH-04", "F"),
                Reference.to("fbfJHSPpUQD", "pq2XI5kz2BY"), Reference.to("fbfJHSPpUQD"));
        assertThat(formula.evaluate(values("#{DOH-01}", 10, "#{DOH-04.F}", 3, "#{fbfJHSPpUQD.pq2XI5kz2BY}", 8,
                "#{fbfJHSPpUQD}", 4)).value()).isEqualTo(14.0);
    }

    @Test
    void readsTheShortFormOfAReferenceWithoutTheHash() {
        Formula formula = Formula.parse("{HLT-OPD-VISITS.F} / ({HLT-OPD-VISITS} - #{HLT-OPD-VISITS.F}) * 100");

        assertThat(formula.references()).containsExactly(Reference.to("HLT-OPD-VISITS", "F"),
                Reference.to("HLT-OPD-VISITS"));
        assertThat(formula.evaluate(values("#{HLT-OPD-VISITS.F}", 30, "#{HLT-OPD-VISITS}", 80)).value()).isEqualTo(60.0);
    }

    @Test
    void namesThePositionOfABadCharacterInAShortReference() {
        FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.parse("1 + {AB C}"));

        assertThat(e.position()).isEqualTo(8);
        assertThat(e.term()).isEqualTo("{AB C}");
    }

    @Test
    void namesATermLeftOverAfterACompleteFormula() {
        FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.parse("{DOH-04.F} 100"));

        assertThat(e.position()).isEqualTo(12);
        assertThat(e.term()).isEqualTo("100");
        assertThat(e.getMessage()).isEqualTo("Unexpected \"100\" at position 12 in \"{DOH-04.F} 100\": expected an operator or the end");
    }

    @Test
    void readsAPeriodOffsetAfterAReference() {
        Formula formula = Formula.parse("#{a1} - #{a1}.periodOffset(-1) + #{b2.c3}.periodOffset( 2 )");

        assertThat(formula.references()).containsExactly(Reference.to("a1"), new Reference("a1", null, -1),
                new Reference("b2", "c3", 2));
        assertThat(formula.evaluate(values("#{a1}", 50, "#{a1}.periodOffset(-1)", 40,
                "#{b2.c3}.periodOffset(2)", 1)).value()).isEqualTo(11.0);
    }

    @Test
    void listsEachReferenceOnceInTheOrderWritten() {
        assertThat(Formula.parse("#{B} + #{A} * #{B}").references()).containsExactly(Reference.to("B"), Reference.to("A"));
    }

    // ---- no value

    @Test
    void hasNoValueWhenDividingByZeroAndQuotesTheDenominator() {
        FormulaValue v = Formula.parse("#{A} / (#{B} - #{C})").evaluate(values("#{A}", 5, "#{B}", 3, "#{C}", 3));

        assertThat(v.hasValue()).isFalse();
        assertThat(v.reason()).isEqualTo("Division by zero: (#{B} - #{C}) is 0");
    }

    @Test
    void namesEveryMissingOperand() {
        FormulaValue v = Formula.parse("#{A} + #{B} + #{C.F}").evaluate(values("#{B}", 1));

        assertThat(v.hasValue()).isFalse();
        assertThat(v.reason()).isEqualTo("No value for #{A}, #{C.F}");
    }

    @Test
    void countsAMissingOperandAsZeroWhenAskedUnlessAllAreMissing() {
        Formula formula = Formula.parse("#{A} + #{B}");

        assertThat(formula.evaluate(values("#{B}", 7), MissingValues.ZERO_UNLESS_ALL_MISSING).value()).isEqualTo(7.0);
        assertThat(formula.evaluate(NOTHING, MissingValues.ZERO_UNLESS_ALL_MISSING).reason()).isEqualTo("No value for #{A}, #{B}");
    }

    @Test
    void treatsAnInfiniteOrNaNOperandAsMissing() {
        FormulaValue v = Formula.parse("#{A} + 1").evaluate(values("#{A}", Double.NaN));

        assertThat(v.reason()).isEqualTo("No value for #{A}");
    }

    @Test
    void hasNoValueRatherThanInfinityWhenTheResultOverflows() {
        FormulaValue v = Formula.parse("#{A} * #{A}").evaluate(values("#{A}", 1e200));

        assertThat(v.hasValue()).isFalse();
        assertThat(v.reason()).contains("too large");
    }

    // ---- syntax errors: position (1-based) and offending token

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 + * 2              | 5  | *",
            "#{A} #{B}            | 6  | #{B}",
            "(#{A} + 2            | 10 | ''",
            "#{A} + 2)            | 9  | )",
            "#{A} +               | 7  | ''",
            "#{A} + foo           | 8  | foo",
            "#{A} + #{B           | 8  | #{B",
            "#{}                  | 1  | #{}",
            "#{A B}               | 4  | #{A B}",
            "#{A.}                | 1  | #{A.}",
            "#{A}.sum(2)          | 5  | .sum",
            "#{A}.periodOffset(x) | 19 | x",
            "2 + R{Xyz}           | 5  | R{",
            "2 + C{X.y}           | 8  | C{X.y}",
            "1. + 2               | 1  | 1.",
    })
    void refusesASyntaxErrorNamingThePositionAndToken(String formula, int position, String token) {
        FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.parse(formula));

        assertThat(e).as(formula).isNotNull();
        assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
        assertThat(e.term()).as(e.getMessage()).isEqualTo(token);
        assertThat(e.getMessage()).contains("position " + position);
    }

    @Test
    void refusesAnEmptyFormula() {
        assertThatThrownBy(() -> Formula.parse("  ")).isInstanceOf(FormulaException.class).hasMessage("The formula is empty");
        assertThatThrownBy(() -> Formula.parse(null)).isInstanceOf(FormulaException.class);
    }

    @Test
    void explainsAnUnclosedParenthesis() {
        assertThatThrownBy(() -> Formula.parse("(#{A} + 2")).hasMessageContaining("Missing \")\" for the \"(\" at position 1");
    }

    // ---- property: what is printed, parsed and evaluated equals what was built

    @Test
    void evaluatesRandomExpressionsAsTheyWereBuilt() {
        RandomCases.check(500, (random, i) -> {
            double[] operands = {random.nextInt(19) - 9, random.nextInt(100) + 1, random.nextDouble() * 10};
            Expression expression = Expression.random(random, 4);
            ValueSource source = values("#{X0}", operands[0], "#{X1.F}", operands[1], "#{X2}.periodOffset(-1)", operands[2]);
            FormulaValue v = Formula.parse(expression.text).evaluate(source);
            double expected = expression.value(operands);

            if (Double.isFinite(expected)) {
                assertThat(v.value()).as(expression.text).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
            } else {
                assertThat(v.hasValue()).as(expression.text).isFalse();
                assertThat(v.reason()).as(expression.text).isNotBlank();
            }
        });
    }

    /** A random expression tree, printed with full parentheses, and its value computed directly. */
    private record Expression(String text, java.util.function.ToDoubleFunction<double[]> valueOf) {
        private static final String[] OPERANDS = {"#{X0}", "#{X1.F}", "#{X2}.periodOffset(-1)"};

        double value(double[] operands) {
            return valueOf.applyAsDouble(operands);
        }

        static Expression random(Random random, int depth) {
            int pick = depth == 0 ? random.nextInt(2) : random.nextInt(7);
            if (pick == 0) {
                int n = random.nextInt(50);
                return new Expression(String.valueOf(n), o -> n);
            }
            if (pick == 1) {
                int k = random.nextInt(3);
                return new Expression(OPERANDS[k], o -> o[k]);
            }
            if (pick == 2) {
                Expression inner = random(random, depth - 1);
                return new Expression("-(" + inner.text + ")", o -> -inner.value(o));
            }
            Expression l = random(random, depth - 1);
            Expression r = random(random, depth - 1);
            char op = "+-*/".charAt(pick - 3);
            return new Expression("(" + l.text + " " + op + " " + r.text + ")", o -> {
                double a = l.value(o);
                double b = r.value(o);
                return switch (op) {
                    case '+' -> a + b;
                    case '-' -> a - b;
                    case '*' -> a * b;
                    default -> b == 0 || Double.isNaN(a) ? Double.NaN : a / b;
                };
            });
        }
    }
}
