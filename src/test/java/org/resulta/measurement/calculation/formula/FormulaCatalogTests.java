package org.resulta.measurement.calculation.formula;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.measurement.calculation.formula.FormulaFixtures.knowing;
import static org.resulta.measurement.calculation.formula.FormulaFixtures.values;

class FormulaCatalogTests {

    /** Stored indicators of the demo health department (DOH-01 visits, DOH-04 immunised children by sex F/M). */
    private static final ReferenceResolver STORED = knowing(Set.of("DOH-01", "DOH-02", "DOH-04"), Set.of("F", "M"));

    private static Map<String, IndicatorFormula> formulas(Object... codesAndFormulas) {
        Map<String, IndicatorFormula> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndFormulas.length; i += 2) {
            map.put((String) codesAndFormulas[i], (IndicatorFormula) codesAndFormulas[i + 1]);
        }
        return map;
    }

    private static IndicatorFormula expr(String text) {
        return IndicatorFormula.expression(text);
    }

    private static FormulaException refusal(Runnable definition) {
        FormulaException e = catchThrowableOfType(FormulaException.class, definition::run);
        assertThat(e).as("expected a refusal").isNotNull();
        return e;
    }

    // ---- unknown references

    @Test
    void refusesAnUnknownReferenceNamingItAndItsPosition() {
        FormulaException e = refusal(() -> FormulaCatalog.of(formulas("F-1", expr("#{DOH-01} + #{DOH-99}")), STORED));

        assertThat(e.term()).isEqualTo("#{DOH-99}");
        assertThat(e.position()).isEqualTo(13);
        assertThat(e.getMessage()).isEqualTo("Unknown reference #{DOH-99} in the numerator of F-1 at position 13: "
                + "no indicator, data element or combination by that name");
    }

    @Test
    void refusesAnUnknownCombination() {
        FormulaException e = refusal(() -> FormulaCatalog.of(formulas("F-1",
                IndicatorFormula.ratio("#{DOH-04.F}", "#{DOH-04.X}", 100)), STORED));

        assertThat(e.term()).isEqualTo("#{DOH-04.X}");
        assertThat(e.getMessage()).contains("in the denominator of F-1 at position 1");
    }

    @Test
    void acceptsReferencesToOtherFormulaIndicatorsOfTheCatalog() {
        FormulaCatalog catalog = FormulaCatalog.of(formulas("F-2", expr("#{F-1} * 2"), "F-1", expr("#{DOH-01} + 1")), STORED);

        assertThat(catalog.codes()).containsExactlyInAnyOrder("F-1", "F-2");
        assertThat(catalog.evaluationOrder()).containsExactly("F-1", "F-2");
    }

    @Test
    void readsADottedCodeAsOneIndicatorWhenTheCatalogHasIt() {
        FormulaCatalog catalog = FormulaCatalog.of(formulas("DOH.10", expr("#{DOH-01}"), "F-1", expr("#{DOH.10} + 1")), STORED);

        assertThat(catalog.evaluate("F-1", values("#{DOH-01}", 4)).value()).isEqualTo(5.0);
    }

    @Test
    void letsTheResolverReadAReferenceOtherwise() {
        ReferenceResolver uidToCode = reference -> reference.item().equals("fbfJHSPpUQD")
                ? Optional.of(new Reference("DOH-01", reference.combination(), reference.periodOffset())) : Optional.empty();
        FormulaCatalog catalog = FormulaCatalog.of(formulas("F-1", expr("#{fbfJHSPpUQD} / 2")), uidToCode);

        assertThat(catalog.formula("F-1").orElseThrow().references()).containsExactly(Reference.to("DOH-01"));
        assertThat(catalog.evaluate("F-1", values("#{DOH-01}", 10)).value()).isEqualTo(5.0);
    }

    // ---- cycles

    @Test
    void refusesAFormulaThatReferencesItself() {
        FormulaException e = refusal(() -> FormulaCatalog.of(formulas("F-1", expr("#{DOH-01} + #{F-1}")), STORED));

        assertThat(e.term()).isEqualTo("F-1 -> F-1");
        assertThat(e.position()).isEqualTo(13);
        assertThat(e.getMessage()).isEqualTo("F-1 references itself: #{F-1} in the numerator of F-1 at position 13");
    }

    @Test
    void refusesACycleThroughOtherFormulasNamingIt() {
        Map<String, IndicatorFormula> chain = formulas("A", expr("#{B} + 1"), "B", IndicatorFormula.ratio("#{DOH-01}", "#{C}", 100),
                "C", expr("#{DOH-02} - #{A}.periodOffset(-1)"));

        FormulaException e = refusal(() -> FormulaCatalog.of(chain, STORED));

        assertThat(e.term()).isEqualTo("A -> B -> C -> A");
        assertThat(e.getMessage()).startsWith("The formulas reference each other in a cycle: A -> B -> C -> A")
                .contains("#{B} in the numerator of A at position 1");
        assertThat(e.formulaCode()).isEqualTo("A");
        assertThat(e.part()).isEqualTo("numerator");
        assertThat(e.reference()).isEqualTo("#{B}");
        assertThat(e.position()).isEqualTo(1);
    }

    @Test
    void refusesANewFormulaThatClosesACycleNamingItFirst() {
        FormulaCatalog catalog = FormulaCatalog.of(formulas("A", expr("#{B}"), "B", expr("#{DOH-01}")),
                knowing(Set.of("DOH-01", "A"), Set.of("F")));

        FormulaException e = refusal(() -> catalog.with("B", IndicatorFormula.ratio("#{DOH-01}", "#{A.F}", 1)));

        assertThat(e.term()).isEqualTo("B -> A -> B");
        assertThat(e.formulaCode()).isEqualTo("B");
        assertThat(e.part()).isEqualTo("denominator");
        assertThat(e.reference()).isEqualTo("#{A.F}");
        assertThat(e.position()).isEqualTo(1);
        assertThat(catalog.formula("B").orElseThrow().numerator().text()).isEqualTo("#{DOH-01}");
    }

    @Test
    void asksTheResolverWhetherAFormulaIndicatorHasTheCombinationReferenced() {
        FormulaException e = refusal(() -> FormulaCatalog.of(formulas("A", expr("#{DOH-01}"), "B", expr("#{A.F}")), STORED));

        assertThat(e.term()).isEqualTo("#{A.F}");
    }

    @Test
    void acceptsADiamondWhichIsNoCycle() {
        FormulaCatalog catalog = FormulaCatalog.of(formulas("TOP", expr("#{L} + #{R}"), "L", expr("#{BASE} * 2"),
                "R", expr("#{BASE} * 3"), "BASE", expr("#{DOH-01}")), STORED);

        assertThat(catalog.evaluationOrder()).containsExactly("BASE", "L", "R", "TOP");
        assertThat(catalog.evaluate("TOP", values("#{DOH-01}", 2)).value()).isEqualTo(10.0);
    }

    // ---- evaluation through the catalog

    @Test
    void computesNestedFormulaIndicatorsFromStoredValues() {
        FormulaCatalog catalog = FormulaCatalog.of(formulas(
                "COVERAGE", IndicatorFormula.ratio("#{DOH-04}", "#{DOH-02}", 100),
                "COVERAGE-GAIN", expr("#{COVERAGE} - #{COVERAGE}.periodOffset(-1)")), STORED);
        ValueSource stored = values("#{DOH-04}", 45, "#{DOH-02}", 50, "#{DOH-04}.periodOffset(-1)", 40,
                "#{DOH-02}.periodOffset(-1)", 50);

        assertThat(catalog.evaluate("COVERAGE-GAIN", stored).value()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void narrowsTheOperandsOfAReferencedFormulaToTheCombinationAsked() {
        FormulaCatalog catalog = FormulaCatalog.of(formulas(
                "COVERAGE", IndicatorFormula.ratio("#{DOH-04}", "#{DOH-02}", 100),
                "SEX-GAP", expr("#{COVERAGE.F} - #{COVERAGE.M}")), knowing("DOH-02", "DOH-04", "COVERAGE"));
        ValueSource stored = values("#{DOH-04.F}", 45, "#{DOH-02.F}", 50, "#{DOH-04.M}", 40, "#{DOH-02.M}", 50);

        assertThat(catalog.evaluate("SEX-GAP", stored).value()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void explainsWhyAReferencedFormulaHasNoValue() {
        FormulaCatalog catalog = FormulaCatalog.of(formulas(
                "COVERAGE", IndicatorFormula.ratio("#{DOH-04}", "#{DOH-02}", 100), "DOUBLE", expr("#{COVERAGE} * 2")), STORED);

        FormulaValue v = catalog.evaluate("DOUBLE", values("#{DOH-04}", 5, "#{DOH-02}", 0));

        assertThat(v.hasValue()).isFalse();
        assertThat(v.reason()).isEqualTo("No value for #{COVERAGE} (#{COVERAGE}: Division by zero: the denominator #{DOH-02} is 0)");
    }
}
