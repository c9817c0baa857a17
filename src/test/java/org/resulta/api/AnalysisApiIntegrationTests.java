package org.resulta.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.ActualRequest;
import org.resulta.measurement.CategoryKind;
import org.resulta.measurement.CategoryRequest;
import org.resulta.measurement.Dimension;
import org.resulta.measurement.DisaggregationRequest;
import org.resulta.measurement.Disaggregations;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.Measure;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.TargetRequest;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.ProgramRequest;
import org.resulta.results.ResultNodeRequest;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.PeriodType;
import org.resulta.shared.ResultLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.util.List;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analyses API on worked examples built on the small government: a safe-births program of HEALTH whose output
 * (mothers served, a quarterly count) and input (clinic spending, a cost on the program's activity) moved from
 * 2025Q2 to 2025Q3 as follows, and a rate reported by sex whose gap widened.
 * <pre>
 *              served Q2 -> Q3   cost Q2 -> Q3     strategy
 * HEALTH-N     100 -> 120 (+20%)  1000 -> 1000      1 more output, same input
 * HEALTH-S     200 -> 200         2000 -> 1500 (-25%) 2 same output, less input
 * HEALTH       300 -> 320 (+6.7%) 3000 -> 2500 (-16.7%) 5 more output, less input
 * </pre>
 * {@code PostgresAnalysisApiIntegrationTests} runs the same tests on PostgreSQL.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:analyses-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisApiIntegrationTests {

    static final String BEFORE = "2025Q2";
    static final String NOW = "2025Q3";

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
    Disaggregations disaggregations;

    @BeforeAll
    void buildGovernment() {
        GovernmentFixtures government = new GovernmentFixtures(organisation, results, catalog, data, users, accounts);
        government.buildSmallGovernment();
        government.asAdministrator(() -> {
            results.addProgram("HEALTH-PLAN", new ProgramRequest("H-SAFE", "Safe births program", null, "HEALTH"));
            results.addNode("HEALTH-PLAN", new ResultNodeRequest("H-OUT2", ResultLevel.OUTPUT, null,
                    "Mothers served by birthing clinics", null, null, "H-SAFE", List.of("H-OC")));
            results.addNode("HEALTH-PLAN", new ResultNodeRequest("H-ACT2", ResultLevel.ACTIVITY, null,
                    "Run birthing clinics", null, null, "H-SAFE", List.of("H-OUT2")));
            catalog.define(indicator("SERVED", "H-OUT2", "Mothers served", Measure.NUMBER, Dimension.QUANTITY, null, null));
            catalog.define(indicator("CLINIC-COST", "H-ACT2", "Clinic spending", Measure.CURRENCY, Dimension.COST, null, null));
            disaggregations.defineCategory(new CategoryRequest("SEX", "Sex", CategoryKind.SEX, List.of(
                    new CategoryRequest.Option("F", "Female"), new CategoryRequest.Option("M", "Male"))));
            disaggregations.defineDisaggregation(new DisaggregationRequest("sex", "Sex", List.of("SEX")));
            catalog.define(indicator("CHECKED", "H-OC", "Mothers checked after birth", Measure.RATIO, Dimension.QUALITY,
                    BigDecimal.valueOf(100), "sex"));

            value("SERVED", "HEALTH-N", BEFORE, "100");
            value("SERVED", "HEALTH-N", NOW, "120");
            value("SERVED", "HEALTH-S", BEFORE, "200");
            value("SERVED", "HEALTH-S", NOW, "200");
            value("CLINIC-COST", "HEALTH-N", BEFORE, "1000");
            value("CLINIC-COST", "HEALTH-N", NOW, "1000");
            value("CLINIC-COST", "HEALTH-S", BEFORE, "2000");
            value("CLINIC-COST", "HEALTH-S", NOW, "1500");
            target("SERVED", "HEALTH-N", NOW, "110");
            target("CLINIC-COST", "HEALTH-N", NOW, "1100");
            target("SERVED", "HEALTH-N", "2025", "400");

            ratio("CHECKED", "HEALTH-N", BEFORE, "40", "50", "F");
            ratio("CHECKED", "HEALTH-N", BEFORE, "45", "50", "M");
            ratio("CHECKED", "HEALTH-N", NOW, "35", "50", "F");
            ratio("CHECKED", "HEALTH-N", NOW, "45", "50", "M");
        });
    }

    // ---- the five strategies

    @Test
    void classifiesEachSubUnitByHowItsOutputAndInputMoved() throws Exception {
        as("health-officer", get("/api/v1/analytics/strategies").param("unit", "HEALTH").param("period", NOW)
                .param("basis", "SUB_UNITS").param("output", "SERVED").param("input", "CLINIC-COST"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousPeriod").value(BEFORE))
                .andExpect(jsonPath("$.rows", hasSize(3)))
                .andExpect(jsonPath("$.rows[0].subjectCode").value("HEALTH"))
                .andExpect(jsonPath("$.rows[0].total").value(true))
                .andExpect(jsonPath("$.rows[0].strategy").value("MORE_OUTPUT_LESS_INPUT"))
                .andExpect(jsonPath("$.rows[1].subjectCode").value("HEALTH-N"))
                .andExpect(jsonPath("$.rows[1].outputChange").value(closeTo(0.20, 1e-9)))
                .andExpect(jsonPath("$.rows[1].inputMove").value("SAME"))
                .andExpect(jsonPath("$.rows[1].strategy").value("MORE_OUTPUT_SAME_INPUT"))
                .andExpect(jsonPath("$.rows[2].subjectCode").value("HEALTH-S"))
                .andExpect(jsonPath("$.rows[2].inputChange").value(closeTo(-0.25, 1e-9)))
                .andExpect(jsonPath("$.rows[2].strategy").value("SAME_OUTPUT_LESS_INPUT"))
                .andExpect(jsonPath("$.rows[2].description").value(containsString("strategy 2")));
    }

    @Test
    void computesValueForMoneyFromCostsOutputsAndTheirTargets() throws Exception {
        as("health-officer", get("/api/v1/analytics/strategies").param("unit", "HEALTH").param("period", NOW)
                .param("basis", "SUB_UNITS").param("output", "SERVED").param("input", "CLINIC-COST"))
                .andExpect(jsonPath("$.rows[1].costPerOutput.value").value(closeTo(1000.0 / 120, 1e-9)))
                .andExpect(jsonPath("$.rows[1].previousCostPerOutput.value").value(closeTo(10.0, 1e-9)))
                .andExpect(jsonPath("$.rows[1].economy.value").value(closeTo((1000.0 / 120) / (1100.0 / 110), 1e-9)))
                .andExpect(jsonPath("$.rows[1].effectiveness.value").value(closeTo(120.0 / 110 * 100, 1e-9)))
                .andExpect(jsonPath("$.rows[2].economy.value").doesNotExist())
                .andExpect(jsonPath("$.rows[2].economy.reason").value(containsString("no target")));
    }

    @Test
    void pairsEachProgramsOutputWithTheCostOnItsOwnActivity() throws Exception {
        as("health-viewer", get("/api/v1/analytics/strategies").param("unit", "HEALTH").param("period", NOW))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("PROGRAMS"))
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].subjectCode").value("H-SAFE"))
                .andExpect(jsonPath("$.rows[0].outputCode").value("SERVED"))
                .andExpect(jsonPath("$.rows[0].inputCode").value("CLINIC-COST"))
                .andExpect(jsonPath("$.rows[0].output").value(closeTo(320, 1e-9)))
                .andExpect(jsonPath("$.rows[0].input").value(closeTo(2500, 1e-9)))
                .andExpect(jsonPath("$.rows[0].strategy").value("MORE_OUTPUT_LESS_INPUT"));
    }

    @Test
    void refusesAnIndicatorThatIsNoOutput() throws Exception {
        as("health-officer", get("/api/v1/analytics/strategies").param("unit", "HEALTH").param("period", NOW)
                .param("basis", "SUB_UNITS").param("output", "DELIVERIES").param("input", "CLINIC-COST"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("analysis-output"))
                .andExpect(jsonPath("$.detail").value(containsString("SERVED")));
    }

    @Test
    void refusesABadPeriodOrBasisWithProblemDetails() throws Exception {
        as("health-officer", get("/api/v1/analytics/strategies").param("unit", "HEALTH").param("period", "2025Q5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        as("health-officer", get("/api/v1/analytics/strategies").param("unit", "HEALTH").param("basis", "EVERYTHING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        as("health-officer", get("/api/v1/analytics/strategies").param("unit", "NOWHERE"))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesTheStrategiesOfAnotherDepartment() throws Exception {
        as("health-officer", get("/api/v1/analytics/strategies").param("unit", "SCHOOLS").param("period", NOW))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    // ---- equity

    @Test
    void flagsASexGapThatWidened() throws Exception {
        as("health-officer", get("/api/v1/analytics/equity").param("unit", "HEALTH").param("indicator", "CHECKED")
                .param("period", NOW))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("GROUPS"))
                .andExpect(jsonPath("$.reference").value("M"))
                .andExpect(jsonPath("$.referenceValue").value(closeTo(90, 1e-9)))
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].groupCode").value("F"))
                .andExpect(jsonPath("$.rows[0].previousValue").value(closeTo(80, 1e-9)))
                .andExpect(jsonPath("$.rows[0].value").value(closeTo(70, 1e-9)))
                .andExpect(jsonPath("$.rows[0].gap").value(closeTo(-20, 1e-9)))
                .andExpect(jsonPath("$.rows[0].ratio").value(closeTo(70.0 / 90, 1e-9)))
                .andExpect(jsonPath("$.rows[0].widening").value(closeTo(10, 1e-9)))
                .andExpect(jsonPath("$.rows[0].flagged").value(true));
    }

    @Test
    void leavesAGapUnflaggedBelowTheThreshold() throws Exception {
        as("health-officer", get("/api/v1/analytics/equity").param("unit", "HEALTH").param("indicator", "CHECKED")
                .param("period", NOW).param("threshold", "10"))
                .andExpect(jsonPath("$.rows[0].flagged").value(false));
    }

    @Test
    void comparesSubUnitsWithTheUnitAsRegions() throws Exception {
        as("health-officer", get("/api/v1/analytics/equity").param("unit", "HEALTH").param("indicator", "SERVED")
                .param("period", NOW))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("SUB_UNITS"))
                .andExpect(jsonPath("$.reference").value("total"))
                .andExpect(jsonPath("$.referenceValue").value(closeTo(320, 1e-9)))
                .andExpect(jsonPath("$.rows[0].groupCode").value("HEALTH-N"))
                .andExpect(jsonPath("$.rows[0].widening").value(closeTo(0, 1e-9)))
                .andExpect(jsonPath("$.rows[0].flagged").value(false))
                .andExpect(jsonPath("$.rows[1].groupCode").value("HEALTH-S"))
                .andExpect(jsonPath("$.rows[1].gap").value(closeTo(-120, 1e-9)))
                .andExpect(jsonPath("$.rows[1].flagged").value(true));
    }

    @Test
    void refusesGroupsForAnIndicatorWithoutDisaggregationAndAnUnknownReference() throws Exception {
        as("health-officer", get("/api/v1/analytics/equity").param("unit", "HEALTH").param("indicator", "SERVED")
                .param("basis", "GROUPS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("equity-not-disaggregated"));
        as("health-officer", get("/api/v1/analytics/equity").param("unit", "HEALTH").param("indicator", "CHECKED")
                .param("reference", "X"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("equity-reference"));
    }

    @Test
    void refusesTheEquityOfAnotherDepartment() throws Exception {
        as("schools-officer", get("/api/v1/analytics/equity").param("unit", "HEALTH").param("indicator", "CHECKED"))
                .andExpect(status().isForbidden());
    }

    // ---- scores up the chain and the tree

    @Test
    void scoresEachSubUnitFromItsIndicatorsAndTheUnitFromItsSubUnits() throws Exception {
        double north = (80.0 / 85 * 100 + 120.0 / 110 * 100 + 1000.0 / 1100 * 100) / 3;
        as("health-officer", get("/api/v1/analytics/scores").param("unit", "HEALTH").param("period", NOW))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value("WEIGHTED_MEAN"))
                .andExpect(jsonPath("$.units[0].code").value("HEALTH"))
                .andExpect(jsonPath("$.units[1].code").value("HEALTH-N"))
                .andExpect(jsonPath("$.units[1].score").value(closeTo(north, 1e-6)))
                .andExpect(jsonPath("$.units[2].code").value("HEALTH-S"))
                .andExpect(jsonPath("$.units[2].score").value(closeTo(100, 1e-6)))
                .andExpect(jsonPath("$.units[0].score").value(closeTo((north + 100) / 2, 1e-6)))
                .andExpect(jsonPath("$.units[0].contributions[0].weight").value(1.0))
                .andExpect(jsonPath("$.units[0].contributions[0].share").value(0.5))
                .andExpect(jsonPath("$.units[0].explanation").value(containsString("Weighted mean of 2 of 2 children")));
    }

    @Test
    void takesTheWorstChildWhenAskedAndShowsTheChainFromTheImpactDown() throws Exception {
        as("health-officer", get("/api/v1/analytics/scores").param("unit", "HEALTH").param("period", NOW)
                .param("method", "WORST_CHILD"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units[0].score").value(closeTo(1000.0 / 1100 * 100, 1e-6)))
                .andExpect(jsonPath("$.chain[0].code").value("H-IMP"))
                .andExpect(jsonPath("$.chain[?(@.code == 'H-OC')].contributions[?(@.child == 'DELIVERIES')].achievement",
                        hasItem(closeTo(250.0 / 300 * 100 / 85 * 100, 1e-6))));
    }

    @Test
    void refusesTheScoresOfAnotherDepartmentAndAnUnknownMethod() throws Exception {
        as("schools-officer", get("/api/v1/analytics/scores").param("unit", "HEALTH")).andExpect(status().isForbidden());
        as("health-officer", get("/api/v1/analytics/scores").param("unit", "HEALTH").param("method", "AVERAGE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void showsTheScoresWithTheirMethodAndWeights() throws Exception {
        mvc.perform(get("/analytics/scores").param("unit", "HEALTH").param("period", NOW)
                        .with(user(accounts.loadUserByUsername("health-viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chain-score-table\"")))
                .andExpect(content().string(containsString("id=\"unit-score-table\"")))
                .andExpect(content().string(containsString("Weighted mean")));
    }

    // ---- trend

    @Test
    void projectsTheYearFromItsTrendAgainstTheAnnualTarget() throws Exception {
        // Q2 100, Q3 120: the line 80 + 20 x quarter fills Q1 (80) and Q4 (140): 440 against 400
        as("health-officer", get("/api/v1/analytics/trend").param("indicator", "SERVED").param("unit", "HEALTH-N")
                .param("period", "2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.annualTarget").value(closeTo(400, 1e-9)))
                .andExpect(jsonPath("$.projected").value(closeTo(440, 1e-9)))
                .andExpect(jsonPath("$.projectedAchievement").value(closeTo(110, 1e-9)))
                .andExpect(jsonPath("$.onTrack").value(true))
                .andExpect(jsonPath("$.verdict").value(containsString("On track")))
                .andExpect(jsonPath("$.points", hasSize(4)));
    }

    @Test
    void refusesTheTrendOfAnotherDepartmentsUnit() throws Exception {
        as("schools-officer", get("/api/v1/analytics/trend").param("indicator", "SERVED").param("unit", "HEALTH-N"))
                .andExpect(status().isForbidden());
    }

    // ---- pages

    @Test
    void showsTheStrategyMatrixAndItsTable() throws Exception {
        mvc.perform(get("/analytics/strategies").param("unit", "HEALTH").param("period", NOW)
                        .with(user(accounts.loadUserByUsername("health-viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"strategy-chart\"")))
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("id=\"strategy-table\"")))
                .andExpect(content().string(containsString("Safe births program")))
                .andExpect(content().string(containsString("Strategy 5")));
    }

    @Test
    void showsTheEquityChartAndTableWithTheWidenedGapFlagged() throws Exception {
        mvc.perform(get("/analytics/equity").param("unit", "HEALTH").param("indicator", "CHECKED").param("period", NOW)
                        .with(user(accounts.loadUserByUsername("health-viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"equity-chart\"")))
                .andExpect(content().string(containsString("id=\"equity-table\"")))
                .andExpect(content().string(containsString("Widened")));
    }

    @Test
    void statesOnTheIndicatorPageWhetherTheYearIsOnTrack() throws Exception {
        mvc.perform(get("/indicators/SERVED").param("unit", "HEALTH-N").param("period", NOW)
                        .with(user(accounts.loadUserByUsername("health-viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"projection-chart\"")))
                .andExpect(content().string(containsString("id=\"projection-table\"")))
                .andExpect(content().string(containsString("On track to meet the annual target")))
                .andExpect(content().string(containsString("id=\"subunit-table\"")));
    }

    @Test
    void refusesTheAnalysisPagesOfAnotherDepartment() throws Exception {
        mvc.perform(get("/analytics/strategies").param("unit", "SCHOOLS")
                        .with(user(accounts.loadUserByUsername("health-viewer"))))
                .andExpect(status().isForbidden());
    }

    private static IndicatorRequest indicator(String code, String result, String name, Measure measure,
                                              Dimension dimension, BigDecimal multiplier, String disaggregation) {
        return new IndicatorRequest(code, result, name, null, null, null, measure == Measure.CURRENCY ? "PHP" : null,
                measure, dimension, Direction.INCREASE, null, null, PeriodType.QUARTERLY, measure == Measure.RATIO ? 1 : 0,
                multiplier, measure == Measure.RATIO ? "checked" : null, measure == Measure.RATIO ? "delivered" : null,
                measure == Measure.CURRENCY ? "PHP" : null, null, null, null, null, null, AchievementMethod.RATIO,
                disaggregation);
    }

    private void value(String indicator, String unit, String period, String value) {
        data.recordActual(indicator, new ActualRequest(unit, period, new BigDecimal(value), null, null, null, null));
    }

    private void ratio(String indicator, String unit, String period, String numerator, String denominator, String combo) {
        data.recordActual(indicator, new ActualRequest(unit, period, null, new BigDecimal(numerator),
                new BigDecimal(denominator), null, null, combo));
    }

    private void target(String indicator, String unit, String period, String value) {
        data.setTarget(indicator, new TargetRequest(unit, period, TargetType.AT_LEAST, new BigDecimal(value), null, null));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, GovernmentFixtures.PASSWORD)));
    }
}
