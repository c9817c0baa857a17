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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting cycle through the API: a quarterly health report of HEALTH-N and HEALTH-S, approved by HEALTH.
 * Submit, verify, approve, lock; returns and reopening with reasons; values frozen outside the open state; variance
 * explanations; entry closing after expiry and exceptions; the board and the reminders; every step audited.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reporting-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingCycleIntegrationTests {

    static final String REPORT = "/api/v1/reports/HEALTH-Q/";

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

    @BeforeAll
    void buildGovernmentAndDataSets() throws Exception {
        new GovernmentFixtures(organisation, results, catalog, data, users, accounts).buildSmallGovernment();
        as("admin", json(post("/api/v1/data-sets"), """
                {"code":"HEALTH-Q","name":"Quarterly health report","frequency":"QUARTERLY","dueDays":15,"approvalLevels":1,
                 "ownerUnitCode":"HEALTH","indicators":[{"indicatorCode":"DELIVERIES","explainVariance":false},
                 {"indicatorCode":"SATISFIED","explainVariance":true}],"unitCodes":["HEALTH-N","HEALTH-S"]}"""))
                .andExpect(status().isCreated());
    }

    @Test
    void movesAReportThroughApprovalAndFreezesItsValues() throws Exception {
        enter("health-encoder", "HEALTH-N", "2024Q1", "SATISFIED", "{\"value\":92}").andExpect(status().isOk());
        step("health-encoder", "HEALTH-N", "2024Q1", "submit").andExpect(jsonPath("$.state").value("SUBMITTED"));
        enter("health-encoder", "HEALTH-N", "2024Q1", "SATISFIED", "{\"value\":95}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.rule").value("report-submitted"));
        step("health-head", "HEALTH-N", "2024Q1", "verify").andExpect(jsonPath("$.state").value("VERIFIED"));
        step("health-officer", "HEALTH-N", "2024Q1", "approve").andExpect(jsonPath("$.state").value("APPROVED"));
        step("health-officer", "HEALTH-N", "2024Q1", "lock").andExpect(jsonPath("$.state").value("LOCKED"));
        enter("admin", "HEALTH-N", "2024Q1", "SATISFIED", "{\"value\":95}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.rule").value("report-locked"));
        as("health-officer", get("/api/v1/audit").param("key", "HEALTH-Q|HEALTH-N|2024Q1"))
                .andExpect(jsonPath("$.items[*].action", org.hamcrest.Matchers.contains("LOCK", "APPROVE", "VERIFY", "SUBMIT")));
    }

    @Test
    void letsOnlyTheLevelAboveApprove() throws Exception {
        enter("health-encoder", "HEALTH-N", "2024Q2", "SATISFIED", "{\"value\":93}").andExpect(status().isOk());
        step("health-encoder", "HEALTH-N", "2024Q2", "submit").andExpect(status().isOk());
        step("health-encoder", "HEALTH-N", "2024Q2", "verify").andExpect(status().isForbidden());
        step("health-head", "HEALTH-N", "2024Q2", "verify").andExpect(status().isOk());
        step("health-head", "HEALTH-N", "2024Q2", "approve").andExpect(status().isForbidden());
        step("schools-officer", "HEALTH-N", "2024Q2", "approve").andExpect(status().isForbidden());
        step("health-viewer", "HEALTH-N", "2024Q2", "approve").andExpect(status().isForbidden());
        step("health-officer", "HEALTH-N", "2024Q2", "approve").andExpect(status().isOk());
    }

    @Test
    void refusesStepsOutOfOrderNamingTheState() throws Exception {
        step("health-head", "HEALTH-N", "2024Q3", "verify")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("workflow-verify"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("it is open")));
        step("health-encoder", "HEALTH-S", "2024Q3", "submit").andExpect(status().isForbidden());
    }

    @Test
    void returnsAReportWithAReasonAndReopensALockedOneOnlyWithThePermission() throws Exception {
        enter("health-encoder", "HEALTH-N", "2024Q4", "SATISFIED", "{\"value\":91}").andExpect(status().isOk());
        step("health-encoder", "HEALTH-N", "2024Q4", "submit").andExpect(status().isOk());
        as("health-head", json(post(REPORT + "HEALTH-N/2024Q4/return"), "{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        as("health-head", json(post(REPORT + "HEALTH-N/2024Q4/return"), "{\"reason\":\"wrong survey round\"}"))
                .andExpect(jsonPath("$.state").value("OPEN")).andExpect(jsonPath("$.stateReason").value("wrong survey round"));
        enter("health-encoder", "HEALTH-N", "2024Q4", "SATISFIED", "{\"value\":94}").andExpect(status().isOk());
        step("health-encoder", "HEALTH-N", "2024Q4", "submit").andExpect(status().isOk());
        step("health-head", "HEALTH-N", "2024Q4", "verify").andExpect(status().isOk());
        step("health-officer", "HEALTH-N", "2024Q4", "approve").andExpect(status().isOk());
        step("health-officer", "HEALTH-N", "2024Q4", "lock").andExpect(status().isOk());
        as("health-head", json(post(REPORT + "HEALTH-N/2024Q4/reopen"), "{\"reason\":\"audit finding\"}"))
                .andExpect(status().isForbidden());
        as("health-officer", json(post(REPORT + "HEALTH-N/2024Q4/reopen"), "{\"reason\":\"audit finding\"}"))
                .andExpect(jsonPath("$.state").value("OPEN"));
        enter("health-encoder", "HEALTH-N", "2024Q4", "SATISFIED", "{\"value\":90}").andExpect(status().isOk());
    }

    @Test
    void asksForAVarianceExplanationBeforeSubmittingAnOffTrackValue() throws Exception {
        as("admin", json(put("/api/v1/indicators/SATISFIED/targets"),
                "{\"unitCode\":\"HEALTH-S\",\"period\":\"2024Q1\",\"type\":\"AT_LEAST\",\"value\":90}")).andExpect(status().isOk());
        enter("health-officer", "HEALTH-S", "2024Q1", "SATISFIED", "{\"value\":40}").andExpect(status().isOk());
        step("health-officer", "HEALTH-S", "2024Q1", "submit")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("variance-explanation-required"))
                .andExpect(jsonPath("$.errors[0].item").value("SATISFIED"));
        enter("health-officer", "HEALTH-S", "2024Q1", "SATISFIED", "{\"value\":40,\"comment\":\"survey covered one clinic\"}")
                .andExpect(status().isOk());
        step("health-officer", "HEALTH-S", "2024Q1", "submit").andExpect(jsonPath("$.state").value("SUBMITTED"));
    }

    @Test
    void closesEntryAfterExpiryUnlessAnExceptionIsGranted() throws Exception {
        as("admin", json(post("/api/v1/data-sets"), """
                {"code":"HEALTH-VAX","name":"Vaccination monthly report","frequency":"MONTHLY","dueDays":5,"expiryDays":30,
                 "approvalLevels":1,"ownerUnitCode":"HEALTH","indicators":[{"indicatorCode":"VACCINATED","explainVariance":false}],
                 "unitCodes":["HEALTH-N"]}""")).andExpect(status().isCreated());
        enter("health-encoder", "HEALTH-N", "2025-01", "VACCINATED", "{\"value\":120}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.rule").value("entry-closed"));
        as("health-officer", get("/api/v1/reports/HEALTH-VAX/HEALTH-N/2025-01"))
                .andExpect(jsonPath("$.status").value("CLOSED"));
        as("health-officer", json(post("/api/v1/reports/HEALTH-VAX/HEALTH-N/2025-01/exception"),
                "{\"openUntil\":\"" + LocalDate.now().plusDays(3) + "\",\"reason\":\"registers found late\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MISSING"));
        enter("health-encoder", "HEALTH-N", "2025-01", "VACCINATED", "{\"value\":120}").andExpect(status().isOk());
        as("health-officer", get("/api/v1/reports/HEALTH-VAX/HEALTH-N/2025-01"))
                .andExpect(jsonPath("$.status").value("OVERDUE")).andExpect(jsonPath("$.valuesEntered").value(1));
    }

    @Test
    void showsWhatIsMissingOnTheBoardAndRemindsTheEncoder() throws Exception {
        as("health-officer", get("/api/v1/reports").param("unit", "HEALTH").param("period", "2023Q4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitCode=='HEALTH-S')].status").value(hasItem("MISSING")))
                .andExpect(jsonPath("$[?(@.unitCode=='HEALTH-S')].valuesExpected").value(hasItem(2)));
        as("health-encoder", get("/api/v1/me/reminders"))
                .andExpect(jsonPath("$[*].unitCode").value(hasItem("HEALTH-N")))
                .andExpect(jsonPath("$[*].unitCode").value(org.hamcrest.Matchers.not(hasItem("HEALTH-S"))));
        as("health-viewer", get("/api/v1/reports").param("unit", "SCHOOLS").param("period", "2023Q4"))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesADataSetWithAnIndicatorOfAnotherFrequency() throws Exception {
        as("admin", json(post("/api/v1/data-sets"), """
                {"code":"MIXED","name":"Mixed","frequency":"QUARTERLY","dueDays":5,"approvalLevels":1,"ownerUnitCode":"HEALTH",
                 "indicators":[{"indicatorCode":"VACCINATED","explainVariance":false}],"unitCodes":["HEALTH-N"]}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.rule").value("member-frequency"));
    }

    // ---- validation rules

    @Test
    void flagsABrokenRuleAndBlocksSubmissionWhenTheRuleSaysSo() throws Exception {
        as("health-officer", json(post("/api/v1/validation-rules"), """
                {"code":"DEL-NUM-LE-DEN","name":"Facility births cannot exceed births","leftSide":"#{DELIVERIES.numerator}",
                 "operator":"LESS_THAN_OR_EQUAL_TO","rightSide":"#{DELIVERIES.denominator}","importance":"BLOCKING",
                 "periodType":"QUARTERLY","ownerUnitCode":"HEALTH"}""")).andExpect(status().isCreated());
        enter("health-encoder", "HEALTH-N", "2023Q2", "DELIVERIES", "{\"numerator\":120,\"denominator\":100}")
                .andExpect(status().isOk());
        as("health-encoder", get("/api/v1/validation/HEALTH-N/2023Q2"))
                .andExpect(jsonPath("$[?(@.ruleCode=='DEL-NUM-LE-DEN')].leftValue").value(hasItem(120.0)))
                .andExpect(jsonPath("$[?(@.ruleCode=='DEL-NUM-LE-DEN')].importance").value(hasItem("BLOCKING")));
        step("health-encoder", "HEALTH-N", "2023Q2", "submit")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].rule").value(hasItem("validation-rule")));
        enter("health-encoder", "HEALTH-N", "2023Q2", "DELIVERIES", "{\"numerator\":90,\"denominator\":100}")
                .andExpect(status().isOk());
        step("health-encoder", "HEALTH-N", "2023Q2", "submit").andExpect(jsonPath("$.state").value("SUBMITTED"));
    }

    @Test
    void comparesWithThePeriodBeforeAndSkipsARuleWhoseValuesAreMissing() throws Exception {
        as("health-officer", json(post("/api/v1/validation-rules"), """
                {"code":"SAT-NO-DROP","name":"Satisfaction does not fall by more than 20 points","leftSide":"#{SATISFIED}",
                 "operator":"GREATER_THAN_OR_EQUAL_TO","rightSide":"#{SATISFIED}.periodOffset(-1) - 20","importance":"WARNING",
                 "periodType":"QUARTERLY","ownerUnitCode":"HEALTH"}""")).andExpect(status().isCreated());
        enter("health-encoder", "HEALTH-N", "2022Q4", "SATISFIED", "{\"value\":50}").andExpect(status().isOk());
        as("health-encoder", get("/api/v1/validation/HEALTH-N/2022Q4"))
                .andExpect(jsonPath("$[*].ruleCode").value(org.hamcrest.Matchers.not(hasItem("SAT-NO-DROP"))));
        enter("health-encoder", "HEALTH-N", "2022Q3", "SATISFIED", "{\"value\":90}").andExpect(status().isOk());
        as("health-encoder", get("/api/v1/validation/HEALTH-N/2022Q4"))
                .andExpect(jsonPath("$[?(@.ruleCode=='SAT-NO-DROP')].rightValue").value(hasItem(70.0)));
    }

    @Test
    void flagsAValueFarFromTheUnitsHistory() throws Exception {
        String[] quarters = {"2019Q1", "2019Q2", "2019Q3", "2019Q4", "2020Q1", "2020Q2", "2020Q3", "2020Q4"};
        int[] usual = {81, 84, 79, 83, 80, 82, 85, 80};
        for (int i = 0; i < quarters.length; i++) {
            enter("health-officer", "HEALTH-S", quarters[i], "SATISFIED", "{\"value\":" + usual[i] + "}").andExpect(status().isOk());
        }
        enter("health-officer", "HEALTH-S", "2021Q1", "SATISFIED", "{\"value\":12}").andExpect(status().isOk());
        as("health-officer", get("/api/v1/validation/HEALTH-S/2021Q1"))
                .andExpect(jsonPath("$[?(@.ruleCode=='outlier')].indicatorCodes[0]").value(hasItem("SATISFIED")));
        as("health-officer", get("/api/v1/validation/HEALTH-S/2020Q4"))
                .andExpect(jsonPath("$[*].ruleCode").value(org.hamcrest.Matchers.not(hasItem("outlier"))));
    }

    @Test
    void refusesARuleWithASyntaxErrorOrAnUnknownIndicatorNamingTheTerm() throws Exception {
        as("health-officer", json(post("/api/v1/validation-rules"), """
                {"code":"BAD1","name":"Bad","leftSide":"#{SATISFIED} +* 2","operator":"EQUAL_TO","rightSide":"1",
                 "importance":"WARNING","periodType":"QUARTERLY","ownerUnitCode":"HEALTH"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("leftSide"))
                .andExpect(jsonPath("$.rule").value("formula-syntax"));
        as("health-officer", json(post("/api/v1/validation-rules"), """
                {"code":"BAD2","name":"Bad","leftSide":"#{NOPE}","operator":"EQUAL_TO","rightSide":"1",
                 "importance":"WARNING","periodType":"QUARTERLY","ownerUnitCode":"HEALTH"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.rule").value("unknown-reference"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NOPE")));
        as("health-officer", json(post("/api/v1/validation-rules"), """
                {"code":"BAD3","name":"Bad","leftSide":"#{SATISFIED.numerator}","operator":"EQUAL_TO","rightSide":"1",
                 "importance":"WARNING","periodType":"QUARTERLY","ownerUnitCode":"HEALTH"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.rule").value("not-a-ratio"));
        as("schools-officer", json(post("/api/v1/validation-rules"), """
                {"code":"BAD4","name":"Not mine","leftSide":"#{SATISFIED}","operator":"EQUAL_TO","rightSide":"1",
                 "importance":"WARNING","periodType":"QUARTERLY","ownerUnitCode":"HEALTH"}"""))
                .andExpect(status().isForbidden());
    }

    // ---- helpers

    private ResultActions enter(String user, String unit, String period, String indicator, String value) throws Exception {
        String body = value.replaceFirst("\\{", "{\"unitCode\":\"" + unit + "\",\"period\":\"" + period + "\",");
        return as(user, json(put("/api/v1/indicators/" + indicator + "/actuals"), body));
    }

    private ResultActions step(String user, String unit, String period, String step) throws Exception {
        return as(user, post(REPORT + unit + "/" + period + "/" + step));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        String password = user.equals("admin") ? GovernmentFixtures.ADMIN_PASSWORD : GovernmentFixtures.PASSWORD;
        return mvc.perform(request.with(httpBasic(user, password)));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
