package org.resulta.measurement.calculation.formula;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.resulta.measurement.calculation.formula.FormulaFixtures.values;

/**
 * Named constants {@code C{X}}, the DHIS2 items and functions the engine does not compute, and formulas rewritten
 * from DHIS2 uids to Resulta codes.
 */
class FormulaConstantTests {

    /** Knows DOH-01 and DOH-02, the constant POP-SHARE (uid xxY7dZs4z3a) = 0.25, and nothing else. */
    private static final ReferenceResolver RESOLVER = new ReferenceResolver() {
        @Override
        public Optional<Reference> resolve(Reference reference) {
            return Set.of("DOH-01", "DOH-02").contains(reference.item()) ? Optional.of(reference) : Optional.empty();
        }

        @Override
        public Optional<Double> constant(String key) {
            return Set.of("POP-SHARE", "xxY7dZs4z3a").contains(key) ? Optional.of(0.25) : Optional.empty();
        }
    };

    private static FormulaCatalog define(String numerator, String denominator) {
        IndicatorFormula formula = denominator == null ? IndicatorFormula.expression(numerator)
                : IndicatorFormula.ratio(numerator, denominator, 100);
        return FormulaCatalog.of(Map.of("RATE", formula), RESOLVER);
    }

    @Test
    void evaluatesAConstantByCodeOrDhis2Uid() {
        FormulaCatalog catalog = define("#{DOH-01}", "#{DOH-02} * C{POP-SHARE}");
        // 30 / (600 x 0.25) x 100 = 20
        assertThat(catalog.evaluate("RATE", values("#{DOH-01}", 30, "#{DOH-02}", 600)).value()).isEqualTo(20.0);
        FormulaCatalog byUid = define("C{xxY7dZs4z3a} * 8 + #{DOH-01}", null);
        assertThat(byUid.evaluate("RATE", values("#{DOH-01}", 1)).value()).isEqualTo(3.0);
    }

    @Test
    void listsTheConstantsAFormulaWrites() {
        assertThat(Formula.parse("C{A} + #{DOH-01} * C{B-2} - C{A}").constants()).containsExactly("A", "B-2");
        assertThat(Formula.parse("C{A} + #{DOH-01}").references()).containsExactly(Reference.to("DOH-01"));
    }

    @Test
    void aConstantWithoutValueGivesNoValueNamingIt() {
        assertThat(Formula.parse("1 + C{NOWHERE}").evaluate(values()).reason()).isEqualTo("No value for the constant C{NOWHERE}");
    }

    @Test
    void refusesAnUnknownConstantNamingItAndItsPosition() {
        FormulaException e = catchThrowableOfType(FormulaException.class, () -> define("#{DOH-01}", "#{DOH-02} * C{NO-SUCH}"));
        assertThat(e.position()).isEqualTo(13);
        assertThat(e.term()).isEqualTo("C{NO-SUCH}");
        assertThat(e.part()).isEqualTo("denominator");
        assertThat(e.getMessage()).isEqualTo("Unknown constant C{NO-SUCH} in the denominator of RATE at position 13: "
                + "no constant has that code or DHIS2 uid");
    }

    @Test
    void refusesAMalformedConstant() {
        FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.parse("2 * C{A.B}"));
        assertThat(e.position()).isEqualTo(8);
        assertThat(e.getMessage()).contains("Unexpected \".\" in the constant C{A.B}");
        assertThat(catchThrowableOfType(FormulaException.class, () -> Formula.parse("C{A}.periodOffset(-1)")).getMessage())
                .startsWith("Unknown function .periodOffset at position 5: a constant takes no function");
    }

    @Test
    void refusesDhis2ItemsAndFunctionsTheEngineDoesNotComputeNamingThemAndTheirPosition() {
        FormulaException item = catchThrowableOfType(FormulaException.class, () -> Formula.parse("#{DOH-01} / I{Uvn6LCg7dVU}"));
        assertThat(item.position()).isEqualTo(13);
        assertThat(item.term()).isEqualTo("I{");
        assertThat(item.getMessage()).startsWith("The DHIS2 item I{...} at position 13 is not supported");
        FormulaException function = catchThrowableOfType(FormulaException.class, () -> Formula.parse("if(#{DOH-01} > 0, 1, 0)"));
        assertThat(function.position()).isEqualTo(1);
        assertThat(function.term()).isEqualTo("if(");
        assertThat(function.getMessage()).startsWith("The function if() at position 1 is not supported");
        FormulaException days = catchThrowableOfType(FormulaException.class, () -> Formula.parse("#{DOH-01} * [days]"));
        assertThat(days.term()).isEqualTo("[days]");
        assertThat(days.position()).isEqualTo(13);
    }

    @Test
    void keepsThePeriodOffsetOfADhis2Operand() {
        Formula formula = Formula.parse("#{f0OdNefj3RN.wSeXRnhWPMd}.periodOffset(-1) + #{OkeJwW1W7a9}");
        assertThat(formula.references()).containsExactly(new Reference("f0OdNefj3RN", "wSeXRnhWPMd", -1),
                Reference.to("OkeJwW1W7a9"));
    }

    @Test
    void rewritesDhis2OperandsInResultaCodesKeepingTheRestOfTheText() {
        Formula formula = Formula.parse("(#{f0OdNefj3RN.wSeXRnhWPMd}.periodOffset(-1) + #{OkeJwW1W7a9}) * C{POP-SHARE} + #{DOH-01}");
        String rewritten = formula.rewritten(Map.of(
                new Reference("f0OdNefj3RN", "wSeXRnhWPMd", -1), new Reference("TB-NEW", "F", -1),
                Reference.to("OkeJwW1W7a9"), Reference.to("TB-ALL")));
        assertThat(rewritten).isEqualTo("(#{TB-NEW.F}.periodOffset(-1) + #{TB-ALL}) * C{POP-SHARE} + #{DOH-01}");
        assertThat(Formula.parse(rewritten).evaluate(values("#{TB-NEW.F}.periodOffset(-1)", 3, "#{TB-ALL}", 5,
                "#{DOH-01}", 1)).reason()).isEqualTo("No value for the constant C{POP-SHARE}");
    }
}
