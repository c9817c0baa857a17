package org.resulta.demo;

import org.junit.jupiter.api.Test;
import org.resulta.analytics.EquityBasis;
import org.resulta.analytics.EquityView;
import org.resulta.analytics.PerformanceAnalyses;
import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.ScoreView;
import org.resulta.analytics.ScorecardView;
import org.resulta.analytics.StrategyBasis;
import org.resulta.analytics.StrategyRow;
import org.resulta.analytics.StrategyView;
import org.resulta.analytics.TrendView;
import org.resulta.analytics.Scorecards;
import org.resulta.analytics.evaluation.Contribution;
import org.resulta.analytics.evaluation.ScoreMethod;
import org.resulta.identity.DemoAccounts;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorQuery;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.Status;
import org.resulta.organisation.OrgUnitQuery;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "resulta.demo=true"})
@AutoConfigureMockMvc
class DemoGovernmentIntegrationTests {

    private static final PageRequest EVERYTHING = new PageRequest(0, 500);

    @Autowired
    DemoGovernment demo;
    @Autowired
    OrganisationStructure organisation;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PerformanceData performance;
    @Autowired
    Scorecards scorecards;
    @Autowired
    MockMvc mvc;
    @Autowired
    PerformanceAnalyses analyses;

    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void loadsThirtyUnitsAndFortyIndicators() {
        assertThat(organisation.list(OrgUnitQuery.all(), EVERYTHING).total()).isGreaterThanOrEqualTo(30);
        assertThat(catalog.indicators(IndicatorQuery.all(), EVERYTHING).total()).isGreaterThanOrEqualTo(40);
    }

    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void definesIndicatorsOfEveryMeasureAndDirection() {
        List<IndicatorView> indicators = catalog.indicators(IndicatorQuery.all(), EVERYTHING).items();

        Set<Measure> measures = indicators.stream().map(IndicatorView::measure).collect(Collectors.toSet());
        Set<Direction> directions = indicators.stream().map(IndicatorView::direction).collect(Collectors.toSet());
        assertThat(measures).isEqualTo(EnumSet.allOf(Measure.class));
        assertThat(directions).isEqualTo(EnumSet.allOf(Direction.class));
    }

