package org.resulta.measurement.calculation.formula;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.measurement.calculation.formula.FormulaFixtures.values;

/**
 * The formulas of real DHIS2 metadata: the WHO TB notifications and outcomes package for DHIS2 2.41.4
 * ({@code ../shared/data/dhis2/TB_AGG_NO_metadata_DHIS2.41.4.json}, or the excerpt in {@code src/test/resources/dhis2},
 * see its README). Every indicator numerator and denominator, and every validation rule side, must parse, and every
 * operand must name a data element (and category option combo) of the same file.
 */
class Dhis2FormulaTests {

    private static final Path FULL = Path.of("..", "shared", "data", "dhis2", "TB_AGG_NO_metadata_DHIS2.41.4.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The metadata file as the formula catalog sees it. */
    private record Metadata(JsonNode root, Set<String> dataElements, Set<String> optionCombos, Map<String, Double> factors) {

        static Metadata read(JsonNode root) {
            Set<String> dataElements = ids(root.path("dataElements"));
            Set<String> combos = ids(root.path("categoryOptionCombos"));
            Map<String, Double> factors = new HashMap<>();
            root.path("indicatorTypes").forEach(t -> factors.put(t.path("id").asString(), t.path("factor").asDouble()));
            return new Metadata(root, dataElements, combos, factors);
        }

        private static Set<String> ids(JsonNode array) {
            Set<String> ids = new HashSet<>();
            array.forEach(n -> ids.add(n.path("id").asString()));
            return ids;
        }

        /** Knows a data element ({@code #{uid}}) or data element operand ({@code #{uid.comboUid}}) of this file. */
        ReferenceResolver resolver() {
            return reference -> dataElements.contains(reference.item())
                    && (!reference.hasCombination() || optionCombos.contains(reference.combination()))
                    ? Optional.of(reference) : Optional.empty();
        }

        Map<String, IndicatorFormula> indicators() {
            Map<String, IndicatorFormula> formulas = new LinkedHashMap<>();
            root.path("indicators").forEach(i -> formulas.put(i.path("code").asString(), IndicatorFormula.ratio(
                    i.path("numerator").asString(), i.path("denominator").asString(),
                    factors.get(i.path("indicatorType").path("id").asString()))));
            return formulas;
        }
    }

    private static Metadata full() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FULL), "Skipped: " + FULL.toAbsolutePath().normalize()
                + " is absent (the shared data folder is not checked out beside this worktree)");
        return Metadata.read(JSON.readTree(FULL.toFile()));
    }

    private static Metadata excerpt() throws IOException {
        try (InputStream in = Dhis2FormulaTests.class.getResourceAsStream("/dhis2/tb-indicators-excerpt.json")) {
            return Metadata.read(JSON.readTree(in));
        }
    }

    @Test
    void definesEveryIndicatorOfTheTbPackageWithEachOperandADataElementOfTheFile() throws IOException {
        Metadata tb = full();
        Map<String, IndicatorFormula> indicators = tb.indicators();

        FormulaCatalog catalog = FormulaCatalog.of(indicators, tb.resolver());

        assertThat(catalog.codes()).hasSize(173);
        int operands = 0;
        for (IndicatorFormula formula : indicators.values()) {
            for (Reference reference : formula.references()) {
                assertThat(tb.dataElements()).as(reference.text()).contains(reference.item());
                if (reference.hasCombination()) {
                    assertThat(tb.optionCombos()).as(reference.text()).contains(reference.combination());
                }
                operands++;
            }
        }
        assertThat(operands).isGreaterThan(300);
        assertThat(indicators.values().stream().flatMap(f -> f.references().stream()).filter(r -> r.periodOffset() != 0))
                .as("the outcome indicators look back with periodOffset").isNotEmpty();
    }

    @Test
    void parsesBothSidesOfEveryValidationRuleOfTheTbPackage() throws IOException {
        Metadata tb = full();
        Map<String, IndicatorFormula> sides = new LinkedHashMap<>();
        tb.root().path("validationRules").forEach(rule -> {
            String name = rule.path("name").asString();
            sides.put(name + " (left)", IndicatorFormula.expression(rule.path("leftSide").path("expression").asString()));
            sides.put(name + " (right)", IndicatorFormula.expression(rule.path("rightSide").path("expression").asString()));
        });

        assertThat(FormulaCatalog.of(sides, tb.resolver()).codes()).hasSize(46);
    }

    @Test
    void refusesTheTbPackageWhenOneOfItsDataElementsIsUnknown() throws IOException {
        Metadata tb = excerpt();
        Set<String> lessOne = new HashSet<>(tb.dataElements());
        lessOne.remove("RKeoBbjqF8z");
        Metadata broken = new Metadata(tb.root(), lessOne, tb.optionCombos(), tb.factors());

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(FormulaException.class,
                () -> FormulaCatalog.of(broken.indicators(), broken.resolver())).term()).isEqualTo("#{RKeoBbjqF8z}");
    }

    @Test
    void definesTheExcerptsIndicatorsWithTheirFactors() throws IOException {
        Metadata tb = excerpt();

        FormulaCatalog catalog = FormulaCatalog.of(tb.indicators(), tb.resolver());

        assertThat(catalog.codes()).containsExactlyInAnyOrder("TB_HIV_POSITIVE_PCT", "TB_HIV_TEST", "TB_OUT_TX_SUC_PERC",
                "TB_RATE_RATIO_0004_0514", "TB_PTB_RECURRENT_IN_NEW_PTB_EPS");
        assertThat(catalog.formula("TB_HIV_POSITIVE_PCT").orElseThrow().factor()).isEqualTo(100.0);
        assertThat(catalog.formula("TB_OUT_TX_SUC_PERC").orElseThrow().references()).allMatch(r -> r.periodOffset() == 2);
    }

    /**
     * Worked example on the excerpt: "TB - HIV+ TB cases (new episodes, all forms) (%)" is
     * {@code #{eO8nthpRoT4} / #{FMLmCNm7QTf} x 100} (indicator type "Percentage", factor 100). With 18 HIV-positive
     * cases among 240 with a documented HIV status: 18 / 240 x 100 = 7.5%. "TB - HIV status documented" is the count
     * over the denominator 1 with factor 1: 240.
     */
    @Test
    void computesATbIndicatorFromItsDataElements() throws IOException {
        Metadata tb = excerpt();
        FormulaCatalog catalog = FormulaCatalog.of(tb.indicators(), tb.resolver());
        ValueSource district = values("#{eO8nthpRoT4}", 18, "#{FMLmCNm7QTf}", 240);

        assertThat(catalog.evaluate("TB_HIV_POSITIVE_PCT", district).value()).isCloseTo(7.5, within(1e-12));
        assertThat(catalog.evaluate("TB_HIV_TEST", district).value()).isEqualTo(240.0);
    }
}
