package org.resulta.exchange.values;

import org.junit.jupiter.api.Test;
import org.resulta.measurement.CategoryKind;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.shared.PeriodType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** How DHIS2 categories, options and data elements are named and read as Resulta's (no Spring). */
class Dhis2DataElementImportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void keepsADhis2CodeResultaCanUseAsACategoryOrOptionCode() {
        assertThat(Dhis2DataElementImport.resultaCode(node("{\"id\":\"UPvKbcqTEY3\",\"code\":\"P0Y--P4Y\",\"name\":\"0-4 years\"}")))
                .isEqualTo("P0Y--P4Y");
        assertThat(Dhis2DataElementImport.resultaCode(node("{\"id\":\"FRwO58KwwJt\",\"code\":\"SEX\",\"name\":\"Sex\"}")))
                .isEqualTo("SEX");
    }

    @Test
    void turnsUnderscoresAndOtherCharactersOfACodeIntoDashes() {
        assertThat(Dhis2DataElementImport.resultaCode(node("{\"id\":\"w2uGM3Xc6jh\",\"code\":\"TB_RECURRENT\",\"name\":\"Recurrent\"}")))
                .isEqualTo("TB-RECURRENT");
    }

    @Test
    void derivesACodeFromTheNameWhenThereIsNoCode() {
        assertThat(Dhis2DataElementImport.resultaCode(node("{\"id\":\"yR3qwUKr4cE\",\"name\":\"BDQ-susceptibility (TB)\"}")))
                .isEqualTo("BDQ-susceptibility-TB");
        assertThat(Dhis2DataElementImport.resultaCode(node("{\"id\":\"MI6xztQrhtM\",\"name\":\"TB - Age, sex\"}")))
                .isEqualTo("TB-Age-sex");
    }

    @Test
    void fallsBackToTheUidWhenTheNameHasNoLetterOrDigit() {
        assertThat(Dhis2DataElementImport.resultaCode(node("{\"id\":\"aBcDeFgHiJ1\",\"name\":\"+++\"}")))
                .isEqualTo("aBcDeFgHiJ1");
    }

    @Test
    void clipsALongDerivedCodeToFiftyCharactersWithoutATrailingDash() {
        String code = Dhis2DataElementImport.resultaCode(node("{\"id\":\"aBcDeFgHiJ1\",\"name\":\""
                + "An extremely long category name that goes on - and on beyond fifty characters\"}"));
        assertThat(code).hasSizeLessThanOrEqualTo(50).doesNotEndWith("-").startsWith("An-extremely-long-category");
    }

    @Test
    void guessesTheKindOfACategoryFromItsName() {
        assertThat(Dhis2DataElementImport.kind("Sex", "SEX")).isEqualTo(CategoryKind.SEX);
        assertThat(Dhis2DataElementImport.kind("TB - Age", "TB-Age")).isEqualTo(CategoryKind.AGE_GROUP);
        assertThat(Dhis2DataElementImport.kind("TB - TX outcome", "TB-TX-outcome")).isEqualTo(CategoryKind.CUSTOM);
        assertThat(Dhis2DataElementImport.kind("Disability status", "DIS")).isEqualTo(CategoryKind.DISABILITY);
        assertThat(Dhis2DataElementImport.kind("Average page count", "AVG")).isEqualTo(CategoryKind.CUSTOM);
    }

    @Test
    void readsDhis2AggregationTypesAsMethodsOverUnitsAndOverTime() {
        assertThat(Dhis2DataElementImport.aggregation("SUM"))
                .containsExactly(AggregationMethod.SUM, AggregationMethod.SUM);
        assertThat(Dhis2DataElementImport.aggregation("AVERAGE_SUM_ORG_UNIT"))
                .containsExactly(AggregationMethod.SUM, AggregationMethod.AVERAGE);
        assertThat(Dhis2DataElementImport.aggregation("LAST_AVERAGE_ORG_UNIT"))
                .containsExactly(AggregationMethod.AVERAGE, AggregationMethod.LAST);
        assertThat(Dhis2DataElementImport.aggregation("NONE")).containsExactly(null, null);
    }

    @Test
    void readsDhis2PeriodTypesResultaHasAndNoOthers() {
        assertThat(Dhis2DataElementImport.periodType("Quarterly")).isEqualTo(PeriodType.QUARTERLY);
        assertThat(Dhis2DataElementImport.periodType("SixMonthly")).isEqualTo(PeriodType.SEMESTRAL);
        assertThat(Dhis2DataElementImport.periodType("FinancialJuly")).isEqualTo(PeriodType.FINANCIAL_YEAR);
        assertThat(Dhis2DataElementImport.periodType("Weekly")).isNull();
    }

    private static JsonNode node(String json) {
        return JSON.readTree(json);
    }
}
