package org.resulta.exchange.values;

import org.junit.jupiter.api.Test;
import org.resulta.measurement.calculation.formula.Reference;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DHIS2 operands of formulas read through the DHIS2 mapping. */
class Dhis2FormulaIdentifiersTests {

    private static final Dhis2Translation MAPPING = new Dhis2Translation(new Dhis2Mapping(List.of(
            new Dhis2Mapping.Entry(Dhis2Mapping.Kind.DATA_ELEMENT, "f0OdNefj3RN", "NEW-CASES"),
            new Dhis2Mapping.Entry(Dhis2Mapping.Kind.DATA_ELEMENT, "OkeJwW1W7a9", "POPULATION"),
            new Dhis2Mapping.Entry(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, "wSeXRnhWPMd", "F"))));

    @Test
    void translatesADataElementOperandKeepingItsPeriodOffset() {
        assertThat(Dhis2FormulaIdentifiers.translate(MAPPING, new Reference("f0OdNefj3RN", "wSeXRnhWPMd", -1)))
                .contains(new Reference("NEW-CASES", "F", -1));
        assertThat(Dhis2FormulaIdentifiers.translate(MAPPING, Reference.to("OkeJwW1W7a9")))
                .contains(Reference.to("POPULATION"));
    }

    @Test
    void readsTheDefaultComboAsTheWholeIndicator() {
        assertThat(Dhis2FormulaIdentifiers.translate(MAPPING, Reference.to("OkeJwW1W7a9", "HllvX50cXC0")))
                .contains(Reference.to("POPULATION"));
    }

    @Test
    void translatesNothingWhenTheDataElementOrTheComboIsNotMapped() {
        assertThat(Dhis2FormulaIdentifiers.translate(MAPPING, Reference.to("Zz9Zz9Zz9Zz"))).isEmpty();
        assertThat(Dhis2FormulaIdentifiers.translate(MAPPING, Reference.to("f0OdNefj3RN", "Qq1Qq1Qq1Qq"))).isEmpty();
    }

    @Test
    void knowsTheFormOfADhis2Uid() {
        Dhis2FormulaIdentifiers identifiers = new Dhis2FormulaIdentifiers(null);
        assertThat(identifiers.hasIdentifierForm("f0OdNefj3RN")).isTrue();
        assertThat(identifiers.hasIdentifierForm("DOH-04")).isFalse();
        assertThat(identifiers.hasIdentifierForm("1f0OdNefj3R")).isFalse();
    }
}
