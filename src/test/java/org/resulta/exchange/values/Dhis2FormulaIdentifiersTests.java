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
    void saysWhichUidTheMappingLacks() {
        assertThat(Dhis2FormulaIdentifiers.whyUntranslated(MAPPING, Reference.to("Zz9Zz9Zz9Zz")))
                .hasValueSatisfying(why -> assertThat(why).startsWith("no indicator has the code Zz9Zz9Zz9Zz and the "
                        + "DHIS2 mapping has no data element Zz9Zz9Zz9Zz"));
        assertThat(Dhis2FormulaIdentifiers.whyUntranslated(MAPPING, Reference.to("f0OdNefj3RN", "Qq1Qq1Qq1Qq")))
                .contains("the DHIS2 mapping has no category option combination Qq1Qq1Qq1Qq, or maps it to a "
                        + "combination indicator NEW-CASES does not have");
    }

    @Test
    void saysNothingOfAnOperandNotWrittenWithDhis2Uids() {
        assertThat(Dhis2FormulaIdentifiers.whyUntranslated(MAPPING, Reference.to("DOH-04"))).isEmpty();
        assertThat(Dhis2FormulaIdentifiers.whyUntranslated(MAPPING, Reference.to("1f0OdNefj3R"))).isEmpty();
    }
}
