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
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

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
 * </pre>
 * {@code PostgresDhis2MetadataImportIntegrationTests} runs the same tests on PostgreSQL.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dhis2-metadata-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Dhis2MetadataImportIntegrationTests {

    private static final Path FULL = Path.of("..", "shared", "data", "dhis2", "TB_AGG_NO_metadata_DHIS2.41.4.json");
    private static final String API = "/api/v1/imports/dhis2-metadata";
    /** A refusal names what it refuses: a DHIS2 uid, or an item or function the engine does not compute. */
    private static final Pattern NAMED_REASON = Pattern.compile(".*([A-Za-z][A-Za-z0-9]{10}|is not supported).*", Pattern.DOTALL);

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
                .andExpect(jsonPath("$.refused").value(2));
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
        asAdmin(get("/api/v1/indicators").param("result", "S-OUT"))
                .andExpect(jsonPath("$.items[*].code", contains("ENROLLED")));
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
        mvc.perform(multipart("/imports/dhis2-metadata")
                        .file(new MockMultipartFile("file", "metadata.json", MediaType.APPLICATION_JSON_VALUE, excerpt))
                        .param("resultCode", "H-OUT").param("dryRun", "true").with(csrf()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dry run: ")))
                .andExpect(content().string(containsString("no data element nBltELlpVQM")));
        mvc.perform(multipart("/imports/dhis2-metadata")
                        .file(new MockMultipartFile("file", "metadata.json", MediaType.APPLICATION_JSON_VALUE, excerpt))
                        .param("resultCode", "").with(csrf()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"resultCode-error\"")));
    }

    /**
     * The whole WHO TB package: with each of its data elements mapped to a count (its category option combos are
     * not), every one of its 173 indicators is created or refused with a named reason.
     */
    @Test
    @Order(Integer.MAX_VALUE) // it maps every data element of the package: the tests above expect some unmapped
    void everyIndicatorOfTheTbPackageIsCreatedOrRefusedWithANamedReason() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FULL), "Skipped: " + FULL.toAbsolutePath().normalize()
                + " is absent (the shared data folder is not checked out beside this worktree)");
        byte[] file = Files.readAllBytes(FULL);
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode metadata = mapper.readTree(file);
        StringBuilder entries = new StringBuilder();
        for (JsonNode element : metadata.path("dataElements")) {
            String uid = element.path("id").asString();
            count("DE-" + uid);
            entries.append(entries.isEmpty() ? "" : ",").append("{\"kind\":\"DATA_ELEMENT\",\"dhis2Id\":\"").append(uid)
                    .append("\",\"resultaCode\":\"DE-").append(uid).append("\"}");
        }
        asAdmin(json(put("/api/v1/dhis2/mapping"), "{\"entries\":[" + entries + "]}")).andExpect(status().isOk());

        JsonNode report = mapper.readTree(asAdmin(upload(file, "H-OUT").param("dryRun", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(report.path("indicators").size()).isEqualTo(173);
        Set<String> outcomes = new HashSet<>();
        for (JsonNode line : report.path("indicators")) {
            String outcome = line.path("outcome").asString();
            outcomes.add(outcome);
            assertThat(outcome).as(line.toString()).isIn("CREATED", "UPDATED", "REFUSED");
            if (outcome.equals("REFUSED")) {
                assertThat(line.path("reason").asString()).as(line.toString()).matches(NAMED_REASON);
            }
        }
        assertThat(outcomes).as("some indicators use data elements alone, others their combos").contains("CREATED", "REFUSED");
        // hand count over the file: 49 indicators use whole data elements (or the default combo), 124 name other combos
        assertThat(report.path("created").asInt() + report.path("updated").asInt()).isEqualTo(49);
        assertThat(report.path("refused").asInt()).isEqualTo(124);
        for (JsonNode line : report.path("indicators")) {
            if (line.path("outcome").asString().equals("REFUSED")) {
                assertThat(line.path("reason").asString()).as(line.toString())
                        .contains("the DHIS2 mapping has no category option combination");
            }
        }
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
