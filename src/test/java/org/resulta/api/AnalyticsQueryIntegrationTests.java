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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analytics query API on the small government of {@link GovernmentFixtures}, with monthly vaccinations of
 * HEALTH-N and HEALTH-S in 2025Q3 and births attended broken down by sex: the same figures as the scorecard, rollups
 * over a subtree, periods split by type, option combinations, CSV, every kind of bad input, and scope.
 * {@code PostgresAnalyticsQueryIntegrationTests} runs the same tests on PostgreSQL.
 */
@SpringBootTest(properties = {"resulta.analytics.max-cells=200",
        "spring.datasource.url=jdbc:h2:mem:analytics-query-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsQueryIntegrationTests {

    static final String API = "/api/v1/analytics";
    static final String QUARTER = GovernmentFixtures.PAST_QUARTER;

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

    @BeforeAll
    void buildGovernment() throws Exception {
        new GovernmentFixtures(organisation, results, catalog, data, users, accounts).buildSmallGovernment();
        int[] north = {100, 110, 120};
        int[] south = {50, 60, 70};
        for (int m = 0; m < 3; m++) {
            String month = "2025-0" + (7 + m);
            actual("VACCINATED", "HEALTH-N", month, "\"value\":" + north[m]);
            actual("VACCINATED", "HEALTH-S", month, "\"value\":" + south[m]);
            target("VACCINATED", "HEALTH-N", month, 100);
            target("VACCINATED", "HEALTH-S", month, 80);
        }
        asAdmin(json(post("/api/v1/categories"), "{\"code\":\"SEX\",\"name\":\"Sex\",\"kind\":\"SEX\","
                + "\"options\":[{\"code\":\"F\",\"name\":\"Female\"},{\"code\":\"M\",\"name\":\"Male\"}]}"))
                .andExpect(status().isCreated());
        asAdmin(json(post("/api/v1/disaggregations"), "{\"code\":\"sex\",\"name\":\"Sex\",\"categoryCodes\":[\"SEX\"]}"))
                .andExpect(status().isCreated());
        asAdmin(json(post("/api/v1/indicators"), "{\"code\":\"ATTENDED\",\"resultCode\":\"H-OUT\",\"name\":\"Births attended\","
                + "\"measure\":\"RATIO\",\"dimension\":\"QUALITY\",\"direction\":\"INCREASE\",\"frequency\":\"QUARTERLY\","
                + "\"multiplier\":100,\"numeratorLabel\":\"attended\",\"denominatorLabel\":\"all\",\"disaggregationCode\":\"sex\"}"))
                .andExpect(status().isCreated());
        asAdmin(json(put("/api/v1/data-entry/HEALTH-N/" + QUARTER),
                "[{\"indicatorCode\":\"ATTENDED\",\"numerator\":30,\"denominator\":50,\"optionCombo\":\"F\"},"
                        + "{\"indicatorCode\":\"ATTENDED\",\"numerator\":45,\"denominator\":50,\"optionCombo\":\"M\"}]"))
                .andExpect(status().isOk());
        asAdmin(json(put("/api/v1/data-entry/HEALTH-S/" + QUARTER),
                "[{\"indicatorCode\":\"ATTENDED\",\"numerator\":10,\"denominator\":20,\"optionCombo\":\"F\"},"
                        + "{\"indicatorCode\":\"ATTENDED\",\"numerator\":18,\"denominator\":20,\"optionCombo\":\"M\"}]"))
                .andExpect(status().isOk());
        asAdmin(json(put("/api/v1/indicators/ATTENDED/targets"), "{\"unitCode\":\"HEALTH-N\",\"period\":\"" + QUARTER
                + "\",\"type\":\"AT_LEAST\",\"value\":90,\"optionCombo\":\"F\"}")).andExpect(status().isOk());
        asAdmin(json(post("/api/v1/indicators"), "{\"code\":\"UNATTENDED\",\"resultCode\":\"H-OUT\",\"name\":\"Births not attended\","
                + "\"measure\":\"PERCENTAGE\",\"dimension\":\"QUALITY\",\"direction\":\"DECREASE\",\"frequency\":\"QUARTERLY\","
                + "\"disaggregationCode\":\"sex\"}")).andExpect(status().isCreated());
        asAdmin(json(put("/api/v1/indicators/UNATTENDED/formula"), "{\"numerator\":\"100 - #{ATTENDED}\"}"))
                .andExpect(status().isOk());
    }

    // ---- the same figures as the scorecard

    @Test
    void answersWithTheScorecardsFiguresForEveryIndicatorOfAUnit() throws Exception {
        for (String unit : List.of("GOV", "HEALTH", "HEALTH-N", "SCHOOLS-N")) {
            JsonNode card = read(asAdmin(get("/api/v1/scorecards/" + unit).param("period", QUARTER)));
            JsonNode answer = read(asAdmin(get(API).param("unit", unit).param("periods", QUARTER)));
            Map<String, JsonNode> cells = new HashMap<>();
            answer.get("items").forEach(c -> cells.put(c.get("indicator").asString(), c));
            assertThat(cells).as("cells of " + unit).hasSize(card.get("lines").size());
            for (JsonNode line : card.get("lines")) {
                JsonNode cell = cells.get(line.get("indicatorCode").asString());
                String what = unit + " " + line.get("indicatorCode").asString();
                assertThat(cell).as(what).isNotNull();
                assertThat(cell.get("status").asString()).as(what).isEqualTo(line.get("status").asString());
                assertThat(number(cell, "value")).as(what).isEqualTo(number(line, "actual"));
                assertThat(number(cell, "target")).as(what).isEqualTo(number(line, "target"));
                assertThat(number(cell, "achievement")).as(what).isEqualTo(number(line, "achievement"));
                assertThat(cell.get("disaggregation").asString()).isEqualTo("total");
            }
        }
    }

    // ---- units

    @Test
    void rollsASubtreeUpUnitByUnit() throws Exception {
        asAdmin(get(API).param("indicators", "DELIVERIES").param("unit", "HEALTH").param("units", "subtree")
                .param("periods", QUARTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].unit", contains("HEALTH", "HEALTH-N", "HEALTH-S")))
                .andExpect(jsonPath("$.items[0].value").value(closeTo(250.0 / 300 * 100, 1e-9)))
                .andExpect(jsonPath("$.items[0].numerator").value(closeTo(250.0, 1e-9)))
                .andExpect(jsonPath("$.items[0].target").value(closeTo(85.0, 1e-9)))
                .andExpect(jsonPath("$.items[1].value").value(closeTo(80.0, 1e-9)))
                .andExpect(jsonPath("$.items[1].status").value("GREEN"))
                .andExpect(jsonPath("$.items[2].value").value(closeTo(85.0, 1e-9)))
                .andExpect(jsonPath("$.items[2].achievement").value(closeTo(100.0, 1e-9)));
    }

    @Test
    void choosesChildrenOrALevelAndLeavesOutUnitsBesideTheIndicatorsOwner() throws Exception {
        asAdmin(get(API).param("indicators", "DELIVERIES").param("unit", "HEALTH").param("units", "children")
                .param("periods", QUARTER))
                .andExpect(jsonPath("$.items[*].unit", contains("HEALTH-N", "HEALTH-S")));
        asAdmin(get(API).param("indicators", "DELIVERIES,ENROLLED").param("unit", "GOV").param("units", "level")
                .param("level", "3").param("periods", QUARTER))
                .andExpect(jsonPath("$.dimensions.units[*].code", contains("HEALTH-N", "HEALTH-S", "SCHOOLS-N")))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[?(@.indicator=='ENROLLED')].unit", contains("SCHOOLS-N")))
                .andExpect(jsonPath("$.items[?(@.indicator=='ENROLLED')].value", contains(closeTo(990.0, 1e-9))));
        asAdmin(get(API).param("indicators", "DELIVERIES").param("unit", "GOV").param("units", "subtree")
                .param("unitType", "regional_office").param("periods", QUARTER))
                .andExpect(jsonPath("$.items[*].unit", contains("HEALTH-N", "HEALTH-S")));
    }

    // ---- periods

    @Test
    void splitsAPeriodIntoMonthsAndReadsARangeTheSameWay() throws Exception {
        String byType = asAdmin(get(API).param("indicators", "VACCINATED").param("unit", "HEALTH")
                .param("periods", QUARTER).param("periodType", "month"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].period", contains("2025-07", "2025-08", "2025-09")))
                .andExpect(jsonPath("$.items[*].value", contains(closeTo(150.0, 1e-9), closeTo(170.0, 1e-9), closeTo(190.0, 1e-9))))
                .andExpect(jsonPath("$.items[*].target", contains(closeTo(180.0, 1e-9), closeTo(180.0, 1e-9), closeTo(180.0, 1e-9))))
                .andReturn().getResponse().getContentAsString();
        String byRange = asAdmin(get(API).param("indicators", "VACCINATED").param("unit", "HEALTH")
                .param("periods", "2025-07..2025-09")).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(byRange).get("items")).isEqualTo(json.readTree(byType).get("items"));
        asAdmin(get(API).param("indicators", "VACCINATED").param("unit", "HEALTH-N").param("periods", QUARTER))
                .andExpect(jsonPath("$.items[0].value").value(closeTo(330.0, 1e-9)))
                .andExpect(jsonPath("$.items[0].target").value(closeTo(300.0, 1e-9)))
                .andExpect(jsonPath("$.items[0].status").value("GREEN"));
    }

    // ---- disaggregations

    @Test
    void answersEachOptionCombinationByTheRulesOfTotals() throws Exception {
        asAdmin(get(API).param("indicators", "ATTENDED").param("unit", "HEALTH").param("units", "subtree")
                .param("periods", QUARTER).param("disaggregations", "total,all"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(9))
                .andExpect(jsonPath("$.dimensions.disaggregations[*].code", contains("total", "F", "M")))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH' && @.disaggregation=='total')].value", contains(closeTo(103.0 / 140 * 100, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH' && @.disaggregation=='F')].value", contains(closeTo(40.0 / 70 * 100, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH' && @.disaggregation=='M')].value", contains(closeTo(63.0 / 70 * 100, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH-N' && @.disaggregation=='F')].target", contains(closeTo(90.0, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH-N' && @.disaggregation=='F')].achievement", contains(closeTo(60.0 / 90 * 100, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH-N' && @.disaggregation=='F')].status", contains("RED")))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH-N' && @.disaggregation=='M')].status", contains("NO_TARGET")));
        asAdmin(get(API).param("indicators", "ATTENDED").param("unit", "HEALTH-S").param("periods", QUARTER)
                .param("disaggregation", "M"))
                .andExpect(jsonPath("$.items[*].value", contains(closeTo(90.0, 1e-9))));
    }

    /**
     * A formula indicator disaggregated like its components: each option combination is the formula over the
     * components' values for that combination (100 - attended share of girls), not a share of the total.
     */
    @Test
    void computesAFormulaIndicatorForEachOptionCombinationFromItsComponentsCombinations() throws Exception {
        asAdmin(get(API).param("indicators", "UNATTENDED").param("unit", "HEALTH").param("units", "subtree")
                .param("periods", QUARTER).param("disaggregations", "total,all"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(9))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH' && @.disaggregation=='total')].value", contains(closeTo(100 - 103.0 / 140 * 100, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH' && @.disaggregation=='F')].value", contains(closeTo(100 - 40.0 / 70 * 100, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH' && @.disaggregation=='M')].value", contains(closeTo(100 - 63.0 / 70 * 100, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH-N' && @.disaggregation=='F')].value", contains(closeTo(40.0, 1e-9))))
                .andExpect(jsonPath("$.items[?(@.unit=='HEALTH-S' && @.disaggregation=='M')].value", contains(closeTo(10.0, 1e-9))));
    }

    // ---- paging, body, CSV

    @Test
    void pagesThroughTheCellsInOrder() throws Exception {
        asAdmin(get(API).param("indicators", "VACCINATED").param("unit", "HEALTH").param("units", "subtree")
                .param("periods", "2025-07..2025-09").param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.total").value(9))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[*].unit", contains("HEALTH", "HEALTH-N")))
                .andExpect(jsonPath("$.items[*].period", contains("2025-09", "2025-07")));
    }

    @Test
    void takesTheQueryAsAJsonBody() throws Exception {
        asAdmin(json(post(API), """
                {"indicators":["DELIVERIES"],"unit":"HEALTH","units":"children","periods":["%s"]}""".formatted(QUARTER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unit", contains("HEALTH-N", "HEALTH-S")));
    }

    @Test
    void streamsCsvWithSpreadsheetSafeCells() throws Exception {
        asAdmin(json(post("/api/v1/org-units"), "{\"code\":\"SCHOOLS-X\",\"name\":\"=HYPERLINK(\\\"http://x\\\")\","
                + "\"type\":\"SECTION\",\"parentCode\":\"SCHOOLS-N\"}")).andExpect(status().isCreated());
        String csv = asAdmin(get(API).param("indicators", "ENROLLED").param("unit", "SCHOOLS-N").param("units", "subtree")
                .param("periods", QUARTER).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("resulta-analytics.csv")))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("indicator,indicator_name,unit,unit_name,period,period_label,disaggregation");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("ENROLLED,Children enrolled,SCHOOLS-N,Schools North,2025Q3,Q3 2025,total,Total,990,,,AT_LEAST,1000,,99,GREEN");
        assertThat(lines.get(2)).contains("SCHOOLS-X,\"'=HYPERLINK(\"\"http://x\"\")\"").contains("NO_TARGET");
        String byParameter = asAdmin(get(API).param("indicators", "ENROLLED").param("unit", "SCHOOLS-N")
                .param("units", "subtree").param("periods", QUARTER).param("format", "csv"))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(byParameter).isEqualTo(csv);
    }

    // ---- bad input

    @Test
    void namesAnUnknownIndicatorUnitPeriodOrCombination() throws Exception {
        asAdmin(get(API).param("indicators", "DELIVERIES,NOPE-1").param("unit", "HEALTH").param("periods", QUARTER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("indicators"))
                .andExpect(jsonPath("$.detail").value(containsString("NOPE-1")));
        asAdmin(get(API).param("unit", "NOWHERE").param("periods", QUARTER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("unit"))
                .andExpect(jsonPath("$.detail").value(containsString("NOWHERE")));
        asAdmin(get(API).param("unit", "HEALTH").param("periods", "2025Q1..2025Q9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("period-format"))
                .andExpect(jsonPath("$.detail").value(containsString("2025Q9")));
        asAdmin(get(API).param("unit", "HEALTH").param("periods", "2025Q1..2025-02"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("period-range-types"));
        asAdmin(get(API).param("unit", "HEALTH").param("periods", QUARTER).param("periodType", "fortnight"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("fortnight")));
        asAdmin(get(API).param("indicators", "ATTENDED").param("unit", "HEALTH").param("periods", QUARTER)
                .param("disaggregations", "X"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("disaggregations"))
                .andExpect(jsonPath("$.detail").value(containsString("'X'")));
        asAdmin(get(API).param("unit", "HEALTH").param("periods", QUARTER).param("units", "everything"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("units"));
        asAdmin(get(API).param("unit", "HEALTH").param("periods", QUARTER).param("plan", "NO-PLAN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("NO-PLAN")));
        asAdmin(get(API).param("unit", "HEALTH"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("periods"));
    }

    @Test
    void refusesAQueryOverTheCellLimitStatingTheCountAndTheLimit() throws Exception {
        asAdmin(get(API).param("indicators", "VACCINATED").param("unit", "HEALTH").param("units", "subtree")
                .param("periods", "2020-01..2025-12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("too-many-cells"))
                .andExpect(jsonPath("$.cells").value(216))
                .andExpect(jsonPath("$.limit").value(200))
                .andExpect(jsonPath("$.detail").value(containsString("216 cells")))
                .andExpect(jsonPath("$.detail").value(containsString("limit is 200")));
        asAdmin(get(API).param("indicators", "VACCINATED").param("unit", "HEALTH").param("units", "subtree")
                .param("periods", "2020-01..2025-12").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("too-many-cells"));
    }

    // ---- scope

    @Test
    void aUserOfOneUnitCannotReadAnothersData() throws Exception {
        as("health-viewer", get(API).param("unit", "HEALTH").param("units", "subtree").param("periods", QUARTER))
                .andExpect(status().isOk());
        as("health-viewer", get(API).param("unit", "SCHOOLS").param("periods", QUARTER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        as("health-viewer", get(API).param("unit", "GOV").param("units", "subtree").param("periods", QUARTER))
                .andExpect(status().isForbidden());
        as("health-encoder", get(API).param("unit", "HEALTH").param("units", "subtree").param("periods", QUARTER))
                .andExpect(status().isForbidden());
        as("health-encoder", get(API).param("unit", "HEALTH-S").param("periods", QUARTER).param("format", "csv"))
                .andExpect(status().isForbidden());
        as("health-encoder", get(API).param("unit", "HEALTH-N").param("indicators", "DELIVERIES").param("periods", QUARTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].value").value(closeTo(80.0, 1e-9)));
        as("health-viewer", get(API).param("unit", "HEALTH").param("indicators", "ENROLLED").param("periods", QUARTER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("indicator-not-for-unit"));
        as("schools-officer", get(API).param("unit", "SCHOOLS").param("units", "subtree").param("periods", QUARTER))
                .andExpect(jsonPath("$.items[*].indicator", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("ENROLLED"))))
                .andExpect(jsonPath("$.items[*].unit", hasItem("SCHOOLS-N")));
    }

    // ---- the pivot page

    @Test
    void showsAPivotOfUnitsByMonthAndExportsTheSameTableAsCsv() throws Exception {
        String page = onPage("health-viewer", get("/analytics/pivot").param("unit", "HEALTH").param("units", "subtree")
                .param("indicators", "VACCINATED").param("from", "2025-07").param("to", "2025-09")
                .param("rows", "unit").param("columns", "period").param("measure", "value"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<table id=\"pivot-table\"").contains("<caption>Value by unit (rows) and period (columns)")
                .containsPattern("<th scope=\"col\" [^>]*data-code=\"2025-08\"[^>]*>August 2025</th>")
                .contains("<th scope=\"row\">Department of Health</th>")
                .contains("/analytics/pivot.csv?unit=HEALTH");
        assertThat(page.indexOf(">150<")).isPositive().isLessThan(page.indexOf(">170<"));

        String csv = onPage("health-viewer", get("/analytics/pivot.csv").param("unit", "HEALTH").param("units", "subtree")
                .param("indicators", "VACCINATED").param("from", "2025-07").param("to", "2025-09")
                .param("rows", "unit").param("columns", "period").param("measure", "value"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).containsExactly("Unit,July 2025,August 2025,September 2025",
                "Department of Health,150,170,190", "Health North,100,110,120", "Health South,50,60,70");
    }

    @Test
    void showsStatusInWordsAndNestsTheOtherDimensionsInTheRows() throws Exception {
        String page = onPage("health-officer", get("/analytics/pivot").param("unit", "HEALTH").param("units", "children")
                .param("indicators", "DELIVERIES,VACCINATED").param("from", QUARTER).param("to", QUARTER)
                .param("rows", "indicator").param("columns", "period").param("measure", "status"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Status by indicator and unit (rows) and period (columns)")
                .contains("<th scope=\"col\">Unit</th>").contains(">On track</span>");
        String csv = onPage("health-officer", get("/analytics/pivot.csv").param("unit", "HEALTH").param("units", "children")
                .param("indicators", "DELIVERIES").param("from", QUARTER).param("to", QUARTER)
                .param("rows", "unit").param("columns", "indicator").param("measure", "achievement"))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("Unit,Facility-based deliveries");
        assertThat(lines.get(1)).startsWith("Health North,94.117647");
        assertThat(lines.get(2)).isEqualTo("Health South,100");
    }

    @Test
    void pivotRefusesAnotherUnitAndExplainsBadInputOnTheForm() throws Exception {
        onPage("health-viewer", get("/analytics/pivot").param("unit", "SCHOOLS")).andExpect(status().isForbidden());
        onPage("health-viewer", get("/analytics/pivot.csv").param("unit", "SCHOOLS")).andExpect(status().isForbidden());
        String page = onPage("health-viewer", get("/analytics/pivot").param("unit", "HEALTH").param("from", "2025Q1")
                .param("to", "2025Q9")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"error-summary\"").contains("2025Q9").doesNotContain("id=\"pivot-table\"");
    }

    @Test
    void linksThePivotFromTheNavigationAndTheScorecard() throws Exception {
        String page = onPage("health-viewer", get("/scorecards/HEALTH").param("period", QUARTER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/analytics/pivot\"")
                .contains("id=\"open-pivot\" href=\"/analytics/pivot?unit=HEALTH&amp;units=unit&amp;to=" + QUARTER);
    }

    // ---- helpers

    private void actual(String indicator, String unit, String period, String figures) throws Exception {
        asAdmin(json(put("/api/v1/indicators/" + indicator + "/actuals"), "{\"unitCode\":\"" + unit + "\",\"period\":\""
                + period + "\"," + figures + "}")).andExpect(status().isOk());
    }

    private void target(String indicator, String unit, String period, int value) throws Exception {
        asAdmin(json(put("/api/v1/indicators/" + indicator + "/targets"), "{\"unitCode\":\"" + unit + "\",\"period\":\""
                + period + "\",\"type\":\"AT_LEAST\",\"value\":" + value + "}")).andExpect(status().isOk());
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    private ResultActions onPage(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(username))));
    }

    private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(GovernmentFixtures.ADMIN, GovernmentFixtures.ADMIN_PASSWORD)));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, GovernmentFixtures.PASSWORD)));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