    @Test
    void letsEveryDemoAccountSignInWithThePasswordDemo() throws Exception {
        for (String username : DemoGovernment.ACCOUNTS) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, DemoAccounts.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.username").value(username));
        }
        mvc.perform(get("/api/v1/me").with(httpBasic("officer", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void keepsTheHealthViewerOutOfOtherDepartments() throws Exception {
        mvc.perform(get("/api/v1/scorecards/DOH").with(httpBasic("viewer", DemoAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/scorecards/DEPED").with(httpBasic("viewer", DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void groupsTheIslandConflictAffectedAndUrbanRegionsAcrossTheDepartments() throws Exception {
        mvc.perform(get("/api/v1/unit-groups").with(httpBasic(DemoGovernment.ADMINISTRATOR, DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.contains("CONFLICT-AFFECTED", "ISLANDS", "URBAN")))
                .andExpect(jsonPath("$.items[*].memberCount", org.hamcrest.Matchers.contains(4, 12, 4)));
        mvc.perform(get("/api/v1/unit-groups/ISLANDS").with(httpBasic("viewer", DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].code", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("DOH-R3"))))
                .andExpect(jsonPath("$.members.length()").value(3));
        mvc.perform(get("/api/v1/analytics").with(httpBasic(DemoGovernment.ADMINISTRATOR, DemoAccounts.PASSWORD))
                        .param("unit", DemoGovernment.NATIONAL_UNIT).param("units", "group").param("group", "URBAN")
                        .param("indicators", "DOH-01").param("periods", scorecards.defaultPeriod()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.units[*].code", org.hamcrest.Matchers.contains("DEPED-R2", "DOH-R2", "DPWH-R2", "DSWD-R2")))
                .andExpect(jsonPath("$.items[*].unit", org.hamcrest.Matchers.contains("DOH-R2")));
    }

    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void ratesTheLatestQuarterGreenAmberAndRedOnTheNationalScorecard() {
        ScorecardView national = scorecards.scorecard(DemoGovernment.NATIONAL_UNIT, scorecards.defaultPeriod());

        assertThat(national.count(Status.GREEN)).isPositive();
        assertThat(national.count(Status.AMBER)).isPositive();
        assertThat(national.count(Status.RED)).isPositive();
        assertThat(national.count(Status.NO_DATA)).as("an indicator still being tabulated").isPositive();
    }

    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void computesTheFormulaIndicatorsFromTheRolledUpComponentsOnTheNationalScorecard() {
        ScorecardView national = scorecards.scorecard(DemoGovernment.NATIONAL_UNIT, scorecards.defaultPeriod());
        Map<String, ScoreLine> lines = national.lines().stream()
                .collect(Collectors.toMap(ScoreLine::indicatorCode, line -> line));

        for (String formula : List.of("DOH-18", "DPWH-13", "DSWD-13")) {
            assertThat(lines.get(formula).actual()).as(formula).isNotNull();
            assertThat(lines.get(formula).status()).as(formula).isIn(Status.GREEN, Status.AMBER, Status.RED);
        }
        assertThat(lines.get("DPWH-13").actual())
                .isCloseTo(lines.get("DPWH-12").actual() / lines.get("DPWH-01").actual(), within(1e-6));
        assertThat(lines.get("DSWD-13").numerator()).isEqualTo(lines.get("DSWD-09").actual());
        assertThat(lines.get("DOH-18").denominator()).isEqualTo(lines.get("DOH-04").actual());
        assertThat(lines.get("DOH-18").actual()).isBetween(40.0, 60.0);
    }

    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void loadsNothingOnASecondRun() {
        long units = organisation.list(OrgUnitQuery.all(), EVERYTHING).total();
        long indicators = catalog.indicators(IndicatorQuery.all(), EVERYTHING).total();
        int actuals = performance.actuals("DOH-01", "DOH-R1-LHSD").size();
        assertThat(actuals).isPositive();

        demo.load();

        assertThat(organisation.list(OrgUnitQuery.all(), EVERYTHING).total()).isEqualTo(units);
        assertThat(catalog.indicators(IndicatorQuery.all(), EVERYTHING).total()).isEqualTo(indicators);
        assertThat(performance.actuals("DOH-01", "DOH-R1-LHSD")).hasSize(actuals);
    }

    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void pairsEachHealthProgramsOutputsWithItsCostsAndClassifiesThem() {
        StrategyView health = analyses.strategies("DOH", analyses.defaultPeriod(), null, null, null, null);

        assertThat(health.basis()).isEqualTo(StrategyBasis.PROGRAMS);
        assertThat(health.rows()).extracting(StrategyRow::subjectCode).contains("DOH-PHP", "DOH-HFOP");
        assertThat(health.rows()).allSatisfy(row -> {
            assertThat(row.inputCode()).isIn("DOH-14", "DOH-15");
            assertThat(row.movement()).as(row.description()).isNotNull();
            assertThat(row.costPerOutput().hasValue()).isTrue();
            assertThat(row.economy().hasValue()).isTrue();
        });
    }

    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void classifiesTheRegionalOfficesOfEveryDepartmentOnACostAndAnOutput() {
        for (String department : List.of("DOH", "DEPED", "DPWH", "DSWD")) {
            StrategyView view = analyses.strategies(department, analyses.defaultPeriod(), StrategyBasis.SUB_UNITS,
                    null, null, null);
            assertThat(view.rows()).as(department).hasSize(4);
            assertThat(view.classified()).as(department).isEqualTo(4);
        }
    }

    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void showsGapsByIncomeQuintileAndByDisability() {
        EquityView income = analyses.equity("DOH", "DOH-17", analyses.defaultPeriod(), null, null, null);
        EquityView disability = analyses.equity("DEPED", "DEPED-12", analyses.defaultPeriod(), null, null, null);
        EquityView regions = analyses.equity("DOH", "DOH-01", analyses.defaultPeriod(), EquityBasis.SUB_UNITS, null, null);

        assertThat(income.reference()).isEqualTo("Q5");
        assertThat(income.rows()).hasSize(4).allSatisfy(row -> assertThat(row.gap()).isNegative());
        assertThat(income.rows().get(0).ratio()).isLessThan(income.rows().get(3).ratio());
        assertThat(disability.reference()).isEqualTo("WITHOUT");
        assertThat(disability.rows()).singleElement().satisfies(row -> assertThat(row.gap()).isNegative());
        assertThat(regions.rows()).hasSize(3).allSatisfy(row -> assertThat(row.widening()).isNotNull());
    }

    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void projectsAHealthCountToTheYearEnd() {
        TrendView inpatientDays = analyses.trend("DOH-16", "DOH", null);

        assertThat(inpatientDays.projected()).isPositive();
        assertThat(inpatientDays.annualTarget()).isPositive();
        assertThat(inpatientDays.verdict()).containsAnyOf("On track", "Not on track");
    }

    /**
     * The demo weighs Health's main output and two key indicators double, so the scores page shows weighted scores
     * on real data. DOH-PO3 (timely hospital care) has DOH-MFO2 (hospital services, weight 2), DOH-MFO3 (licensing,
     * weight 1) and its indicator DOH-08 (weight 1): its score is (2 x MFO2 + MFO3 + DOH-08) / 4 over the children
     * that have an achievement, each share being its weight over the sum of the counted weights.
     */
    @Test
    @WithUserDetails(DemoGovernment.ADMINISTRATOR)
    void weighsHealthsMainOutputAndKeyIndicatorsDoubleInItsScores() {
        assertThat(catalog.indicator("DOH-01").resultWeight()).isEqualByComparingTo("2");
        assertThat(catalog.indicator("DOH-17").resultWeight()).isEqualByComparingTo("1");
        ScoreView scores = analyses.scores("DOH", analyses.defaultPeriod(), ScoreMethod.WEIGHTED_MEAN);
        ScoreView.NodeScore timelyCare = scores.chain().stream().filter(n -> n.code().equals("DOH-PO3")).findFirst()
                .orElseThrow();

        Map<String, Double> weights = timelyCare.contributions().stream()
                .collect(Collectors.toMap(Contribution::child, Contribution::weight));
        assertThat(weights).containsEntry("DOH-MFO2", 2.0).containsEntry("DOH-MFO3", 1.0).containsEntry("DOH-08", 1.0);
        List<Contribution> counted = timelyCare.contributions().stream().filter(Contribution::counted).toList();
        assertThat(counted).isNotEmpty();
        double totalWeight = counted.stream().mapToDouble(Contribution::weight).sum();
        double weightedSum = counted.stream().mapToDouble(c -> c.weight() * c.achievement()).sum();
        counted.forEach(c -> assertThat(c.share()).isCloseTo(c.weight() / totalWeight, within(1e-9)));
        assertThat(timelyCare.score()).isCloseTo(weightedSum / totalWeight, within(1e-9));
        if (counted.stream().anyMatch(c -> c.child().equals("DOH-MFO2"))) {
            assertThat(timelyCare.explanation()).contains("(weight 2)");
        }
    }
}
