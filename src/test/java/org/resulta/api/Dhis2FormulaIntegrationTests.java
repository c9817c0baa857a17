package org.resulta.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.PerformanceData;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.ResultsFramework;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.resulta.api.ApiRequests.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Formulas written as DHIS2 writes them (issue 4 part 2): data element and category option combo uids read through
 * the stored DHIS2 mapping, named constants {@code C{..}} kept in {@code /api/v1/constants}, and
 * {@code .periodOffset(n)}. On top of the small government:
 * <pre>
 * DHIS2 mapping: data element f0OdNefj3RN -> NEW-CASES (by sex), OkeJwW1W7a9 -> POPULATION; combo wSeXRnhWPMd -> F
 * constant SCALE (uid bWq9sdGb4uB) = 2
 * CASE-RATE = #{f0OdNefj3RN.wSeXRnhWPMd} * C{bWq9sdGb4uB} / #{OkeJwW1W7a9} x 100
 *   2025Q3   HEALTH-N F 12 (M 30), population 400   -> 12 x 2 / 400 x 100 = 6
 *            HEALTH-S F  8 (M 10), population 600   ->  8 x 2 / 600 x 100 = 2.667
 *            HEALTH   F 20,        population 1000  -> 20 x 2 / 1000 x 100 = 4 (a ratio of sums)
 * PREVIOUS-F = #{f0OdNefj3RN.wSeXRnhWPMd}.periodOffset(-1): in 2025Q4 at HEALTH-N, the 12 of 2025Q3
 * </pre>
 * {@code PostgresDhis2FormulaIntegrationTests} runs the same tests on PostgreSQL.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dhis2-formula-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Dhis2FormulaIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationStructure organisation;
    @Autowired
    ResultsFramework results;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PerformanceData data;
    @Autowired
    UserAccounts users;
    @Autowired
    UserDetailsService accounts;

    private ApiRequests api;

    @BeforeAll
    void buildGovernmentWithADhis2Formula() throws Exception {
        api = new ApiRequests(mvc);
        new GovernmentFixtures(organisation, results, catalog, data, users, accounts).buildSmallGovernment();
        asAdmin(json(post("/api/v1/categories"), "{\"code\":\"SEX\",\"name\":\"Sex\",\"kind\":\"SEX\","
                + "\"options\":[{\"code\":\"F\",\"name\":\"Female\"},{\"code\":\"M\",\"name\":\"Male\"}]}"))
                .andExpect(status().isCreated());
        asAdmin(json(post("/api/v1/disaggregations"), "{\"code\":\"sex\",\"name\":\"Sex\",\"categoryCodes\":[\"SEX\"]}"))
                .andExpect(status().isCreated());
        indicator("NEW-CASES", "NUMBER", "\"disaggregationCode\":\"sex\"");
        indicator("POPULATION", "NUMBER", null);
        indicator("CASE-RATE", "PERCENTAGE", null);
        indicator("PREVIOUS-F", "NUMBER", null);
        asAdmin(json(put("/api/v1/dhis2/mapping"), """
                {"entries":[{"kind":"DATA_ELEMENT","dhis2Id":"f0OdNefj3RN","resultaCode":"NEW-CASES"},
                 {"kind":"DATA_ELEMENT","dhis2Id":"OkeJwW1W7a9","resultaCode":"POPULATION"},
                 {"kind":"CATEGORY_OPTION_COMBO","dhis2Id":"wSeXRnhWPMd","resultaCode":"F"}]}"""))
                .andExpect(status().isOk());
        asAdmin(json(post("/api/v1/constants"),
                "{\"code\":\"SCALE\",\"dhis2Id\":\"bWq9sdGb4uB\",\"name\":\"Scale\",\"value\":2}"))
                .andExpect(status().isCreated());
        cases("HEALTH-N", 12, 30, 400);
        cases("HEALTH-S", 8, 10, 600);
        asAdmin(json(put("/api/v1/indicators/CASE-RATE/formula"), """
                {"numerator":"#{f0OdNefj3RN.wSeXRnhWPMd} * C{bWq9sdGb4uB}","denominator":"#{OkeJwW1W7a9}","factor":100}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value("#{NEW-CASES.F} * C{bWq9sdGb4uB}"))
                .andExpect(jsonPath("$.denominator").value("#{POPULATION}"));
    }

    // ---- DHIS2 uids

    @Test
    void storesADhis2FormulaInResultaCodes() throws Exception {
        asAdmin(get("/api/v1/indicators/CASE-RATE/formula"))
                .andExpect(jsonPath("$.references", contains("#{NEW-CASES.F}", "#{POPULATION}")));
    }

    @Test
    void computesADhis2FormulaFromActualsAsARatioOfSums() throws Exception {
        rate("HEALTH-N", "2025Q3", 6.0);
        rate("HEALTH-S", "2025Q3", 8.0 * 2 / 600 * 100);
        rate("HEALTH", "2025Q3", 4.0);
    }

    @Test
    void readsAPeriodOffsetOfADhis2Operand() throws Exception {
        asAdmin(json(put("/api/v1/indicators/PREVIOUS-F/formula"),
                "{\"numerator\":\"#{f0OdNefj3RN.wSeXRnhWPMd}.periodOffset(-1)\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value("#{NEW-CASES.F}.periodOffset(-1)"));
        asAdmin(get("/api/v1/scorecards/HEALTH-N").param("period", "2025Q4"))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='PREVIOUS-F')].actual", contains(closeTo(12.0, 1e-9))));
    }

    @Test
    void refusesAnUnmappedDataElementNamingItsUidAndPosition() throws Exception {
        refused("{\"numerator\":\"#{OkeJwW1W7a9} + #{Zz9Zz9Zz9Zz}\"}")
                .andExpect(jsonPath("$.rule").value("formula-unknown-reference"))
                .andExpect(jsonPath("$.term").value("#{Zz9Zz9Zz9Zz}"))
                .andExpect(jsonPath("$.position").value(18))
                .andExpect(jsonPath("$.detail", containsString("the DHIS2 mapping has no data element Zz9Zz9Zz9Zz")));
    }

    @Test
    void refusesAnUnmappedCategoryOptionComboNamingIt() throws Exception {
        refused("{\"numerator\":\"#{f0OdNefj3RN.Qq1Qq1Qq1Qq}\"}")
                .andExpect(jsonPath("$.term").value("#{f0OdNefj3RN.Qq1Qq1Qq1Qq}"))
                .andExpect(jsonPath("$.position").value(1))
                .andExpect(jsonPath("$.detail", containsString("the DHIS2 mapping has no category option combination Qq1Qq1Qq1Qq")));
    }

    @Test
    void refusesAFunctionTheEngineDoesNotComputeNamingIt() throws Exception {
        refused("{\"numerator\":\"#{OkeJwW1W7a9} * isNull(#{OkeJwW1W7a9})\"}")
                .andExpect(jsonPath("$.rule").value("formula-syntax"))
                .andExpect(jsonPath("$.term").value("isNull("))
                .andExpect(jsonPath("$.position").value(18))
                .andExpect(jsonPath("$.detail", containsString("function isNull() at position 18 is not supported")));
    }

    // ---- constants

    @Test
    void refusesAnUnknownConstantNamingIt() throws Exception {
        refused("{\"numerator\":\"#{OkeJwW1W7a9} * C{NOPE}\"}")
                .andExpect(jsonPath("$.rule").value("formula-unknown-constant"))
                .andExpect(jsonPath("$.term").value("C{NOPE}"))
                .andExpect(jsonPath("$.position").value(18))
                .andExpect(jsonPath("$.detail", containsString("Unknown constant C{NOPE}")));
    }

    @Test
    void listsAndReadsConstantsWithTheFormulasUsingThem() throws Exception {
        asAdmin(get("/api/v1/constants"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code=='SCALE')].usedBy[0]", contains("CASE-RATE")));
        as("health-viewer", get("/api/v1/constants/bWq9sdGb4uB"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("SCALE"))
                .andExpect(jsonPath("$.value").value(2));
        asAdmin(get("/api/v1/constants/NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void aChangedConstantReachesTheComputedValuesAtOnce() throws Exception {
        asAdmin(json(post("/api/v1/constants"), "{\"code\":\"HALF\",\"name\":\"Half\",\"value\":0.5}"))
                .andExpect(status().isCreated());
        indicator("HALF-CASES", "NUMBER", null);
        asAdmin(json(put("/api/v1/indicators/HALF-CASES/formula"), "{\"numerator\":\"#{NEW-CASES} * C{HALF}\"}"))
                .andExpect(status().isOk());
        // HEALTH-N 12 + 30 = 42 cases
        asAdmin(get("/api/v1/scorecards/HEALTH-N").param("period", "2025Q3"))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='HALF-CASES')].actual", contains(closeTo(21.0, 1e-9))));
        asAdmin(json(put("/api/v1/constants/HALF"), "{\"name\":\"Half, then a quarter\",\"value\":0.25}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(0.25));
        asAdmin(get("/api/v1/scorecards/HEALTH-N").param("period", "2025Q3"))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='HALF-CASES')].actual", contains(closeTo(10.5, 1e-9))));
    }

    @Test
    void refusesToDeleteAConstantAFormulaUsesNamingTheFormula() throws Exception {
        asAdmin(delete("/api/v1/constants/SCALE"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("constant-in-use"))
                .andExpect(jsonPath("$.detail", containsString("CASE-RATE")));
        asAdmin(json(post("/api/v1/constants"), "{\"code\":\"UNUSED\",\"name\":\"Unused\",\"value\":7}"))
                .andExpect(status().isCreated());
        asAdmin(delete("/api/v1/constants/UNUSED")).andExpect(status().isNoContent());
        asAdmin(get("/api/v1/constants/UNUSED")).andExpect(status().isNotFound());
    }

    @Test
    void refusesADuplicateOrMalformedConstantNamingTheField() throws Exception {
        asAdmin(json(post("/api/v1/constants"), "{\"code\":\"OTHER\",\"dhis2Id\":\"bWq9sdGb4uB\",\"name\":\"Dup\",\"value\":1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("dhis2Id"))
                .andExpect(jsonPath("$.rule").value("duplicate"));
        asAdmin(json(post("/api/v1/constants"), "{\"code\":\"BAD\",\"dhis2Id\":\"short\",\"name\":\"Bad\",\"value\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("dhis2Id"));
        asAdmin(json(post("/api/v1/constants"), "{\"code\":\"NOVALUE\",\"name\":\"No value\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"));
        asAdmin(json(post("/api/v1/constants"), "{\"code\":\"HUGE\",\"name\":\"Huge\",\"value\":1e25}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"));
        asAdmin(json(put("/api/v1/constants/SCALE"), "{\"code\":\"RENAMED\",\"name\":\"Scale\",\"value\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("constant-code-fixed"));
    }

    @Test
    void onlyASystemWideAdministratorChangesConstants() throws Exception {
        as("health-officer", json(post("/api/v1/constants"), "{\"code\":\"MINE\",\"name\":\"Mine\",\"value\":1}"))
                .andExpect(status().isForbidden());
        as("health-officer", json(put("/api/v1/constants/SCALE"), "{\"name\":\"Scale\",\"value\":5}"))
                .andExpect(status().isForbidden());
        as("health-officer", delete("/api/v1/constants/SCALE")).andExpect(status().isForbidden());
        asAdmin(get("/api/v1/constants/SCALE")).andExpect(jsonPath("$.value").value(2));
    }

    // ---- the page

    @Test
    void listsAddsAndRefusesToDeleteConstantsOnTheAdminPage() throws Exception {
        var admin = user(accounts.loadUserByUsername(GovernmentFixtures.ADMIN));
        mvc.perform(get("/admin/constants").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<code>bWq9sdGb4uB</code>")))
                .andExpect(content().string(containsString("CASE-RATE")))
                .andExpect(content().string(containsString("id=\"constant-form\"")));
        mvc.perform(post("/admin/constants").with(csrf()).with(admin).param("code", "PAGE-K").param("name", "From the page")
                        .param("value", "1.5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("Added constant PAGE-K = 1.5")));
        mvc.perform(post("/admin/constants").with(csrf()).with(admin).param("code", "PAGE-K").param("name", "From the page")
                        .param("value", "2.5").param("dhis2Id", "bad"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dhis2Id-error\"")));
        mvc.perform(post("/admin/constants/SCALE/delete").with(csrf()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is used by the formulas of CASE-RATE")));
        mvc.perform(post("/admin/constants").with(csrf()).with(user(accounts.loadUserByUsername("health-officer")))
                        .param("code", "PAGE-K").param("name", "Officer").param("value", "9"))
                .andExpect(status().isForbidden());
        asAdmin(get("/api/v1/constants/PAGE-K")).andExpect(jsonPath("$.value").value(1.5));
    }

    // ---- helpers

    private void rate(String unit, String period, double expected) throws Exception {
        asAdmin(get("/api/v1/scorecards/" + unit).param("period", period))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='CASE-RATE')].actual", contains(closeTo(expected, 1e-9))));
    }

    private void cases(String unit, int female, int male, int population) throws Exception {
        asAdmin(json(put("/api/v1/data-entry/" + unit + "/2025Q3"),
                "[{\"indicatorCode\":\"NEW-CASES\",\"value\":" + female + ",\"optionCombo\":\"F\"},"
                        + "{\"indicatorCode\":\"NEW-CASES\",\"value\":" + male + ",\"optionCombo\":\"M\"},"
                        + "{\"indicatorCode\":\"POPULATION\",\"value\":" + population + "}]"))
                .andExpect(status().isOk());
    }

    private ResultActions refused(String body) throws Exception {
        String code = "REFUSED-" + Math.abs(body.hashCode());
        indicator(code, "NUMBER", null);
        return asAdmin(json(put("/api/v1/indicators/" + code + "/formula"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("numerator"));
    }

    private void indicator(String code, String measure, String extra) throws Exception {
        api.quarterlyIndicator(code, measure, extra);
    }

    private ResultActions asAdmin(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return api.asAdmin(request);
    }

    private ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return api.as(user, request);
    }
}
