package org.resulta.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resulta.exchange.iati.IatiFiles;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.ActualRequest;
import org.resulta.measurement.ActualView;
import org.resulta.measurement.Dimension;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorQuery;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.TargetRequest;
import org.resulta.measurement.TargetView;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.PlanRequest;
import org.resulta.results.ResultNodeRequest;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.PageRequest;
import org.resulta.shared.PeriodType;
import org.resulta.shared.ResultLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.InputStreamSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * IATI activity XML through the API and the pages: the four real files of shared/data/iati, each with the report
 * its content deserves; XXE refused; re-import changes nothing; dry runs save nothing; the export validates against
 * the IATI 2.03 schema and imports back into another unit as the same chain with the same values.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:iati-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IatiExchangeIntegrationTests {

    static final String IMPORT = "/api/v1/imports/iati";

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

    GovernmentFixtures fixtures;

    @BeforeAll
    void buildGovernment() {
        fixtures = new GovernmentFixtures(organisation, results, catalog, data, users, accounts);
        fixtures.buildSmallGovernment();
        fixtures.asAdministrator(() -> {
            for (String unit : List.of("DONORS", "NGO", "BANK", "FUND", "LEGACY", "DRY")) {
                fixtures.unit(unit, unit + " programme office", org.resulta.organisation.OrgUnitType.DEPARTMENT, "GOV");
            }
            roundTripPlan();
        });
    }

    @Test
    void importsTheGdihubFileWithCurrencyValuesAndFinancialYearPeriods() throws Exception {
        importFile(IatiFiles.copied(IatiFiles.GDIHUB), "NGO", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("IATI 2.03"))
                .andExpect(jsonPath("$.activities").value(4))
                .andExpect(jsonPath("$.summary").value(startsWith("4 of 4 activities imported: created 4 plans, 4 results, 12 indicators, 34 targets, 34 actuals")))
                .andExpect(jsonPath("$.lines[?(@.outcome == 'FAILED')]").isEmpty())
                .andExpect(jsonPath("$.lines[?(@.code == 'GB-COH-11126312-Cluster4-R1-I4@2020' && @.kind == 'TARGET')].message")
                        .value(hasItem(containsString("'£3,500,000' read as 3500000 GBP"))));

        IndicatorView matched = asAdmin(() -> catalog.indicator("GB-COH-11126312-Cluster4-R1-I4"));
        assertThat(matched.measure()).isEqualTo(Measure.CURRENCY);
        assertThat(matched.currency()).isEqualTo("GBP");
        assertThat(matched.frequency()).isEqualTo(PeriodType.YEARLY);
        assertThat(asAdmin(() -> data.actuals("GB-COH-11126312-Cluster4-R1-I4", "NGO")))
                .extracting(ActualView::period, a -> a.value().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020", "4721182"),
                        org.assertj.core.groups.Tuple.tuple("2021", "10675554"),
                        org.assertj.core.groups.Tuple.tuple("2022", "13594502"));
        as("admin", get("/api/v1/plans/GB-COH-11126312-Cluster1"))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.ownerUnitCode").value("NGO"))
                .andExpect(jsonPath("$.frameworkCode").value("rbm"));
    }

    @Test
    void importsTheWorldBankQualitativeResultsAsTextOnTheYearTheirPeriodEnds() throws Exception {
        importFile(IatiFiles.copied(IatiFiles.WORLD_BANK), "BANK", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value(startsWith("1 of 1 activity imported: created 1 plan, 14 results, 14 indicators, 14 targets, 14 actuals")))
                .andExpect(jsonPath("$.lines[?(@.outcome == 'FAILED')]").isEmpty());

        List<IndicatorView> indicators = asAdmin(() -> catalog.indicators(new IndicatorQuery("44000-P175662", null, null, false),
                new PageRequest(0, 50)).items());
        assertThat(indicators).hasSize(14);
        assertThat(indicators).filteredOn(i -> i.measure() == Measure.TEXT).hasSize(10);
        IndicatorView first = asAdmin(() -> catalog.indicator("44000-P175662-R1-I1"));
        assertThat(first.baselineNote()).isEqualTo("$0 savings in compliance costs");
        assertThat(asAdmin(() -> data.targets("44000-P175662-R1-I1", "BANK"))).singleElement()
                .satisfies(t -> assertThat(t.narrative()).startsWith("Cumulative savings of $41.1 million"))
                .satisfies(t -> assertThat(t.period()).isEqualTo("2026"));
        assertThat(asAdmin(() -> data.actuals("44000-P175662-R1-I1", "BANK"))).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("As at Apprasial"));
        assertThat(asAdmin(() -> results.node("44000-P175662-R1")).level()).isEqualTo(ResultLevel.OUTCOME);
        assertThat(asAdmin(() -> results.node("44000-P175662-R2")).level()).isEqualTo(ResultLevel.OUTPUT);
    }

    @Test
    void importsTheLegacyGlobalFundFileAndChangesNothingTheSecondTime() throws Exception {
        importFile(IatiFiles.copied(IatiFiles.GLOBAL_FUND), "FUND", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("no version attribute: read as legacy IATI 1.0x"))
                .andExpect(jsonPath("$.summary").value(startsWith("1 of 1 activity imported: created 1 plan, 10 results, 10 indicators, 10 targets, 10 actuals")))
                .andExpect(jsonPath("$.lines[?(@.code == '47045-ARM-202-G05-H-00-R4-I1@2012S2' && @.kind == 'TARGET')].message")
                        .value(hasItem(containsString("'20,000' read as 20000"))));
        assertThat(asAdmin(() -> catalog.indicator("47045-ARM-202-G05-H-00-R4-I1")))
                .satisfies(i -> assertThat(i.measure()).isEqualTo(Measure.NUMBER))
                .satisfies(i -> assertThat(i.direction()).isEqualTo(Direction.DECREASE))
                .satisfies(i -> assertThat(i.frequency()).isEqualTo(PeriodType.SEMESTRAL));

        importFile(IatiFiles.copied(IatiFiles.GLOBAL_FUND), "FUND", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("1 of 1 activity imported: unchanged 1 plan, 10 results, 10 indicators, 10 targets, 10 actuals."))
                .andExpect(jsonPath("$.lines[?(@.outcome == 'CREATED' || @.outcome == 'UPDATED')]").isEmpty());
        assertThat(asAdmin(() -> catalog.indicators(new IndicatorQuery("47045-ARM-202-G05-H-00", null, null, true),
                new PageRequest(0, 50)).total())).isEqualTo(10);

        importFile(IatiFiles.copied(IatiFiles.GLOBAL_FUND), "DRY", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value(containsString("1 activity failed and was left out")))
                .andExpect(jsonPath("$.lines[?(@.kind == 'ACTIVITY' && @.outcome == 'FAILED')].message")
                        .value(hasItem(containsString("already exists and belongs to unit FUND"))));
    }

    @Test
    void importsNothingFromTheLegacyDatastoreResponseAndSaysWhy() throws Exception {
        importFile(IatiFiles.legacyDatastoreResponse(), "LEGACY", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value(startsWith("IATI Datastore API response; no version attribute")))
                .andExpect(jsonPath("$.activities").value(50))
                .andExpect(jsonPath("$.summary").value("The file holds 50 activities and none has a result: nothing to import "
                        + "(Resulta imports an activity's results, indicators, targets and actuals)."))
                .andExpect(jsonPath("$.lines[?(@.kind == 'ACTIVITY' && @.outcome == 'SKIPPED')]").value(hasSize(50)));
        as("admin", get("/api/v1/plans").param("owner", "LEGACY")).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void savesNothingInADryRun() throws Exception {
        String file = """
                <iati-activities version="2.02"><iati-activity><iati-identifier>XM-DRY-1</iati-identifier>
                <title><narrative>Dry activity</narrative></title>
                <result type="9"><title><narrative>Cross-cutting result</narrative></title></result>
                </iati-activity></iati-activities>""";

        importFile(IatiFiles.text(file), "DRY", true)
                .andExpect(status().isOk()).andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.summary").value(startsWith("Dry run, nothing was saved. 1 of 1 activity would be imported: would create 1 plan, 1 result")))
                .andExpect(jsonPath("$.lines[?(@.kind == 'RESULT' && @.outcome == 'NOTE')].message").value(hasItem(containsString("imported as an output"))))
                .andExpect(jsonPath("$.lines[?(@.kind == 'RESULT' && @.outcome == 'CREATED')].message").value(hasItem(containsString("a narrative result"))));
        as("admin", get("/api/v1/plans/XM-DRY-1")).andExpect(status().isNotFound());
    }

    @Test
    void refusesAFileWithAnExternalEntityAsAProblem() throws Exception {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&e;</iati-identifier></iati-activity></iati-activities>";

        importFile(IatiFiles.text(xxe), "DRY", false)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.rule").value("xml-dtd-refused"))
                .andExpect(jsonPath("$.detail").value(containsString("XXE")));
    }

    @Test
    void letsOnlyPlanManagersOfTheOwnerUnitImport() throws Exception {
        InputStreamSource file = IatiFiles.text("<iati-activities version=\"2.03\"/>");
        importAs("health-viewer", file, "HEALTH").andExpect(status().isForbidden());
        importAs("health-encoder", file, "HEALTH-N").andExpect(status().isForbidden());
        importAs("schools-officer", file, "HEALTH").andExpect(status().isForbidden());
        importAs("health-officer", file, "HEALTH-N").andExpect(status().isOk());
        importFile(file, "NOWHERE", false).andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("ownerUnitCode"));
    }

    @Test
    void exportsAPlanAsIati203ThatValidatesAndReadsBackIntoAnotherUnit() throws Exception {
        String xml = as("admin", get("/api/v1/plans/RT-PLAN/iati.xml"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/xml")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(IatiFiles.schemaErrors(xml)).isEmpty();
        assertThat(xml).contains("<iati-identifier>RESULTA-DEMO-RT-PLAN</iati-identifier>");

        importFile(IatiFiles.text(xml), "DONORS", false).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.outcome == 'FAILED' || @.outcome == 'SKIPPED')]").isEmpty());

        List<ResultNodeView> original = asAdmin(() -> results.chain("RT-PLAN").nodes());
        List<ResultNodeView> copy = asAdmin(() -> results.chain("RESULTA-DEMO-RT-PLAN").nodes());
        assertThat(copy).extracting(ResultNodeView::level, ResultNodeView::statement)
                .containsExactlyElementsOf(original.stream().map(n -> org.assertj.core.groups.Tuple.tuple(n.level(), n.statement())).toList());
        for (int r = 0; r < original.size(); r++) {
            String from = original.get(r).code();
            String to = copy.get(r).code();
            List<IndicatorView> before = indicatorsOf(from);
            List<IndicatorView> after = indicatorsOf(to);
            assertThat(after).extracting(IndicatorView::name, IndicatorView::measure, IndicatorView::direction, IndicatorView::frequency,
                    i -> i.baselineValue() == null ? null : i.baselineValue().stripTrailingZeros(), IndicatorView::baselinePeriod,
                    IndicatorView::baselineNote).containsExactlyElementsOf(before.stream()
                    .map(i -> org.assertj.core.groups.Tuple.tuple(i.name(), i.measure(), i.direction(), i.frequency(),
                            i.baselineValue() == null ? null : i.baselineValue().stripTrailingZeros(), i.baselinePeriod(),
                            i.baselineNote())).toList());
            for (int i = 0; i < before.size(); i++) {
                String a = before.get(i).code();
                String b = after.get(i).code();
                assertThat(asAdmin(() -> data.targets(b, "DONORS"))).extracting(TargetView::period, TargetView::type,
                        t -> t.value() == null ? null : t.value().stripTrailingZeros(), TargetView::narrative)
                        .containsExactlyElementsOf(asAdmin(() -> data.targets(a, "HEALTH")).stream().map(t -> org.assertj.core.groups.Tuple.tuple(
                                t.period(), t.type(), t.value() == null ? null : t.value().stripTrailingZeros(), t.narrative())).toList());
                assertThat(asAdmin(() -> data.actuals(b, "DONORS"))).extracting(ActualView::period,
                        v -> v.value() == null ? null : v.value().stripTrailingZeros(), ActualView::text, ActualView::comment)
                        .containsExactlyElementsOf(asAdmin(() -> data.actuals(a, "HEALTH")).stream().map(v -> org.assertj.core.groups.Tuple.tuple(
                                v.period(), v.value() == null ? null : v.value().stripTrailingZeros(), v.text(), v.comment())).toList());
            }
        }
        assertThat(copy).hasSize(3);
    }

    @Test
    void refusesTheExportToThoseWhoMayNotReadThePlansData() throws Exception {
        as("schools-officer", get("/api/v1/plans/RT-PLAN/iati.xml")).andExpect(status().isForbidden());
        as("health-viewer", get("/api/v1/plans/RT-PLAN/iati.xml")).andExpect(status().isOk());
        as("admin", get("/api/v1/plans/NO-SUCH-PLAN/iati.xml")).andExpect(status().isNotFound());
    }

    @Test
    void showsTheImportPageAndItsReportAndLinksTheExportFromThePlan() throws Exception {
        var officer = user(accounts.loadUserByUsername("health-officer"));
        mvc.perform(get("/imports/iati").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Import IATI activity XML")));
        String file = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>XM-PAGE-1</iati-identifier>"
                + "<result type=\"1\"><title><narrative>Page result</narrative></title></result></iati-activity></iati-activities>";
        mvc.perform(multipart("/imports/iati").file(new MockMultipartFile("file", "page.xml", "application/xml",
                        file.getBytes(StandardCharsets.UTF_8))).param("ownerUnitCode", "HEALTH").param("dryRun", "true")
                        .with(csrf()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What the import would do")))
                .andExpect(content().string(containsString("would be created")));
        mvc.perform(multipart("/imports/iati").param("ownerUnitCode", "HEALTH").with(csrf()).with(officer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose an IATI activity XML file")));
        mvc.perform(get("/plans/RT-PLAN").with(officer)).andExpect(content().string(containsString("/plans/RT-PLAN/iati.xml")));
        mvc.perform(get("/plans/RT-PLAN/iati.xml").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<iati-identifier>RESULTA-DEMO-RT-PLAN</iati-identifier>")));
    }

    // ---- fixtures and helpers

    /** A plan of HEALTH with an impact, an outcome and an output, each measured, with values at HEALTH. */
    private void roundTripPlan() {
        results.createPlan(new PlanRequest("RT-PLAN", "Round trip plan", "Exported and imported again", "HEALTH", "rbm", 2024, 2028));
        results.addNode("RT-PLAN", new ResultNodeRequest("RT-IMP", ResultLevel.IMPACT, null, "Healthier lives", null, null, null, List.of()));
        results.addNode("RT-PLAN", new ResultNodeRequest("RT-OC", ResultLevel.OUTCOME, null, "Safer births", "Fewer deaths in childbirth",
                null, null, List.of("RT-IMP")));
        results.addNode("RT-PLAN", new ResultNodeRequest("RT-OUT", ResultLevel.OUTPUT, null, "Clinics equipped", null, null, null,
                List.of("RT-OC")));
        catalog.define(indicator("RT-MMR", "RT-IMP", "Maternal deaths per 100,000 live births", Measure.NUMBER, Direction.DECREASE,
                PeriodType.QUARTERLY, new BigDecimal("120"), "2023", null));
        catalog.define(indicator("RT-SAT", "RT-OC", "Mothers satisfied with care", Measure.PERCENTAGE, Direction.INCREASE,
                PeriodType.YEARLY, new BigDecimal("61.5"), "2023", null));
        catalog.define(indicator("RT-GROUPS", "RT-OUT", "Community health groups", Measure.TEXT, Direction.INCREASE,
                PeriodType.YEARLY, null, "2023", "No groups yet"));
        data.setTarget("RT-MMR", new TargetRequest("HEALTH", "2025Q2", TargetType.AT_MOST, new BigDecimal("110"), null, null));
        data.setTarget("RT-MMR", new TargetRequest("HEALTH", "2025Q3", TargetType.AT_MOST, new BigDecimal("100"), null, "Revised down"));
        data.recordActual("RT-MMR", new ActualRequest("HEALTH", "2025Q2", new BigDecimal("112"), null, null, null, null));
        data.recordActual("RT-MMR", new ActualRequest("HEALTH", "2025Q3", new BigDecimal("105"), null, null, null, "Provisional"));
        data.setTarget("RT-SAT", new TargetRequest("HEALTH", "2025", TargetType.AT_LEAST, new BigDecimal("75"), null, null));
        data.recordActual("RT-SAT", new ActualRequest("HEALTH", "2025", new BigDecimal("72.5"), null, null, null, null));
        data.setTarget("RT-GROUPS", new TargetRequest("HEALTH", "2025", TargetType.NARRATIVE, null, null, "A group in every district"));
        data.recordActual("RT-GROUPS", new ActualRequest("HEALTH", "2025", null, null, null, "Groups in 7 of 9 districts", null));
    }

    private static IndicatorRequest indicator(String code, String result, String name, Measure measure, Direction direction,
                                              PeriodType frequency, BigDecimal baseline, String baselinePeriod, String note) {
        return new IndicatorRequest(code, result, name, null, null, null, null, measure, Dimension.QUANTITY, direction, null, null,
                frequency, null, null, null, null, null, null, null, baseline, baselinePeriod, note, null);
    }

    private List<IndicatorView> indicatorsOf(String resultCode) {
        return asAdmin(() -> new ArrayList<>(catalog.indicators(new IndicatorQuery(null, resultCode, null, false),
                new PageRequest(0, 50)).items()));
    }

    private <T> T asAdmin(Supplier<T> read) {
        List<T> box = new ArrayList<>();
        fixtures.asAdministrator(() -> box.add(read.get()));
        return box.get(0);
    }

    private ResultActions importFile(InputStreamSource file, String owner, boolean dryRun) throws Exception {
        return mvc.perform(multipart(IMPORT).file(new MockMultipartFile("file", "upload.xml", "application/xml", IatiFiles.bytes(file)))
                .param("ownerUnitCode", owner).param("dryRun", String.valueOf(dryRun))
                .with(httpBasic(GovernmentFixtures.ADMIN, GovernmentFixtures.ADMIN_PASSWORD)));
    }

    private ResultActions importAs(String username, InputStreamSource file, String owner) throws Exception {
        return mvc.perform(multipart(IMPORT).file(new MockMultipartFile("file", "upload.xml", "application/xml", IatiFiles.bytes(file)))
                .param("ownerUnitCode", owner).with(httpBasic(username, GovernmentFixtures.PASSWORD)));
    }

    private ResultActions as(String username, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        String password = username.equals(GovernmentFixtures.ADMIN) ? GovernmentFixtures.ADMIN_PASSWORD : GovernmentFixtures.PASSWORD;
        return mvc.perform(request.with(httpBasic(username, password)));
    }
}
