package org.resulta.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.PerformanceData;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.ResultsFramework;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Formula indicators through the API (issue 4 part 2): saving, reading and removing a formula; refusals that name
 * the offending term and its position; actuals refused for a computed indicator; the computed value, rolled up as a
 * ratio of sums, on the scorecard, the series and the sub-unit table. On top of the small government:
 * <pre>
 * HEALTH-PLAN, result H-OUT: BIRTHS-FAC and BIRTHS-ALL (quarterly counts), FAC-SHARE = {BIRTHS-FAC} / {BIRTHS-ALL} x 100
 *   2025Q3   HEALTH-N 80 / 100, HEALTH-S 170 / 200   -> HEALTH 250 / 300 = 83.33 (not the mean of 80 and 85)
 *   2025Q1   HEALTH-N 0 / 0                           -> no value: division by zero
 * </pre>
 * The formula section of the indicator form is tested here too. {@code PostgresFormulaIndicatorIntegrationTests} runs
 * the same tests on PostgreSQL.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:formula-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormulaIndicatorIntegrationTests {

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
    @Autowired
    MeasurementLookup measurements;

    @BeforeAll
    void buildGovernmentWithAFormulaIndicator() throws Exception {
        new GovernmentFixtures(organisation, results, catalog, data, users, accounts).buildSmallGovernment();
        count("BIRTHS-FAC", "Births in a health facility");
        count("BIRTHS-ALL", "All live births");
        percentage("FAC-SHARE", "Share of births in a health facility");
        asAdmin(json(put("/api/v1/indicators/FAC-SHARE/formula"),
                "{\"numerator\":\"{BIRTHS-FAC}\",\"denominator\":\"{BIRTHS-ALL}\",\"factor\":100}"))
                .andExpect(status().isOk());
        actual("BIRTHS-FAC", "HEALTH-N", "2025Q3", 80);
        actual("BIRTHS-ALL", "HEALTH-N", "2025Q3", 100);
        actual("BIRTHS-FAC", "HEALTH-S", "2025Q3", 170);
        actual("BIRTHS-ALL", "HEALTH-S", "2025Q3", 200);
        actual("BIRTHS-FAC", "HEALTH-N", "2025Q1", 0);
        actual("BIRTHS-ALL", "HEALTH-N", "2025Q1", 0);
        asAdmin(json(put("/api/v1/indicators/FAC-SHARE/targets"),
                "{\"unitCode\":\"HEALTH\",\"period\":\"2025Q3\",\"type\":\"AT_LEAST\",\"value\":90}"))
                .andExpect(status().isOk());
    }

    // ---- the formula itself

    @Test
    void savesReadsAndRemovesAFormula() throws Exception {
        percentage("FORMULA-CRUD", "A formula to remove");
        asAdmin(json(put("/api/v1/indicators/FORMULA-CRUD/formula"),
                "{\"numerator\":\"#{BIRTHS-FAC} - {BIRTHS-ALL} * 0.5\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicatorCode").value("FORMULA-CRUD"))
                .andExpect(jsonPath("$.factor").value(1));
        asAdmin(get("/api/v1/indicators/FORMULA-CRUD/formula"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value("#{BIRTHS-FAC} - {BIRTHS-ALL} * 0.5"))
                .andExpect(jsonPath("$.denominator").value(nullValue()))
                .andExpect(jsonPath("$.references", contains("#{BIRTHS-FAC}", "#{BIRTHS-ALL}")))
                .andExpect(jsonPath("$.changedBy").value("admin"));
        assertThat(computed("FORMULA-CRUD")).isTrue();

        asAdmin(delete("/api/v1/indicators/FORMULA-CRUD/formula")).andExpect(status().isNoContent());
        asAdmin(get("/api/v1/indicators/FORMULA-CRUD/formula"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.rule").value("unknown-formula"));
        assertThat(computed("FORMULA-CRUD")).isFalse();
        asAdmin(get("/api/v1/audit").param("key", "FORMULA-CRUD"))
                .andExpect(jsonPath("$.items[*].action", contains("DELETE", "CREATE", "CREATE")));
    }

    @Test
    void refusesAnUnknownIndicatorNamingTheTermAndItsPosition() throws Exception {
        refused("{\"numerator\":\"{BIRTHS-FAC} + #{NO-SUCH}\"}")
                .andExpect(jsonPath("$.rule").value("formula-unknown-reference"))
                .andExpect(jsonPath("$.field").value("numerator"))
                .andExpect(jsonPath("$.term").value("#{NO-SUCH}"))
                .andExpect(jsonPath("$.position").value(16))
                .andExpect(jsonPath("$.detail", containsString("#{NO-SUCH}")));
    }

    @Test
    void refusesAnOptionCombinationTheIndicatorDoesNotHave() throws Exception {
        refused("{\"numerator\":\"{BIRTHS-FAC}\",\"denominator\":\"{BIRTHS-ALL.F}\"}")
                .andExpect(jsonPath("$.rule").value("formula-unknown-reference"))
                .andExpect(jsonPath("$.field").value("denominator"))
                .andExpect(jsonPath("$.term").value("#{BIRTHS-ALL.F}"))
                .andExpect(jsonPath("$.position").value(1))
                .andExpect(jsonPath("$.detail", containsString("no option combination 'F'")));
    }

    @Test
    void refusesAFormulaThatReferencesItself() throws Exception {
        asAdmin(json(put("/api/v1/indicators/FAC-SHARE/formula"), "{\"numerator\":\"{BIRTHS-FAC} + {FAC-SHARE}\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("formula-cycle"))
                .andExpect(jsonPath("$.term").value("#{FAC-SHARE}"))
                .andExpect(jsonPath("$.position").value(16))
                .andExpect(jsonPath("$.detail", containsString("FAC-SHARE references itself")));
        asAdmin(get("/api/v1/indicators/FAC-SHARE/formula")).andExpect(jsonPath("$.numerator").value("{BIRTHS-FAC}"));
    }

    @Test
    void refusesAFormulaThatClosesACycleThroughAnother() throws Exception {
        percentage("CYCLE-A", "First of a cycle");
        percentage("CYCLE-B", "Second of a cycle");
        asAdmin(json(put("/api/v1/indicators/CYCLE-A/formula"), "{\"numerator\":\"{CYCLE-B} + 1\"}"))
                .andExpect(status().isOk());
        asAdmin(json(put("/api/v1/indicators/CYCLE-B/formula"), "{\"numerator\":\"{BIRTHS-ALL}\",\"denominator\":\"2 * {CYCLE-A}\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("formula-cycle"))
                .andExpect(jsonPath("$.field").value("denominator"))
                .andExpect(jsonPath("$.term").value("#{CYCLE-A}"))
                .andExpect(jsonPath("$.position").value(5))
                .andExpect(jsonPath("$.detail", containsString("CYCLE-B -> CYCLE-A -> CYCLE-B")));
    }

    @Test
    void refusesASyntaxErrorNamingThePosition() throws Exception {
        refused("{\"numerator\":\"{BIRTHS-FAC} * (2 + \"}")
                .andExpect(jsonPath("$.rule").value("formula-syntax"))
                .andExpect(jsonPath("$.field").value("numerator"))
                .andExpect(jsonPath("$.position").value(20))
                .andExpect(jsonPath("$.detail", containsString("position 20")));
    }

    @Test
    void aUserOfAnotherUnitCannotChangeTheFormula() throws Exception {
        as("schools-officer", json(put("/api/v1/indicators/FAC-SHARE/formula"), "{\"numerator\":\"{BIRTHS-FAC}\"}"))
                .andExpect(status().isForbidden());
        as("schools-officer", delete("/api/v1/indicators/FAC-SHARE/formula")).andExpect(status().isForbidden());
        as("health-viewer", get("/api/v1/indicators/FAC-SHARE/formula")).andExpect(status().isOk());
    }

    // ---- computed, never typed

    @Test
    void refusesAnActualForAFormulaIndicator() throws Exception {
        asAdmin(json(put("/api/v1/indicators/FAC-SHARE/actuals"), "{\"unitCode\":\"HEALTH-N\",\"period\":\"2025Q2\",\"value\":50}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("computed-indicator"))
                .andExpect(jsonPath("$.detail", containsString("computed by its formula")));
        asAdmin(json(put("/api/v1/data-entry/HEALTH-N/2025Q2"), "[{\"indicatorCode\":\"FAC-SHARE\",\"value\":50}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("computed-indicator"));
        asAdmin(get("/api/v1/data-entry/HEALTH-N/2025Q2"))
                .andExpect(jsonPath("$.rows[*].indicator.code", hasItem("BIRTHS-FAC")))
                .andExpect(jsonPath("$.rows[*].indicator.code", not(hasItem("FAC-SHARE"))));
    }

    @Test
    void keepsAFormulaIndicatorOffReportingForms() throws Exception {
        asAdmin(json(post("/api/v1/data-sets"), """
                {"code":"FORMULA-FORM","name":"Births","frequency":"QUARTERLY","dueDays":15,"approvalLevels":1,
                 "ownerUnitCode":"HEALTH","indicators":[{"indicatorCode":"BIRTHS-FAC","explainVariance":false},
                 {"indicatorCode":"FAC-SHARE","explainVariance":false}],"unitCodes":["HEALTH-N"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("computed-indicator"))
                .andExpect(jsonPath("$.detail", containsString("FAC-SHARE is computed by its formula")));
    }

    @Test
    void refusesAFormulaForAnIndicatorWithTypedActuals() throws Exception {
        asAdmin(json(put("/api/v1/indicators/BIRTHS-FAC/formula"), "{\"numerator\":\"{BIRTHS-ALL}\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("values-exist"));
    }

    // ---- computed values

    @Test
    void theScorecardShowsTheRatioOfSummedComponents() throws Exception {
        asAdmin(get("/api/v1/scorecards/HEALTH").param("period", "2025Q3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='FAC-SHARE')].actual", contains(closeTo(83.333, 0.001))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='FAC-SHARE')].numerator", contains(closeTo(250.0, 1e-9))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='FAC-SHARE')].denominator", contains(closeTo(300.0, 1e-9))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='FAC-SHARE')].achievement", contains(closeTo(92.593, 0.001))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='FAC-SHARE')].status", contains("GREEN")));
        asAdmin(get("/api/v1/indicators/FAC-SHARE/sub-units").param("unit", "HEALTH").param("period", "2025Q3"))
                .andExpect(jsonPath("$[*].unitCode", contains("HEALTH", "HEALTH-N", "HEALTH-S")))
                .andExpect(jsonPath("$[*].line.actual", contains(closeTo(83.333, 0.001), closeTo(80.0, 1e-9),
                        closeTo(85.0, 1e-9))));
    }

    @Test
    void divisionByZeroGivesNoValueWithTheReason() throws Exception {
        String body = asAdmin(get("/api/v1/scorecards/HEALTH-N").param("period", "2025Q1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='FAC-SHARE')].actual", contains(nullValue())))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='FAC-SHARE')].note",
                        contains(containsString("Division by zero"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void aSavedComponentShowsInTheFormulaAtOnce() throws Exception {
        actual("BIRTHS-ALL", "HEALTH-S", "2025Q2", 40);
        asAdmin(get("/api/v1/scorecards/HEALTH-S").param("period", "2025Q2"))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='FAC-SHARE')].actual", contains(nullValue())));
        actual("BIRTHS-FAC", "HEALTH-S", "2025Q2", 30);
        asAdmin(get("/api/v1/scorecards/HEALTH-S").param("period", "2025Q2"))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='FAC-SHARE')].actual", contains(closeTo(75.0, 1e-9))));
        asAdmin(get("/api/v1/indicators/FAC-SHARE/series").param("unit", "HEALTH-S").param("from", "2025Q2").param("to", "2025Q3"))
                .andExpect(jsonPath("$.points[*].actual", contains(closeTo(75.0, 1e-9), closeTo(85.0, 1e-9))));
    }

    // ---- the section of the indicator form

    @Test
    void showsTheFormulaOnTheIndicatorForm() throws Exception {
        mvc.perform(get("/indicators/FAC-SHARE/edit").with(user(accounts.loadUserByUsername(GovernmentFixtures.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"formula-form\"")))
                .andExpect(content().string(containsString("value=\"{BIRTHS-FAC}\"")))
                .andExpect(content().string(containsString("This indicator is computed by its formula")))
                .andExpect(content().string(containsString("Remove the formula")));
    }

    @Test
    void showsARefusedFormulaNextToTheFieldNamingTheTerm() throws Exception {
        mvc.perform(post("/indicators/FAC-SHARE/formula").with(csrf())
                        .with(user(accounts.loadUserByUsername(GovernmentFixtures.ADMIN)))
                        .param("numerator", "{BIRTHS-FAC}").param("denominator", "{BIRTHS-ALL} + {NOWHERE}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"denominator-error\"")))
                .andExpect(content().string(containsString("#{NOWHERE} in the denominator of FAC-SHARE at position 16")))
                .andExpect(content().string(containsString("value=\"{BIRTHS-ALL} + {NOWHERE}\"")));
        asAdmin(get("/api/v1/indicators/FAC-SHARE/formula")).andExpect(jsonPath("$.denominator").value("{BIRTHS-ALL}"));
    }

    @Test
    void savesAFormulaFromTheFormAndSaysSo() throws Exception {
        percentage("FORM-SHARE", "A formula saved from the form");
        mvc.perform(post("/indicators/FORM-SHARE/formula").with(csrf())
                        .with(user(accounts.loadUserByUsername("health-officer")))
                        .param("numerator", "{BIRTHS-FAC}").param("denominator", "{BIRTHS-ALL}").param("factor", "100"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/indicators/FORM-SHARE/edit"))
                .andExpect(flash().attribute("notice", containsString("Saved the formula of FORM-SHARE")));
        assertThat(computed("FORM-SHARE")).isTrue();
    }

    @Test
    void showsTheFormulaAndTheComputedValuesOnThePages() throws Exception {
        var admin = user(accounts.loadUserByUsername(GovernmentFixtures.ADMIN));
        mvc.perform(get("/indicators/FAC-SHARE").param("unit", "HEALTH").param("period", "2025Q3").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{BIRTHS-FAC} ÷ ({BIRTHS-ALL}) × 100")))
                .andExpect(content().string(containsString("83.3")));
        String scorecard = mvc.perform(get("/scorecards/HEALTH-N").param("period", "2025Q1").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("FAC-SHARE")))
                .andExpect(content().string(containsString("Division by zero")))
                .andReturn().getResponse().getContentAsString();
        assertThat(scorecard).doesNotContain("NaN").doesNotContain("Infinity");
    }

    // ---- helpers

    private boolean computed(String code) {
        return measurements.isComputed(code);
    }

    private ResultActions refused(String body) throws Exception {
        percentage("REFUSED-" + Math.abs(body.hashCode()), "Refused formula");
        return asAdmin(json(put("/api/v1/indicators/REFUSED-" + Math.abs(body.hashCode()) + "/formula"), body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private void count(String code, String name) throws Exception {
        quarterly(code, name, "NUMBER", "QUANTITY");
    }

    private void percentage(String code, String name) throws Exception {
        quarterly(code, name, "PERCENTAGE", "QUALITY");
    }

    private void quarterly(String code, String name, String measure, String dimension) throws Exception {
        asAdmin(json(post("/api/v1/indicators"), "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"resultCode\":\"H-OUT\","
                + "\"measure\":\"" + measure + "\",\"dimension\":\"" + dimension + "\",\"direction\":\"INCREASE\","
                + "\"frequency\":\"QUARTERLY\"}")).andExpect(status().isCreated());
    }

    private void actual(String indicator, String unit, String period, int value) throws Exception {
        asAdmin(json(put("/api/v1/indicators/" + indicator + "/actuals"),
                "{\"unitCode\":\"" + unit + "\",\"period\":\"" + period + "\",\"value\":" + value + "}"))
                .andExpect(status().isOk());
    }

    private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return as(GovernmentFixtures.ADMIN, request);
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        String password = GovernmentFixtures.ADMIN.equals(user) ? GovernmentFixtures.ADMIN_PASSWORD : GovernmentFixtures.PASSWORD;
        return mvc.perform(request.with(httpBasic(user, password)));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
