package org.resulta.api;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resulta.identity.NewUserRequest;
import org.resulta.identity.Role;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.ActualRequest;
import org.resulta.measurement.Dimension;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.Measure;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.TargetRequest;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.PeriodType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.Set;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.resulta.api.GovernmentFixtures.PAST_QUARTER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Score weights set through the API and the pages, on the small government with one more rated indicator: HEALTH-N
 * reports SATISFIED 90% against a target of at least 90 (achievement 100) beside DELIVERIES 80 per 100 against 85
 * (achievement 80 / 85 x 100 = 94.118); HEALTH-S has DELIVERIES 170 / 200 = 85 against 85 (achievement 100).
 * {@code PostgresScoreWeightIntegrationTests} runs the same tests on PostgreSQL.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:weights-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreWeightIntegrationTests {

    private static final double DELIVERIES_NORTH = 80.0 / 85 * 100;

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
    JsonMapper json;

    @BeforeAll
    void buildGovernment() {
        GovernmentFixtures government = new GovernmentFixtures(organisation, results, catalog, data, users, accounts);
        government.buildSmallGovernment();
        government.asAdministrator(() -> {
            data.setTarget("SATISFIED", new TargetRequest("HEALTH-N", PAST_QUARTER, TargetType.AT_LEAST,
                    new BigDecimal("90"), null, null));
            data.recordActual("SATISFIED", new ActualRequest("HEALTH-N", PAST_QUARTER, new BigDecimal("90"), null, null,
                    null, null));
            users.create(new NewUserRequest("health-admin", "Health administrator", null, GovernmentFixtures.PASSWORD,
                    Set.of(Role.ADMINISTRATOR), "HEALTH"));
            users.create(new NewUserRequest("schools-admin", "Schools administrator", null, GovernmentFixtures.PASSWORD,
                    Set.of(Role.ADMINISTRATOR), "SCHOOLS"));
        });
    }

    // ---- results chain links

    @Test
    void setsTheWeightOfALinkAndShowsItInTheChainAndTheScores() throws Exception {
        as("health-officer", put("/api/v1/results/H-OUT/links/H-OC").contentType(MediaType.APPLICATION_JSON)
                .content("{\"weight\": 2.5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromCode").value("H-OUT"))
                .andExpect(jsonPath("$.toCode").value("H-OC"))
                .andExpect(jsonPath("$.weight").value(2.5));

        as("health-viewer", get("/api/v1/plans/HEALTH-PLAN/chain"))
                .andExpect(jsonPath("$.links[?(@.fromCode == 'H-OUT' && @.toCode == 'H-OC')].weight", hasItem(2.5)))
                .andExpect(jsonPath("$.links[?(@.fromCode == 'H-OC' && @.toCode == 'H-IMP')].weight", hasItem(1)));
        as("health-viewer", get("/api/v1/analytics/scores").param("unit", "HEALTH").param("period", PAST_QUARTER))
                .andExpect(jsonPath("$.chain[?(@.code == 'H-OC')].contributions[?(@.child == 'H-OUT')].weight",
                        hasItem(2.5)));
        as("health-viewer", get("/api/v1/audit").param("entity", "RESULT").param("key", "H-OUT"))
                .andExpect(jsonPath("$.items[*].newValue", hasItem("contributesTo H-OC weight=2.5")));
    }

    @Test
    void linkingAgainWithAWeightChangesIt() throws Exception {
        as("health-officer", post("/api/v1/results/H-ACT/links").contentType(MediaType.APPLICATION_JSON)
                .content("{\"toCode\": \"H-OUT\", \"weight\": 4}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.weight").value(4));
        as("health-viewer", get("/api/v1/plans/HEALTH-PLAN/chain"))
                .andExpect(jsonPath("$.links[?(@.fromCode == 'H-ACT' && @.toCode == 'H-OUT')].weight", hasItem(4)));
    }

    @Test
    void refusesALinkWeightOutOfRangeNamingTheFieldAndTheRule() throws Exception {
        for (String weight : new String[]{"0", "-1", "1000.5", "0.00001"}) {
            as("health-officer", put("/api/v1/results/H-OC/links/H-IMP").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"weight\": " + weight + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("weight"))
                    .andExpect(jsonPath("$.rule").value("weight-range"))
                    .andExpect(jsonPath("$.detail").value(containsString("positive number of at most 1000")));
        }
        as("health-officer", put("/api/v1/results/H-OC/links/H-IMP").contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("weight-range"));
        as("health-officer", put("/api/v1/results/H-ACT/links/H-IMP").contentType(MediaType.APPLICATION_JSON)
                .content("{\"weight\": 2}"))
                .andExpect(status().isNotFound());
    }

    // ---- indicators

    @Test
    void weighsAnIndicatorInItsResultAndItsUnitsScore() throws Exception {
        as("health-officer", put("/api/v1/indicators/DELIVERIES").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(deliveries(new BigDecimal("2")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultWeight").value(2));

        // HEALTH-N: (2 x 94.118 + 1 x 100) / 3 = 96.078
        as("health-viewer", get("/api/v1/analytics/scores").param("unit", "HEALTH").param("period", PAST_QUARTER))
                .andExpect(jsonPath("$.units[?(@.code == 'HEALTH-N')].score",
                        hasItem(closeTo((2 * DELIVERIES_NORTH + 100) / 3, 1e-6))))
                .andExpect(jsonPath("$.chain[?(@.code == 'H-OC')].contributions[?(@.child == 'DELIVERIES')].weight",
                        hasItem(2.0)));

        // leaving the weight out of a change keeps it
        as("health-officer", put("/api/v1/indicators/DELIVERIES").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(deliveries(null))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultWeight").value(2));
    }

    @Test
    void refusesAnIndicatorWeightOutOfRangeNamingTheFieldAndTheRule() throws Exception {
        as("health-officer", put("/api/v1/indicators/DELIVERIES").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(deliveries(new BigDecimal("1001")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("resultWeight"))
                .andExpect(jsonPath("$.rule").value("weight-range"));
    }

    // ---- sub-units

    @Test
    void weighsASubUnitInItsParentsScore() throws Exception {
        as("health-admin", put("/api/v1/analytics/units/HEALTH/sub-unit-weights/HEALTH-N")
                .contentType(MediaType.APPLICATION_JSON).content("{\"weight\": 3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("HEALTH-N"))
                .andExpect(jsonPath("$.parentCode").value("HEALTH"))
                .andExpect(jsonPath("$.weight").value(3));
        as("health-viewer", get("/api/v1/analytics/units/HEALTH/sub-unit-weights"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitCode == 'HEALTH-N')].weight", hasItem(3)))
                .andExpect(jsonPath("$[?(@.unitCode == 'HEALTH-S')].weight", hasItem(1)));

        String body = as("health-viewer", get("/api/v1/analytics/scores").param("unit", "HEALTH")
                .param("period", PAST_QUARTER)).andReturn().getResponse().getContentAsString();
        double north = JsonPath.<Double>read(body, "$.units[1].score");
        double south = JsonPath.<Double>read(body, "$.units[2].score");
        // HEALTH = (3 x HEALTH-N + 1 x HEALTH-S) / 4, whatever weight DELIVERIES has by now
        org.assertj.core.api.Assertions.assertThat(JsonPath.<Double>read(body, "$.units[0].score"))
                .isCloseTo((3 * north + south) / 4, org.assertj.core.api.Assertions.within(1e-6));
        org.assertj.core.api.Assertions.assertThat(JsonPath.<String>read(body, "$.units[0].explanation"))
                .contains("(weight 3)");

        as("health-viewer", get("/api/v1/audit").param("entity", "ORG_UNIT").param("key", "HEALTH-N"))
                .andExpect(jsonPath("$.items[0].oldValue").value("scoreWeight=1"))
                .andExpect(jsonPath("$.items[0].newValue").value("scoreWeight=3"))
                .andExpect(jsonPath("$.items[0].actor").value("health-admin"));
    }

    @Test
    void refusesASubUnitWeightOutOfRangeOrForAUnitThatIsNoDirectSubUnit() throws Exception {
        as("health-admin", put("/api/v1/analytics/units/HEALTH/sub-unit-weights/HEALTH-S")
                .contentType(MediaType.APPLICATION_JSON).content("{\"weight\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("weight"))
                .andExpect(jsonPath("$.rule").value("weight-range"));
        as("admin-of-all", put("/api/v1/analytics/units/GOV/sub-unit-weights/HEALTH-N")
                .contentType(MediaType.APPLICATION_JSON).content("{\"weight\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitCode"))
                .andExpect(jsonPath("$.rule").value("direct-sub-unit"));
    }

    // ---- scope

    @Test
    void aUserOfOneDepartmentCannotChangeAnothersWeights() throws Exception {
        as("schools-admin", put("/api/v1/analytics/units/HEALTH/sub-unit-weights/HEALTH-N")
                .contentType(MediaType.APPLICATION_JSON).content("{\"weight\": 5}"))
                .andExpect(status().isForbidden());
        as("schools-officer", put("/api/v1/results/H-OUT/links/H-OC").contentType(MediaType.APPLICATION_JSON)
                .content("{\"weight\": 5}"))
                .andExpect(status().isForbidden());
        as("schools-officer", put("/api/v1/indicators/DELIVERIES").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(deliveries(new BigDecimal("5")))))
                .andExpect(status().isForbidden());
        as("schools-officer", get("/api/v1/analytics/units/HEALTH/sub-unit-weights"))
                .andExpect(status().isForbidden());
        // a performance officer plans but does not manage the org tree: sub-unit weights are not theirs to set
        as("health-officer", put("/api/v1/analytics/units/HEALTH/sub-unit-weights/HEALTH-N")
                .contentType(MediaType.APPLICATION_JSON).content("{\"weight\": 5}"))
                .andExpect(status().isForbidden());
        as("health-viewer", get("/api/v1/analytics/units/HEALTH/sub-unit-weights"))
                .andExpect(jsonPath("$[?(@.unitCode == 'HEALTH-N')].weight", org.hamcrest.Matchers.not(hasItem(5))));
    }

    // ---- pages

    @Test
    void theFormsOfferAWeightInputWithItsRule() throws Exception {
        page("health-officer", get("/indicators/DELIVERIES/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"resultWeight\"")))
                .andExpect(content().string(containsString("Weight in the score of its result")));
        page("health-officer", get("/plans/HEALTH-PLAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"link-weight\">Weight")))
                .andExpect(content().string(containsString("a positive number of at most 1000")));
    }

    @Test
    void aRefusedWeightShowsItsRuleOnTheForm() throws Exception {
        page("health-officer", post("/plans/HEALTH-PLAN/links").param("fromCode", "H-OC").param("toCode", "H-IMP")
                .param("weight", "zero").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"weight-error\"")))
                .andExpect(content().string(containsString("A weight must be a positive number of at most 1000")));
        page("health-admin", post("/analytics/scores/weights").param("unit", "HEALTH").param("subUnit", "HEALTH-S")
                .param("weight", "2000").param("period", PAST_QUARTER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"weight-error\"")))
                .andExpect(content().string(containsString("A weight must be a positive number of at most 1000 with at most 4 decimals, not 2000")));
    }

    @Test
    void theScoresPageShowsAndSetsTheStoredWeightOfASubUnit() throws Exception {
        page("health-admin", post("/analytics/scores/weights").param("unit", "HEALTH").param("subUnit", "HEALTH-S")
                .param("weight", "1.5").param("period", PAST_QUARTER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        page("health-admin", get("/analytics/scores").param("unit", "HEALTH").param("period", PAST_QUARTER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"weight-HEALTH-S\"")))
                .andExpect(content().string(containsString("value=\"1.5\"")))
                .andExpect(content().string(containsString("(weight 1.5)")));
        page("health-viewer", get("/analytics/scores").param("unit", "HEALTH").param("period", PAST_QUARTER))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"weight-HEALTH-S\""))))
                .andExpect(content().string(containsString("<span class=\"unit-weight\">1.5</span>")));
    }

    private static IndicatorRequest deliveries(BigDecimal weight) {
        return new IndicatorRequest("DELIVERIES", "H-OC", "Facility-based deliveries", "Share of births in a health facility",
                null, "Facility registers", "%", Measure.RATIO, Dimension.QUALITY, Direction.INCREASE, null, null,
                PeriodType.QUARTERLY, 1, BigDecimal.valueOf(100), "Births in a facility", "All live births", null, null,
                null, null, null, null, AchievementMethod.RATIO, null, weight);
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        String password = user.equals("admin-of-all") ? GovernmentFixtures.ADMIN_PASSWORD : GovernmentFixtures.PASSWORD;
        return mvc.perform(request.with(httpBasic(user.equals("admin-of-all") ? GovernmentFixtures.ADMIN : user, password)));
    }

    private ResultActions page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(user))));
    }
}
