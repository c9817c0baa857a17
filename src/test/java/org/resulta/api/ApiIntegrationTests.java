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
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API end to end on the embedded database: hierarchy, results chain, indicators, targets, actuals,
 * scorecards, problem details for bad input, and org-unit scope. {@code PostgresApiIntegrationTests} runs the same
 * tests on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
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

    GovernmentFixtures government;

    @BeforeAll
    void buildGovernment() {
        government = new GovernmentFixtures(organisation, results, catalog, data, users, accounts);
        government.buildSmallGovernment();
    }

    // ---- organisation

    @Test
    void listsUnitsInPreOrderWithContiguousSubtrees() throws Exception {
        asAdmin(get("/api/v1/org-units").param("under", "HEALTH"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].code").value("HEALTH"))
                .andExpect(jsonPath("$.items[0].subtreeSize").value(3))
                .andExpect(jsonPath("$.items[1].preOrder").value(jsonNumber("HEALTH", "preOrder") + 1));
    }

    @Test
    void movesASubtreeAndRenumbersIt() throws Exception {
        createUnit("MOVE-A", "DEPARTMENT", "GOV");
        createUnit("MOVE-A1", "DIVISION", "MOVE-A");
        createUnit("MOVE-B", "DEPARTMENT", "GOV");
        asAdmin(json(post("/api/v1/org-units/MOVE-A/move"), "{\"parentCode\":\"MOVE-B\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentCode").value("MOVE-B"))
                .andExpect(jsonPath("$.level").value(3));
        asAdmin(get("/api/v1/org-units/MOVE-B"))
                .andExpect(jsonPath("$.subtreeSize").value(3));
        asAdmin(get("/api/v1/org-units/MOVE-A1"))
                .andExpect(jsonPath("$.level").value(4))
                .andExpect(jsonPath("$.preOrder").value(jsonNumber("MOVE-B", "preOrder") + 2));
    }

    @Test
    void refusesAMoveThatWouldMakeACycle() throws Exception {
        asAdmin(json(post("/api/v1/org-units/HEALTH/move"), "{\"parentCode\":\"HEALTH-N\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("hierarchy-cycle"))
                .andExpect(jsonPath("$.field").value("parentCode"));
    }

    @Test
    void refusesADuplicateUnitCode() throws Exception {
        asAdmin(json(post("/api/v1/org-units"), "{\"code\":\"HEALTH\",\"name\":\"Again\",\"type\":\"DEPARTMENT\",\"parentCode\":\"GOV\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("duplicate-code"))
                .andExpect(jsonPath("$.field").value("code"));
    }

    @Test
    void refusesAnUnknownUnitCodeNamingTheField() throws Exception {
        asAdmin(json(post("/api/v1/org-units"), "{\"code\":\"ORPHAN\",\"name\":\"Orphan\",\"type\":\"DIVISION\",\"parentCode\":\"NOWHERE\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("parentCode"))
                .andExpect(jsonPath("$.detail").value(containsString("NOWHERE")));
    }

    @Test
    void answersAnAddressNoEndpointServesWithAProblemUnderApiOnly() throws Exception {
        asAdmin(get("/api/v1/units"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("unknown-address"))
                .andExpect(jsonPath("$.detail").value(containsString("GET /api/v1/units")));
        mvc.perform(get("/no-such-page").with(SecurityMockMvcRequestPostProcessors.user(
                        accounts.loadUserByUsername(GovernmentFixtures.ADMIN))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("unknown-address"))));
    }

    @Test
    void refusesAMissingNameWithTheFieldNamed() throws Exception {
        asAdmin(json(post("/api/v1/org-units"), "{\"code\":\"NONAME\",\"type\":\"DIVISION\",\"parentCode\":\"GOV\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
    }

    // ---- results chain

    @Test
    void returnsThePlanChainInTheFrameworkWords() throws Exception {
        asAdmin(get("/api/v1/plans/HEALTH-PLAN/chain"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes", hasSize(5)))
                .andExpect(jsonPath("$.links", hasSize(4)))
                .andExpect(jsonPath("$.pack.code").value("rbm"));
    }

    @Test
    void refusesAnOutcomeContributingToAnOutput() throws Exception {
        asAdmin(json(post("/api/v1/results/H-OC/links"), "{\"toCode\":\"H-OUT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("chain-direction"))
                .andExpect(jsonPath("$.detail").value(containsString("H-OUT")));
    }

    // ---- values and bad input

    @Test
    void refusesAnInvalidPeriodNamingTheAcceptedForms() throws Exception {
        asAdmin(json(put("/api/v1/indicators/ENROLLED/actuals"), "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"2025Q7\",\"value\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("period"))
                .andExpect(jsonPath("$.rule").value("period-format"))
                .andExpect(jsonPath("$.detail").value(containsString("Q1 to Q4")));
    }

    @Test
    void refusesTextWhereANumberIsExpected() throws Exception {
        asAdmin(json(put("/api/v1/indicators/ENROLLED/actuals"), "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"2025Q2\",\"value\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"));
    }

    @Test
    void refusesAPercentageAboveAHundred() throws Exception {
        asAdmin(json(put("/api/v1/indicators/SATISFIED/targets"), "{\"unitCode\":\"HEALTH-N\",\"period\":\"2025Q1\",\"type\":\"AT_LEAST\",\"value\":140}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("above-maximum"));
    }

    @Test
    void refusesATargetFinerThanTheIndicatorsFrequency() throws Exception {
        asAdmin(json(put("/api/v1/indicators/ENROLLED/targets"), "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"2025-02\",\"type\":\"AT_LEAST\",\"value\":10}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("period-finer-than-frequency"));
    }

    @Test
    void savesNothingWhenOneLineOfABatchIsRefused() throws Exception {
        asAdmin(json(put("/api/v1/data-entry/HEALTH-S/2025Q1"),
                "[{\"indicatorCode\":\"DELIVERIES\",\"numerator\":50,\"denominator\":60},"
                        + "{\"indicatorCode\":\"DELIVERIES\",\"numerator\":5,\"denominator\":0}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("denominator-positive"));
        asAdmin(get("/api/v1/indicators/DELIVERIES/actuals").param("unit", "HEALTH-S"))
                .andExpect(jsonPath("$[*].period", org.hamcrest.Matchers.not(hasItem("2025Q1"))));
    }

    // ---- scorecards

    @Test
    void rollsARatioUpFromNumeratorsAndDenominators() throws Exception {
        asAdmin(get("/api/v1/scorecards/HEALTH").param("period", GovernmentFixtures.PAST_QUARTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='DELIVERIES')].actual").value(hasItem(closeTo(250.0 / 300 * 100, 1e-6))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='DELIVERIES')].numerator").value(hasItem(closeTo(250.0, 1e-9))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='DELIVERIES')].target").value(hasItem(closeTo(85.0, 1e-9))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='DELIVERIES')].achievement").value(hasItem(closeTo(250.0 / 300 * 100 / 85 * 100, 1e-6))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='DELIVERIES')].status").value(hasItem("GREEN")));
    }

    @Test
    void showsTheNationalScorecardWithEveryDepartmentsIndicators() throws Exception {
        asAdmin(get("/api/v1/scorecards/GOV").param("period", GovernmentFixtures.PAST_QUARTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].indicatorCode", hasItem("ENROLLED")))
                .andExpect(jsonPath("$.lines[*].indicatorCode", hasItem("DELIVERIES")))
                .andExpect(jsonPath("$.subUnits[*].unitCode", hasItem("SCHOOLS")));
    }

    @Test
    void anEnteredActualChangesTheStatus() throws Exception {
        String quarter = "2025Q4";
        asAdmin(json(put("/api/v1/indicators/ENROLLED/targets"), "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"" + quarter + "\",\"type\":\"AT_LEAST\",\"value\":100}"))
                .andExpect(status().isOk());
        asAdmin(json(put("/api/v1/indicators/ENROLLED/actuals"), "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"" + quarter + "\",\"value\":40}"))
                .andExpect(status().isOk());
        asAdmin(get("/api/v1/scorecards/SCHOOLS-N").param("period", quarter))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='ENROLLED')].status").value(hasItem("RED")));
        asAdmin(json(put("/api/v1/indicators/ENROLLED/actuals"), "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"" + quarter + "\",\"value\":100,\"comment\":\"recount\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comment").value("recount"));
        asAdmin(get("/api/v1/scorecards/SCHOOLS-N").param("period", quarter))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='ENROLLED')].status").value(hasItem("GREEN")))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='ENROLLED')].achievement").value(hasItem(closeTo(100.0, 1e-9))));
    }

    @Test
    void refusesAnActualForAPeriodThatHasNotStarted() throws Exception {
        String nextYear = String.valueOf(LocalDate.now().getYear() + 1);
        asAdmin(json(put("/api/v1/indicators/ENROLLED/actuals"), "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"" + nextYear + "Q1\",\"value\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("future-period"));
    }

    // ---- disaggregation

    @Test
    void breaksAnIndicatorDownBySexAndComputesTheTotal() throws Exception {
        asAdmin(json(post("/api/v1/categories"), "{\"code\":\"SEX\",\"name\":\"Sex\",\"kind\":\"SEX\","
                + "\"options\":[{\"code\":\"F\",\"name\":\"Female\"},{\"code\":\"M\",\"name\":\"Male\"}]}"))
                .andExpect(status().isCreated());
        asAdmin(json(post("/api/v1/disaggregations"), "{\"code\":\"sex\",\"name\":\"Sex\",\"categoryCodes\":[\"SEX\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.combos[*].code", org.hamcrest.Matchers.contains("F", "M")));
        asAdmin(json(post("/api/v1/indicators"), "{\"code\":\"ATTENDED\",\"resultCode\":\"H-OUT\",\"name\":\"Births attended\","
                + "\"measure\":\"RATIO\",\"dimension\":\"QUALITY\",\"direction\":\"INCREASE\",\"frequency\":\"QUARTERLY\","
                + "\"multiplier\":100,\"numeratorLabel\":\"attended\",\"denominatorLabel\":\"all\",\"disaggregationCode\":\"sex\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.disaggregationCode").value("sex"));
        asAdmin(json(put("/api/v1/data-entry/HEALTH-N/2025Q1"),
                "[{\"indicatorCode\":\"ATTENDED\",\"numerator\":30,\"denominator\":50,\"optionCombo\":\"F\"},"
                        + "{\"indicatorCode\":\"ATTENDED\",\"numerator\":45,\"denominator\":50,\"optionCombo\":\"M\"}]"))
                .andExpect(status().isOk());
        asAdmin(get("/api/v1/scorecards/HEALTH").param("period", "2025Q1"))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='ATTENDED')].actual").value(hasItem(closeTo(75.0, 1e-9))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='ATTENDED')].denominator").value(hasItem(closeTo(100.0, 1e-9))));
        asAdmin(json(put("/api/v1/indicators/ATTENDED/actuals"), "{\"unitCode\":\"HEALTH-N\",\"period\":\"2025Q2\",\"numerator\":1,\"denominator\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("total-is-computed"));
        asAdmin(json(put("/api/v1/indicators/ATTENDED/actuals"), "{\"unitCode\":\"HEALTH-N\",\"period\":\"2025Q2\",\"numerator\":1,\"denominator\":2,\"optionCombo\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("unknown-option-combo"));
        asAdmin(json(put("/api/v1/indicators/ATTENDED/targets"), "{\"unitCode\":\"HEALTH-N\",\"period\":\"2025Q1\",\"type\":\"AT_LEAST\",\"value\":80,\"optionCombo\":\"F\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.optionCombo").value("F"));
        asAdmin(get("/api/v1/data-entry/HEALTH-N/2025Q1"))
                .andExpect(jsonPath("$.rows[?(@.indicator.code=='ATTENDED')].cells[*].combo.code", org.hamcrest.Matchers.contains("F", "M")));
    }

    @Test
    void refusesAnOptionCombinationForAnIndicatorThatIsNotBrokenDown() throws Exception {
        asAdmin(json(put("/api/v1/indicators/ENROLLED/actuals"), "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"2025Q1\",\"value\":5,\"optionCombo\":\"F\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("not-disaggregated"));
    }

    @Test
    void refusesADisaggregationOfAnUnknownCategory() throws Exception {
        asAdmin(json(post("/api/v1/disaggregations"), "{\"code\":\"bad\",\"name\":\"Bad\",\"categoryCodes\":[\"NOPE\"]}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("categoryCodes"));
    }

    // ---- audit

    @Test
    void recordsWhoChangedAValueFromWhatToWhatAndIgnoresAnUnchangedResubmission() throws Exception {
        String actual = "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"2024Q4\",\"value\":%s,\"comment\":\"%s\"}";
        asAdmin(json(put("/api/v1/indicators/ENROLLED/actuals"), actual.formatted("500", "first count"))).andExpect(status().isOk());
        asAdmin(json(put("/api/v1/indicators/ENROLLED/actuals"), actual.formatted("520", "recount"))).andExpect(status().isOk());
        asAdmin(json(put("/api/v1/indicators/ENROLLED/actuals"), actual.formatted("520", "recount"))).andExpect(status().isOk());
        asAdmin(get("/api/v1/audit/actuals").param("indicator", "ENROLLED").param("unit", "SCHOOLS-N").param("period", "2024Q4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].action").value("UPDATE"))
                .andExpect(jsonPath("$[0].oldValue").value("value=500; comment=first count"))
                .andExpect(jsonPath("$[0].newValue").value("value=520; comment=recount"))
                .andExpect(jsonPath("$[0].actor").value("admin"))
                .andExpect(jsonPath("$[1].action").value("CREATE"));
    }

    @Test
    void showsNoChangeOfAnotherDepartmentInTheAuditTrail() throws Exception {
        as("health-viewer", get("/api/v1/audit").param("size", "500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unitCode", org.hamcrest.Matchers.not(hasItem("SCHOOLS-N"))))
                .andExpect(jsonPath("$.items[*].unitCode", hasItem("HEALTH-N")));
        as("health-viewer", get("/api/v1/audit").param("unit", "SCHOOLS")).andExpect(status().isForbidden());
        as("health-viewer", get("/api/v1/audit/actuals").param("indicator", "ENROLLED").param("unit", "SCHOOLS-N")
                .param("period", GovernmentFixtures.PAST_QUARTER)).andExpect(status().isForbidden());
    }

    @Test
    void exportsTheAuditTrailWithFormulasNeutralised() throws Exception {
        createUnit("AUDIT-X", "DIVISION", "SCHOOLS");
        asAdmin(json(post("/api/v1/org-units/AUDIT-X/retire"), "{\"reason\":\"=HYPERLINK(\\\"http://evil\\\")\"}"))
                .andExpect(status().isOk());
        asAdmin(get("/api/v1/audit/export.csv").param("key", "AUDIT-X"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("occurred_at,actor,entity,key,action")))
                .andExpect(content().string(containsString("'=HYPERLINK")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(",=HYPERLINK"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(",\"=HYPERLINK"))));
    }

    // ---- security and scope

    @Test
    void asksForCredentialsWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/org-units"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aViewerOfOneDepartmentCannotReadAnothers() throws Exception {
        as("health-viewer", get("/api/v1/scorecards/HEALTH").param("period", GovernmentFixtures.PAST_QUARTER)).andExpect(status().isOk());
        as("health-viewer", get("/api/v1/scorecards/SCHOOLS").param("period", GovernmentFixtures.PAST_QUARTER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        as("health-viewer", get("/api/v1/indicators/ENROLLED")).andExpect(status().isForbidden());
        as("health-viewer", get("/api/v1/plans/SCHOOLS-PLAN")).andExpect(status().isForbidden());
        as("health-viewer", get("/api/v1/indicators/ENROLLED/actuals").param("unit", "SCHOOLS-N")).andExpect(status().isForbidden());
        as("health-viewer", get("/api/v1/org-units"))
                .andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.not(hasItem("SCHOOLS"))));
    }

    @Test
    void aUserScopedToOneUnitCannotChangeAnothersData() throws Exception {
        as("health-encoder", json(put("/api/v1/indicators/DELIVERIES/actuals"), "{\"unitCode\":\"HEALTH-S\",\"period\":\"2025Q2\",\"numerator\":1,\"denominator\":2}"))
                .andExpect(status().isForbidden());
        as("health-encoder", json(put("/api/v1/indicators/ENROLLED/actuals"), "{\"unitCode\":\"SCHOOLS-N\",\"period\":\"2025Q2\",\"value\":5}"))
                .andExpect(status().isForbidden());
        as("schools-officer", json(post("/api/v1/plans/HEALTH-PLAN/results"), "{\"code\":\"X-OUT\",\"level\":\"OUTPUT\",\"statement\":\"x\"}"))
                .andExpect(status().isForbidden());
        as("health-viewer", json(put("/api/v1/indicators/DELIVERIES/actuals"), "{\"unitCode\":\"HEALTH-N\",\"period\":\"2025Q2\",\"numerator\":1,\"denominator\":2}"))
                .andExpect(status().isForbidden());
        as("health-encoder", json(put("/api/v1/indicators/DELIVERIES/actuals"), "{\"unitCode\":\"HEALTH-N\",\"period\":\"2025Q2\",\"numerator\":1,\"denominator\":2}"))
                .andExpect(status().isOk());
    }

    @Test
    void onlyAWholeGovernmentAdministratorAddsATopLevelUnit() throws Exception {
        as("schools-officer", json(post("/api/v1/org-units"), "{\"code\":\"ROGUE\",\"name\":\"Rogue\",\"type\":\"GOVERNMENT\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void authenticatesWithAPersonalTokenUntilItIsRevoked() throws Exception {
        String body = as("health-viewer", json(post("/api/v1/me/tokens"), "{\"name\":\"script\",\"daysValid\":30}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        var issued = json.readTree(body);
        String secret = issued.get("secret").asString();
        long id = issued.get("token").get("id").asLong();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("health-viewer"));
        as("health-viewer", delete("/api/v1/me/tokens/" + id)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/scorecards/{unit}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/org-units']").exists());
    }

    // ---- the tree and the catalogue held in memory

    @Test
    void aMovedUnitLeavesItsFormerHeadsScopeAtOnce() throws Exception {
        createUnit("CACHE-MOVE", "DIVISION", "HEALTH-N");
        as("health-viewer", get("/api/v1/org-units/CACHE-MOVE")).andExpect(status().isOk());
        asAdmin(json(post("/api/v1/org-units/CACHE-MOVE/move"), "{\"parentCode\":\"SCHOOLS\"}"))
                .andExpect(status().isOk());
        as("health-viewer", get("/api/v1/org-units/CACHE-MOVE")).andExpect(status().isForbidden());
        as("schools-officer", get("/api/v1/org-units/CACHE-MOVE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentCode").value("SCHOOLS"));
    }

    @Test
    void aRenamedUnitShowsItsNewNameAtOnce() throws Exception {
        createUnit("CACHE-NAME", "DIVISION", "SCHOOLS");
        asAdmin(get("/api/v1/org-units/CACHE-NAME")).andExpect(jsonPath("$.name").value("CACHE-NAME"));
        asAdmin(json(put("/api/v1/org-units/CACHE-NAME"), "{\"name\":\"Schools inspection\",\"type\":\"DIVISION\"}"))
                .andExpect(status().isOk());
        asAdmin(get("/api/v1/org-units/CACHE-NAME")).andExpect(jsonPath("$.name").value("Schools inspection"));
        asAdmin(get("/api/v1/org-units/SCHOOLS/children"))
                .andExpect(jsonPath("$[*].name", hasItem("Schools inspection")));
    }

    @Test
    void anIndicatorShowsItsPlansAndResultsNewWordingAtOnce() throws Exception {
        asAdmin(json(post("/api/v1/plans"), """
                {"code":"CACHE-PLAN","name":"Reading plan","ownerUnitCode":"SCHOOLS","frameworkCode":"rbm",
                 "startYear":2024,"endYear":2028}""")).andExpect(status().isCreated());
        asAdmin(json(post("/api/v1/plans/CACHE-PLAN/results"), """
                {"code":"CACHE-OUT","level":"OUTPUT","statement":"Pupils read fluently"}""")).andExpect(status().isCreated());
        asAdmin(json(post("/api/v1/indicators"), """
                {"code":"CACHE-READERS","name":"Fluent readers","resultCode":"CACHE-OUT","measure":"NUMBER",
                 "dimension":"QUANTITY","direction":"INCREASE","frequency":"QUARTERLY"}""")).andExpect(status().isCreated());
        asAdmin(get("/api/v1/indicators/CACHE-READERS"))
                .andExpect(jsonPath("$.planName").value("Reading plan"))
                .andExpect(jsonPath("$.resultStatement").value("Pupils read fluently"));

        asAdmin(json(put("/api/v1/plans/CACHE-PLAN"), """
                {"name":"Early grade reading plan","frameworkCode":"rbm","startYear":2024,"endYear":2028}"""))
                .andExpect(status().isOk());
        asAdmin(json(put("/api/v1/results/CACHE-OUT"), """
                {"statement":"Pupils read fluently by grade 3"}""")).andExpect(status().isOk());
        asAdmin(get("/api/v1/indicators/CACHE-READERS"))
                .andExpect(jsonPath("$.planName").value("Early grade reading plan"))
                .andExpect(jsonPath("$.resultStatement").value("Pupils read fluently by grade 3"));
        asAdmin(get("/api/v1/scorecards/SCHOOLS").param("period", GovernmentFixtures.PAST_QUARTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].indicatorCode", hasItem("CACHE-READERS")));
    }

    // ---- helpers

    private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(GovernmentFixtures.ADMIN, GovernmentFixtures.ADMIN_PASSWORD)));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, GovernmentFixtures.PASSWORD)));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void createUnit(String code, String type, String parent) throws Exception {
        asAdmin(json(post("/api/v1/org-units"), "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"type\":\"" + type
                + "\",\"parentCode\":\"" + parent + "\"}")).andExpect(status().isCreated());
    }

    private int jsonNumber(String unit, String field) throws Exception {
        String body = asAdmin(get("/api/v1/org-units/" + unit)).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get(field).asInt();
    }
}
