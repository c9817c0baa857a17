package org.resulta.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.PerformanceData;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.ResultsFramework;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.resulta.api.ApiRequests.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * DHIS2 metadata imported as formula indicators (issue 4 part 2), from the excerpt of the WHO TB package in
 * {@code src/test/resources/dhis2} (see its README) and, when present, the whole package in ../shared/data/dhis2.
 * On top of the small government, data elements FMLmCNm7QTf (new episodes with documented HIV status) and
 * eO8nthpRoT4 (new episodes among people living with HIV) are mapped to the counts HIV-DOC and PLHIV:
 * <pre>
 * TB_HIV_TEST          #{FMLmCNm7QTf} / 1, number                  -> created, a number
 * TB_HIV_POSITIVE_PCT  #{eO8nthpRoT4} / #{FMLmCNm7QTf} x 100       -> created, a percentage: HEALTH-N 15 / 60 = 25 %
 * TB_OUT_TX_SUC_PERC   over nBltELlpVQM (not mapped)               -> refused, naming nBltELlpVQM
 * TB_RATE_RATIO_...    over IvxuTjMKMCx (not mapped)               -> refused, naming IvxuTjMKMCx
 * TB_PTB_RECURRENT_... over f0OdNefj3RN (not mapped)               -> refused, naming f0OdNefj3RN
 * </pre>
 * Imported with {@code dataElements=true}, the excerpt's categories, category combos and 15 data elements are
 * created and mapped first, and then all five indicators translate; the worked check enters TB new episodes by
 * option combination and compares TB_PTB_RECURRENT_IN_NEW_PTB_EPS with its DHIS2 formula computed by hand.
 * {@code PostgresDhis2MetadataImportIntegrationTests} runs the same tests on PostgreSQL.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dhis2-metadata-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Dhis2MetadataImportIntegrationTests {

    private static final Path FULL = Path.of("..", "shared", "data", "dhis2", "TB_AGG_NO_metadata_DHIS2.41.4.json");
    private static final String API = "/api/v1/imports/dhis2-metadata";
    /**
     * Indicators of the TB package that use a function or item the engine does not compute: none (its formulas use
     * only {@code #{de}}, {@code #{de.coc}}, arithmetic and {@code .periodOffset(n)}, all computed).
     */
    private static final int UNSUPPORTED_IN_PACKAGE = 0;

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

    private byte[] excerpt;

    @BeforeAll
    void buildGovernmentWithTwoMappedDataElements() throws Exception {
        api = new ApiRequests(mvc);
        new GovernmentFixtures(organisation, results, catalog, data, users, accounts).buildSmallGovernment();
        count("HIV-DOC");
        count("PLHIV");
        asAdmin(json(put("/api/v1/dhis2/mapping"), """
                {"entries":[{"kind":"DATA_ELEMENT","dhis2Id":"FMLmCNm7QTf","resultaCode":"HIV-DOC"},
                 {"kind":"DATA_ELEMENT","dhis2Id":"eO8nthpRoT4","resultaCode":"PLHIV"}]}"""))
                .andExpect(status().isOk());
        asAdmin(json(put("/api/v1/data-entry/HEALTH-N/2025Q3"),
                "[{\"indicatorCode\":\"HIV-DOC\",\"value\":60},{\"indicatorCode\":\"PLHIV\",\"value\":15}]"))
                .andExpect(status().isOk());
        try (InputStream in = getClass().getResourceAsStream("/dhis2/tb-indicators-excerpt.json")) {
            excerpt = in.readAllBytes();
        }
    }

    @Test
    void aDryRunReportsEachIndicatorAndSavesNothing() throws Exception {
        String file = """
                {"constants":[{"id":"dRyRuNcOnSt","code":"TB_DRY_CONSTANT","name":"Dry run (test data)","value":4}],
                 "indicatorTypes":[{"id":"hmSnCXmLYwt","factor":100,"number":false}],
                 "indicators":[{"id":"dRyRuNiNdIc","code":"TB_DRY","name":"Dry run (test data)",
                   "numerator":"#{eO8nthpRoT4} * C{dRyRuNcOnSt}","denominator":"#{FMLmCNm7QTf}","indicatorType":{"id":"hmSnCXmLYwt"}},
                  {"id":"dRyRuNrEfUs","code":"TB_DRY_REFUSED","name":"Refused (test data)",
                   "numerator":"#{nOtMaPpEd01}","denominator":"1","indicatorType":{"id":"hmSnCXmLYwt"}}]}""";
        asAdmin(upload(file.getBytes(StandardCharsets.UTF_8), "H-OUT").param("dryRun", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.constants[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$.indicators[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$.indicators[1].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.refused").value(1));
        asAdmin(get("/api/v1/indicators/TB_DRY")).andExpect(status().isNotFound());
        asAdmin(get("/api/v1/constants/TB_DRY_CONSTANT")).andExpect(status().isNotFound());
    }

    @Test
    void importsMappedIndicatorsAsFormulasAndRefusesTheRestNamingTheUnmappedUid() throws Exception {
        asAdmin(upload(excerpt, "H-OUT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.indicators[?(@.code=='TB_HIV_TEST')].outcome", contains("CREATED")))
                .andExpect(jsonPath("$.indicators[?(@.code=='TB_HIV_POSITIVE_PCT')].outcome", contains("CREATED")))
                .andExpect(jsonPath("$.indicators[?(@.code=='TB_OUT_TX_SUC_PERC')].reason",
                        contains(containsString("no data element nBltELlpVQM"))))
                .andExpect(jsonPath("$.indicators[?(@.code=='TB_RATE_RATIO_0004_0514')].reason",
                        contains(containsString("IvxuTjMKMCx"))))
                .andExpect(jsonPath("$.indicators[?(@.code=='TB_RATE_RATIO_0004_0514')].dhis2Id", contains("n1rH1wO8D6d")));
        asAdmin(get("/api/v1/indicators/TB_HIV_POSITIVE_PCT"))
                .andExpect(jsonPath("$.measure").value("PERCENTAGE"))
                .andExpect(jsonPath("$.resultCode").value("H-OUT"));
        asAdmin(get("/api/v1/indicators/TB_HIV_TEST")).andExpect(jsonPath("$.measure").value("NUMBER"));
        asAdmin(get("/api/v1/indicators/TB_HIV_POSITIVE_PCT/formula"))
                .andExpect(jsonPath("$.numerator").value("#{PLHIV}"))
                .andExpect(jsonPath("$.denominator").value("#{HIV-DOC}"))
                .andExpect(jsonPath("$.factor").value(100));
        asAdmin(get("/api/v1/scorecards/HEALTH-N").param("period", "2025Q3"))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='TB_HIV_POSITIVE_PCT')].actual", contains(closeTo(25.0, 1e-9))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='TB_HIV_TEST')].actual", contains(closeTo(60.0, 1e-9))));

        asAdmin(upload(excerpt, "H-OUT"))
                .andExpect(jsonPath("$.indicators[?(@.code=='TB_HIV_POSITIVE_PCT')].outcome", contains("UPDATED")))
                .andExpect(jsonPath("$.updated").value(2))
                .andExpect(jsonPath("$.refused").value(3))
                .andExpect(jsonPath("$.dataElements").isEmpty());
    }

    @Test
    void importsConstantsAndTheIndicatorsUsingThem() throws Exception {
        String file = """
                {"constants":[{"id":"aBcDeFgHiJ1","code":"TB_SCALE","name":"A scale (test data)","value":3}],
                 "indicatorTypes":[{"id":"kHy61PbChXr","factor":1,"number":true}],
                 "indicators":[{"id":"Xy12345678a","code":"TB_SCALED","name":"Scaled (test data)",
                   "numerator":"#{eO8nthpRoT4} * C{aBcDeFgHiJ1}","denominator":"1","indicatorType":{"id":"kHy61PbChXr"}},
                  {"id":"Xy12345678b","code":"TB_IF","name":"A function (test data)",
                   "numerator":"if(#{eO8nthpRoT4} > 0, 1, 0)","denominator":"1","indicatorType":{"id":"kHy61PbChXr"}}]}""";
        asAdmin(upload(file.getBytes(StandardCharsets.UTF_8), "H-OUT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.constants[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$.indicators[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$.indicators[1].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.indicators[1].reason", containsString("function if() at position 1 is not supported")));
        asAdmin(get("/api/v1/constants/aBcDeFgHiJ1")).andExpect(jsonPath("$.code").value("TB_SCALE"));
        asAdmin(get("/api/v1/scorecards/HEALTH-N").param("period", "2025Q3"))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='TB_SCALED')].actual", contains(closeTo(45.0, 1e-9))));
    }

    @Test
    void aUserOfOneUnitCannotImportIntoAnothersPlan() throws Exception {
        as("health-officer", upload(excerpt, "S-OUT")).andExpect(status().isForbidden());
        as("health-officer", upload(excerpt, "S-OUT").param("dataElements", "true")).andExpect(status().isForbidden());
        asAdmin(get("/api/v1/indicators").param("result", "S-OUT"))
                .andExpect(jsonPath("$.items[*].code", contains("ENROLLED")));
        asAdmin(get("/api/v1/categories")).andExpect(jsonPath("$[?(@.code=='TB-NEW-EPISODES')]").isEmpty());
        asAdmin(get("/api/v1/dhis2/mapping"))
                .andExpect(jsonPath("$.entries[?(@.dhis2Id=='f0OdNefj3RN')]").isEmpty());
    }

    @Test
    void constantsInAnOfficersImportAreRefusedOneByOne() throws Exception {
        String file = """
                {"constants":[{"id":"zZcDeFgHiJ9","code":"TB_OFFICER","name":"Officer's (test data)","value":2}],
                 "indicatorTypes":[{"id":"kHy61PbChXr","factor":1,"number":true}],
                 "indicators":[{"id":"Zy12345678a","code":"TB_OFFICER_COUNT","name":"Officer's count (test data)",
                   "numerator":"#{eO8nthpRoT4}","denominator":"1","indicatorType":{"id":"kHy61PbChXr"}}]}""";
        as("health-officer", upload(file.getBytes(StandardCharsets.UTF_8), "H-OUT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.constants[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.constants[0].reason", containsString("system-wide administrator")))
                .andExpect(jsonPath("$.indicators[0].outcome").value("CREATED"));
        asAdmin(get("/api/v1/constants/zZcDeFgHiJ9")).andExpect(status().isNotFound());
    }

    @Test
    void refusesBadInputNamingTheField() throws Exception {
        asAdmin(upload(excerpt, " ")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("resultCode"));
        asAdmin(upload("not json".getBytes(StandardCharsets.UTF_8), "H-OUT"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));
        asAdmin(upload("{\"dataElements\":[]}".getBytes(StandardCharsets.UTF_8), "H-OUT"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail", containsString("neither \"indicators\" nor \"constants\"")));
        asAdmin(upload(excerpt, "H-OUT").param("frequency", "FORTNIGHTLY"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("frequency"));
        asAdmin(upload(excerpt, "NO-SUCH-RESULT")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("resultCode"));
    }

    @Test
    void importsFromThePageAndShowsTheReport() throws Exception {
        var officer = user(accounts.loadUserByUsername("health-officer"));
        mvc.perform(get("/imports/dhis2-metadata").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dhis2-metadata-form\"")));
        mvc.perform(get("/imports/dhis2-metadata").with(officer))
                .andExpect(content().string(containsString("name=\"dataElements\" value=\"true\" checked")));
        mvc.perform(multipart("/imports/dhis2-metadata")
                        .file(new MockMultipartFile("file", "metadata.json", MediaType.APPLICATION_JSON_VALUE, excerpt))
                        .param("resultCode", "H-OUT").param("dryRun", "true").with(csrf()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dry run: ")))
                .andExpect(content().string(containsString("no data element nBltELlpVQM")));
        mvc.perform(multipart("/imports/dhis2-metadata")
                        .file(new MockMultipartFile("file", "metadata.json", MediaType.APPLICATION_JSON_VALUE, excerpt))
                        .param("resultCode", "H-OUT").param("dataElements", "true").param("dryRun", "true")
                        .with(csrf()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>data element</td>")))
                .andExpect(content().string(containsString("TB_NEW_EPISODES_PBC")))
                .andExpect(content().string(containsString("<td>option combination</td>")))
                .andExpect(content().string(containsString("TB-RECURRENT")));
        asAdmin(get("/api/v1/indicators/TB_NEW_EPISODES_PBC")).andExpect(status().isNotFound());
        mvc.perform(multipart("/imports/dhis2-metadata")
                        .file(new MockMultipartFile("file", "metadata.json", MediaType.APPLICATION_JSON_VALUE, excerpt))
                        .param("resultCode", "").with(csrf()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"resultCode-error\"")));
    }

    @Test
    void reportsADataElementOfAnUnknownCategoryComboNamingItAndKeepsTheRest() throws Exception {
        String file = """
                {"dataElements":[
                  {"id":"uNkNoWnCc01","code":"TB_TEST_UNKNOWN_COMBO","name":"Unknown combo (test data)",
                   "domainType":"AGGREGATE","valueType":"INTEGER","aggregationType":"SUM","categoryCombo":{"id":"nOsUcHcOmBo"}},
                  {"id":"kNoWnDeFa01","code":"TB_TEST_DEFAULT_COMBO","name":"Default combo (test data)",
                   "domainType":"AGGREGATE","valueType":"NUMBER","aggregationType":"AVERAGE","categoryCombo":{"id":"bjDvmb4bfuf"}},
                  {"id":"tExTvAlUe01","code":"TB_TEST_TEXT","name":"Text (test data)",
                   "domainType":"AGGREGATE","valueType":"TEXT","aggregationType":"NONE","categoryCombo":{"id":"bjDvmb4bfuf"}}]}""";
        asAdmin(upload(file.getBytes(StandardCharsets.UTF_8), "H-OUT").param("dataElements", "true")
                .param("frequency", "YEARLY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataElements[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.dataElements[0].reason", containsString("categoryCombo nOsUcHcOmBo is not in the file")))
                .andExpect(jsonPath("$.dataElements[1].outcome").value("CREATED"))
                .andExpect(jsonPath("$.dataElements[2].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.dataElements[2].reason", containsString("valueType TEXT is not numeric")))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.refused").value(2));
        asAdmin(get("/api/v1/indicators/TB_TEST_UNKNOWN_COMBO")).andExpect(status().isNotFound());
        asAdmin(get("/api/v1/indicators/TB_TEST_DEFAULT_COMBO"))
                .andExpect(jsonPath("$.frequency").value("YEARLY"))
                .andExpect(jsonPath("$.unitAggregation").value("AVERAGE"))
                .andExpect(jsonPath("$.timeAggregation").value("AVERAGE"));
        asAdmin(get("/api/v1/dhis2/mapping"))
                .andExpect(jsonPath("$.entries[?(@.dhis2Id=='kNoWnDeFa01')].resultaCode", contains("TB_TEST_DEFAULT_COMBO")))
                .andExpect(jsonPath("$.entries[?(@.dhis2Id=='uNkNoWnCc01')]").isEmpty());
    }

    @Test
    void reusesACategoryWithTheSameCodeAndOptionsByNameAndGivesAClashingOneTheUid() throws Exception {
        asAdmin(json(post("/api/v1/categories"), """
                {"code":"GENDER-T","name":"Gender (test data)","kind":"SEX",
                 "options":[{"code":"F","name":"Female"},{"code":"M","name":"Male"}]}""")).andExpect(status().isCreated());
        asAdmin(json(post("/api/v1/categories"), """
                {"code":"BAND-T","name":"Band (test data)","kind":"CUSTOM","options":[{"code":"LOW","name":"Low"}]}"""))
                .andExpect(status().isCreated());
        String file = """
                {"categoryOptions":[{"id":"oPtFeMaLe01","code":"FEMALE","name":"Female"},{"id":"oPtMaLe0001","code":"MALE","name":"Male"},
                   {"id":"oPtHiGh0001","code":"HIGH","name":"High"}],
                 "categories":[{"id":"cAtGeNdEr01","code":"GENDER_T","name":"Gender","categoryOptions":[{"id":"oPtFeMaLe01"},{"id":"oPtMaLe0001"}]},
                   {"id":"cAtBaNd0001","code":"BAND_T","name":"Band","categoryOptions":[{"id":"oPtHiGh0001"}]}],
                 "categoryCombos":[{"id":"cOmBoGeNd01","name":"Gender, band (test)","categories":[{"id":"cAtGeNdEr01"},{"id":"cAtBaNd0001"}]}],
                 "categoryOptionCombos":[{"id":"cOcFeMhIgH1","name":"Female, High","categoryCombo":{"id":"cOmBoGeNd01"},
                   "categoryOptions":[{"id":"oPtHiGh0001"},{"id":"oPtFeMaLe01"}]}],
                 "dataElements":[{"id":"dEgEnDeR001","code":"TB_TEST_BY_GENDER","name":"By gender (test data)",
                   "domainType":"AGGREGATE","valueType":"INTEGER","aggregationType":"SUM","categoryCombo":{"id":"cOmBoGeNd01"}}]}""";
        asAdmin(upload(file.getBytes(StandardCharsets.UTF_8), "H-OUT").param("dataElements", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[0].code").value("GENDER-T"))
                .andExpect(jsonPath("$.categories[0].outcome").value("UNCHANGED"))
                .andExpect(jsonPath("$.categories[1].code").value("BAND-T-cAtBaNd0001"))
                .andExpect(jsonPath("$.categories[1].outcome").value("CREATED"))
                .andExpect(jsonPath("$.disaggregations[0].code").value("Gender-band-test"))
                .andExpect(jsonPath("$.optionCombos[0].code").value("F_HIGH"))
                .andExpect(jsonPath("$.dataElements[0].outcome").value("CREATED"));
        asAdmin(get("/api/v1/indicators/TB_TEST_BY_GENDER")).andExpect(jsonPath("$.disaggregationCode").value("Gender-band-test"));
        asAdmin(get("/api/v1/dhis2/mapping"))
                .andExpect(jsonPath("$.entries[?(@.dhis2Id=='cOcFeMhIgH1')].resultaCode", contains("F_HIGH")));
    }

    @Test
    @Order(Integer.MAX_VALUE - 2) // before the import below: nothing of the excerpt's data elements exists yet
    void aDryRunOfTheDataElementsSavesNoCategoryDisaggregationIndicatorOrMapping() throws Exception {
        asAdmin(upload(excerpt, "H-OUT").param("dataElements", "true").param("dryRun", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[?(@.code=='TB-NEW-EPISODES')].outcome", contains("CREATED")))
                .andExpect(jsonPath("$.disaggregations[?(@.dhis2Id=='qd9YY4mIoFm')].outcome", contains("CREATED")))
                .andExpect(jsonPath("$.dataElements[?(@.code=='TB_NEW_EPISODES_PBC')].outcome", contains("CREATED")))
                .andExpect(jsonPath("$.optionCombos[?(@.dhis2Id=='CkzcRMxIDLz')].outcome", contains("CREATED")))
                .andExpect(jsonPath("$.indicators[?(@.code=='TB_PTB_RECURRENT_IN_NEW_PTB_EPS')].outcome", contains("CREATED")));
        asAdmin(get("/api/v1/categories")).andExpect(jsonPath("$[?(@.code=='TB-NEW-EPISODES')]").isEmpty());
        asAdmin(get("/api/v1/disaggregations")).andExpect(jsonPath("$[?(@.code=='TB-New-episodes')]").isEmpty());
        asAdmin(get("/api/v1/disaggregations/TB-New-episodes")).andExpect(status().isNotFound());
        asAdmin(get("/api/v1/indicators/TB_NEW_EPISODES_PBC")).andExpect(status().isNotFound());
        asAdmin(get("/api/v1/indicators/TB_PTB_RECURRENT_IN_NEW_PTB_EPS")).andExpect(status().isNotFound());
        asAdmin(get("/api/v1/dhis2/mapping"))
                .andExpect(jsonPath("$.entries[?(@.dhis2Id=='f0OdNefj3RN')]").isEmpty())
                .andExpect(jsonPath("$.entries[?(@.dhis2Id=='CkzcRMxIDLz')]").isEmpty());
    }

    /**
     * The worked check. The excerpt's data elements TB_NEW_EPISODES_PBC (f0OdNefj3RN) and TB_NEW_EPISODES_PCD
     * (OkeJwW1W7a9) are disaggregated by "TB - New episodes" (new, recurrent, history unknown); DHIS2's
     * TB_PTB_RECURRENT_IN_NEW_PTB_EPS is {@code (#{f0OdNefj3RN.CkzcRMxIDLz} + #{OkeJwW1W7a9.CkzcRMxIDLz}) /
     * (#{f0OdNefj3RN} + #{OkeJwW1W7a9}) x 100}, CkzcRMxIDLz being "Recurrent". At HEALTH-N in 2025Q3, PBC new 30,
     * recurrent 10, unknown 5 and PCD new 14, recurrent 6: (10 + 6) / (45 + 20) x 100 = 24.615384... %.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1) // it remaps FMLmCNm7QTf and eO8nthpRoT4, which the tests above expect on HIV-DOC and PLHIV
    void importsTheDataElementsWithTheirDisaggregationsSoAnIndicatorComputesFromValuesByCombination() throws Exception {
        asAdmin(upload(excerpt, "H-OUT").param("dataElements", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[*].code", contains("SEX", "TB-Age", "TB-TX-outcome", "TB-NEW-EPISODES")))
                .andExpect(jsonPath("$.categories[?(@.code=='TB-NEW-EPISODES')].outcome", contains("CREATED")))
                .andExpect(jsonPath("$.disaggregations[*].code", contains("TB-Age-sex", "TB-TX-outcome", "TB-New-episodes")))
                .andExpect(jsonPath("$.dataElements.length()").value(15))
                .andExpect(jsonPath("$.dataElements[?(@.outcome!='CREATED')]").isEmpty())
                .andExpect(jsonPath("$.optionCombos[?(@.dhis2Id=='CkzcRMxIDLz')].code", contains("TB-RECURRENT")))
                .andExpect(jsonPath("$.optionCombos[?(@.dhis2Id=='Rkb9S0P4Jik')].reason",
                        contains(containsString("do not name exactly one option of category TB-NEW-EPISODES"))))
                .andExpect(jsonPath("$.indicators[?(@.outcome=='REFUSED')]").isEmpty())
                .andExpect(jsonPath("$.refused").value(1));
        asAdmin(get("/api/v1/indicators/TB_NEW_EPISODES_PBC"))
                .andExpect(jsonPath("$.disaggregationCode").value("TB-New-episodes"))
                .andExpect(jsonPath("$.frequency").value("QUARTERLY"))
                .andExpect(jsonPath("$.measure").value("NUMBER"))
                .andExpect(jsonPath("$.timeAggregation").value("SUM"));
        asAdmin(get("/api/v1/indicators/GEN_POP_NUM_15Y"))
                .andExpect(jsonPath("$.unitAggregation").value("SUM"))
                .andExpect(jsonPath("$.timeAggregation").value("AVERAGE"));
        asAdmin(get("/api/v1/indicators/TB_OUTCOME_LONG_REG_RR")).andExpect(jsonPath("$.frequency").value("YEARLY"));
        // an indicator is never finer than the data it reads: treatment success mixes quarterly and yearly cohorts
        asAdmin(get("/api/v1/indicators/TB_OUT_TX_SUC_PERC")).andExpect(jsonPath("$.frequency").value("YEARLY"));
        asAdmin(get("/api/v1/indicators/TB_PTB_RECURRENT_IN_NEW_PTB_EPS")).andExpect(jsonPath("$.frequency").value("QUARTERLY"));
        asAdmin(get("/api/v1/indicators/TB_PTB_RECURRENT_IN_NEW_PTB_EPS/formula"))
                .andExpect(jsonPath("$.numerator").value(
                        "#{TB_NEW_EPISODES_PBC.TB-RECURRENT} + #{TB_NEW_EPISODES_PCD.TB-RECURRENT}"))
                .andExpect(jsonPath("$.denominator").value("#{TB_NEW_EPISODES_PBC} + #{TB_NEW_EPISODES_PCD}"));

        asAdmin(json(put("/api/v1/data-entry/HEALTH-N/2025Q3"), """
                [{"indicatorCode":"TB_NEW_EPISODES_PBC","optionCombo":"TB-NEW","value":30},
                 {"indicatorCode":"TB_NEW_EPISODES_PBC","optionCombo":"TB-RECURRENT","value":10},
                 {"indicatorCode":"TB_NEW_EPISODES_PBC","optionCombo":"TB-NO-TX-HX","value":5},
                 {"indicatorCode":"TB_NEW_EPISODES_PCD","optionCombo":"TB-NEW","value":14},
                 {"indicatorCode":"TB_NEW_EPISODES_PCD","optionCombo":"TB-RECURRENT","value":6}]"""))
                .andExpect(status().isOk());
        double byHand = (10.0 + 6.0) / (30 + 10 + 5 + 14 + 6) * 100;
        asAdmin(get("/api/v1/scorecards/HEALTH-N").param("period", "2025Q3"))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='TB_PTB_RECURRENT_IN_NEW_PTB_EPS')].actual",
                        contains(closeTo(byHand, 1e-9))))
                .andExpect(jsonPath("$.lines[?(@.indicatorCode=='TB_NEW_EPISODES_PBC')].actual", contains(closeTo(45.0, 1e-9))));

        asAdmin(upload(excerpt, "H-OUT").param("dataElements", "true"))
                .andExpect(jsonPath("$.categories[?(@.outcome!='UNCHANGED')]").isEmpty())
                .andExpect(jsonPath("$.disaggregations[?(@.outcome!='UNCHANGED')]").isEmpty())
                .andExpect(jsonPath("$.dataElements[?(@.outcome!='UPDATED')]").isEmpty())
                .andExpect(jsonPath("$.optionCombos[?(@.dhis2Id=='CkzcRMxIDLz')].outcome", contains("UNCHANGED")));
    }

    /**
     * The whole WHO TB package with its data elements: every category, category combo and data element is created
     * and mapped, and each of its 173 indicators is created but those using a function or item the engine does not
     * compute, each refused naming it.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyIndicatorOfTheTbPackageIsCreatedFromItsOwnDataElementsButThoseOfUnsupportedFunctions() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FULL), "Skipped: " + FULL.toAbsolutePath().normalize()
                + " is absent (the shared data folder is not checked out beside this worktree)");
        byte[] file = Files.readAllBytes(FULL);
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode report = mapper.readTree(asAdmin(upload(file, "H-OUT").param("dataElements", "true")
                .param("dryRun", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(report.path("dataElements").size()).isEqualTo(49);
        for (JsonNode line : report.path("dataElements")) {
            assertThat(line.path("outcome").asString()).as(line.toString()).isIn("CREATED", "UPDATED");
        }
        assertThat(report.path("categories").size()).isEqualTo(8);
        assertThat(report.path("disaggregations").size()).isEqualTo(6);
        for (String kind : new String[]{"categories", "disaggregations"}) {
            for (JsonNode line : report.path(kind)) {
                assertThat(line.path("outcome").asString()).as(line.toString()).isIn("CREATED", "UNCHANGED");
            }
        }
        assertThat(report.path("optionCombos").size()).as("43 combos less DHIS2's default").isEqualTo(42);
        for (JsonNode line : report.path("optionCombos")) {
            if (line.path("dhis2Id").asString().equals("Rkb9S0P4Jik")) {
                assertThat(line.path("outcome").asString()).isEqualTo("REFUSED");
                assertThat(line.path("reason").asString()).contains("uRK8UBNwKIC");
            } else {
                assertThat(line.path("outcome").asString()).as(line.toString()).isIn("CREATED", "UPDATED", "UNCHANGED");
            }
        }
        assertThat(report.path("indicators").size()).isEqualTo(173);
        int refused = 0;
        for (JsonNode line : report.path("indicators")) {
            String outcome = line.path("outcome").asString();
            if (outcome.equals("REFUSED")) {
                refused++;
                assertThat(line.path("reason").asString()).as(line.toString()).contains("is not supported");
            } else {
                assertThat(outcome).as(line.toString()).isIn("CREATED", "UPDATED");
            }
        }
        assertThat(refused).isEqualTo(UNSUPPORTED_IN_PACKAGE);
        assertThat(report.path("refused").asInt()).as("the one Re-registered combo its category no longer lists")
                .isEqualTo(1);
    }

    // ---- helpers

    private MockMultipartHttpServletRequestBuilder upload(byte[] file, String resultCode) {
        MockMultipartHttpServletRequestBuilder request = multipart(API)
                .file(new MockMultipartFile("file", "metadata.json", MediaType.APPLICATION_JSON_VALUE, file));
        request.param("resultCode", resultCode);
        return request;
    }

    private void count(String code) throws Exception {
        api.quarterlyIndicator(code, "NUMBER", null);
    }

    private ResultActions asAdmin(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return api.asAdmin(request);
    }

    private ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return api.as(user, request);
    }
}
