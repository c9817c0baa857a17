package org.resulta.api;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.ActualView;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports and exports of actuals through the API on the small fixture government: the per-row report, dry runs,
 * all-or-nothing against skip-invalid, idempotent re-import, byte-order marks, bytes that are not UTF-8, the upload
 * limit, scope per row and on export, closed reports, every format in and out (an export imports back unchanged),
 * DHIS2 identifiers through the mapping, and templates.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:values-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "resulta.imports.max-file-size=64KB"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValueExchangeIntegrationTests {

    static final String HEADER = "indicator,unit,period,disaggregation,value,comment\n";

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

    GovernmentFixtures fixtures;

    @BeforeAll
    void buildGovernment() throws Exception {
        fixtures = new GovernmentFixtures(organisation, results, catalog, data, users, accounts);
        fixtures.buildSmallGovernment();
        as("admin", post("/api/v1/data-sets").contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"HEALTH-M","name":"Monthly health report","frequency":"MONTHLY","dueDays":15,"approvalLevels":1,
                 "ownerUnitCode":"HEALTH","indicators":[{"indicatorCode":"VACCINATED","explainVariance":false}],
                 "unitCodes":["HEALTH-N","HEALTH-S"]}""")).andExpect(status().isCreated());
    }

    @Test
    void reportsEachRefusedRowWithItsLineFieldRuleAndValue() throws Exception {
        JsonNode job = importCsv("health-encoder", HEADER + """
                VACCINATED,HEALTH-N,2025-01,,120,first count
                NOPE,HEALTH-N,2025-01,,5,
                VACCINATED,HEALTH-N,2025-02,,"1,000",
                VACCINATED,HEALTH-S,2025-02,,7,
                VACCINATED,HEALTH-N,2025Q1,,7,
                VACCINATED,HEALTH-N,2025-03,,130,
                """, "skip-invalid", false);

        assertThat(job.get("state").asString()).isEqualTo("DONE");
        assertThat(job.get("rowsRead").asLong()).isEqualTo(6);
        assertThat(job.get("rowsRejected").asLong()).isEqualTo(4);
        assertThat(job.get("created").asLong()).isEqualTo(2);
        assertThat(job.get("saved").asBoolean()).isTrue();
        assertThat(errors(job)).containsExactly(
                "3|indicator|unknown-indicator|NOPE",
                "4|value|number-format|1,000",
                "5|unit|unit-out-of-scope|HEALTH-S",
                "6|period|period-frequency|2025Q1");
        assertThat(job.get("errors").get(2).get("message").asString()).contains("outside your scope");
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-01")).hasValueSatisfying(a -> {
            assertThat(a.value()).isEqualByComparingTo("120");
            assertThat(a.comment()).isEqualTo("first count");
        });
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-03")).isPresent();
        assertThat(actual("VACCINATED", "HEALTH-S", "2025-02")).isEmpty();
        as("health-encoder", get("/api/v1/audit/actuals").param("indicator", "VACCINATED").param("unit", "HEALTH-N")
                .param("period", "2025-01"))
                .andExpect(jsonPath("$[0].action").value("CREATE"))
                .andExpect(jsonPath("$[0].actor").value("health-encoder"))
                .andExpect(jsonPath("$[0].reason").value(containsString("import")));
    }

    @Test
    void runsTheValidationRulesOnTheUnitsAndPeriodsItSaved() throws Exception {
        as("admin", post("/api/v1/validation-rules").contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"VAC-PLAUSIBLE","name":"At most 1,000 children vaccinated a month","leftSide":"#{VACCINATED}",
                 "operator":"LESS_THAN_OR_EQUAL_TO","rightSide":"1000","importance":"WARNING",
                 "periodType":"MONTHLY","ownerUnitCode":"HEALTH"}""")).andExpect(status().isCreated());

        JsonNode job = importCsv("health-encoder", HEADER + """
                VACCINATED,HEALTH-N,2026-04,,90000,
                VACCINATED,HEALTH-N,2026-05,,140,
                """, "skip-invalid", false);

        assertThat(job.get("created").asLong()).isEqualTo(2);
        assertThat(job.get("rowsRejected").asLong()).isZero();
        assertThat(errors(job)).contains("0|check|VAC-PLAUSIBLE|HEALTH-N 2026-04")
                .doesNotContain("0|check|VAC-PLAUSIBLE|HEALTH-N 2026-05");
        assertThat(job.get("message").asString()).contains("Validation rules:").contains("to look at");

        JsonNode dryRun = importCsv("health-encoder", HEADER + "VACCINATED,HEALTH-N,2026-06,,95000,\n", "skip-invalid", true);
        assertThat(errors(dryRun)).as("a dry run saves nothing, so there is nothing to check").isEmpty();
    }

    @Test
    void refusesRowsForAnIndicatorComputedByAFormula() throws Exception {
        as("admin", post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"VACCINATED-TWICE","name":"Twice the vaccinated","resultCode":"H-OUT","measure":"NUMBER",
                 "dimension":"QUANTITY","direction":"INCREASE","frequency":"MONTHLY"}""")).andExpect(status().isCreated());
        as("admin", put("/api/v1/indicators/VACCINATED-TWICE/formula").contentType(MediaType.APPLICATION_JSON)
                .content("{\"numerator\":\"{VACCINATED} * 2\"}")).andExpect(status().isOk());

        JsonNode job = importCsv("health-encoder", HEADER + """
                VACCINATED-TWICE,HEALTH-N,2026-03,,300,
                VACCINATED,HEALTH-N,2026-03,,150,
                """, "skip-invalid", false);

        assertThat(errors(job)).containsExactly("2|indicator|computed-indicator|VACCINATED-TWICE");
        assertThat(job.get("errors").get(0).get("message").asString()).contains("computed by its formula");
        assertThat(job.get("created").asLong()).isEqualTo(1);
        assertThat(actual("VACCINATED-TWICE", "HEALTH-N", "2026-03")).isEmpty();
        assertThat(actual("VACCINATED", "HEALTH-N", "2026-03")).isPresent();
    }

    @Test
    void allOrNothingSavesNothingWhenOneRowIsRefusedAndSkipInvalidSavesExactlyTheValidRows() throws Exception {
        String file = HEADER + """
                VACCINATED,HEALTH-N,2025-04,,140,
                VACCINATED,HEALTH-N,2025-05,,many,
                VACCINATED,HEALTH-N,2025-06,,160,
                """;
        JsonNode all = importCsv("health-encoder", file, "all-or-nothing", false);
        assertThat(all.get("state").asString()).isEqualTo("DONE");
        assertThat(all.get("saved").asBoolean()).isFalse();
        assertThat(all.get("message").asString()).contains("nothing was saved");
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-04")).isEmpty();
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-06")).isEmpty();

        JsonNode skip = importCsv("health-encoder", file, "skip-invalid", false);
        assertThat(skip.get("saved").asBoolean()).isTrue();
        assertThat(skip.get("created").asLong()).isEqualTo(2);
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-04")).isPresent();
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-05")).isEmpty();
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-06")).isPresent();
    }

    @Test
    void aDryRunReportsWhatItWouldDoAndSavesNothing() throws Exception {
        JsonNode job = importCsv("health-encoder", HEADER + "VACCINATED,HEALTH-N,2025-07,,170,\n", "all-or-nothing", true);
        assertThat(job.get("created").asLong()).isEqualTo(1);
        assertThat(job.get("saved").asBoolean()).isFalse();
        assertThat(job.get("message").asString()).startsWith("Dry run");
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-07")).isEmpty();
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String file = HEADER + "VACCINATED,HEALTH-N,2025-08,,180,recount\nDELIVERIES,HEALTH-N,2025Q2,,,\n";
        file = "indicator,unit,period,disaggregation,value,comment,numerator,denominator\n"
                + "VACCINATED,HEALTH-N,2025-08,,180,recount,,\nDELIVERIES,HEALTH-N,2025Q2,,,,81,90\n";
        JsonNode first = importCsv("health-encoder", file, "all-or-nothing", false);
        assertThat(first.get("created").asLong()).isEqualTo(2);
        JsonNode second = importCsv("health-encoder", file, "all-or-nothing", false);
        assertThat(second.get("created").asLong()).isZero();
        assertThat(second.get("updated").asLong()).isZero();
        assertThat(second.get("unchanged").asLong()).isEqualTo(2);
        assertThat(actual("DELIVERIES", "HEALTH-N", "2025Q2")).hasValueSatisfying(a ->
                assertThat(a.value()).isEqualByComparingTo("90"));
        as("health-encoder", get("/api/v1/audit/actuals").param("indicator", "VACCINATED").param("unit", "HEALTH-N")
                .param("period", "2025-08")).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void importsHundredsOfRowsAndAuditsEachValue() throws Exception {
        StringBuilder file = new StringBuilder(HEADER);
        int rows = 0;
        for (String unit : List.of("HEALTH-N", "HEALTH-S")) {
            for (int year = 2000; year <= 2019; year++) {
                for (int month = 1; month <= 12; month++) {
                    file.append("VACCINATED,").append(unit).append(',').append(year).append('-')
                            .append(month < 10 ? "0" : "").append(month).append(",,").append(year + month).append(",\n");
                    rows++;
                }
            }
        }
        JsonNode job = importCsv("admin", file.toString(), "all-or-nothing", false);
        assertThat(job.get("rowsRead").asLong()).isEqualTo(rows);
        assertThat(job.get("created").asLong()).isEqualTo(rows);
        assertThat(actual("VACCINATED", "HEALTH-S", "2019-12")).hasValueSatisfying(a ->
                assertThat(a.value()).isEqualByComparingTo("2031"));
        as("admin", get("/api/v1/audit/actuals").param("indicator", "VACCINATED").param("unit", "HEALTH-S")
                .param("period", "2007-05"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].newValue").value("value=2012"))
                .andExpect(jsonPath("$[0].reason").value(containsString("values.csv")));
        as("admin", get("/api/v1/audit").param("entity", "ACTUAL").param("key", "VACCINATED|HEALTH-N|2000-"))
                .andExpect(jsonPath("$.total").value(12));
    }

    @Test
    void readsAFileWithAByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "VACCINATED,HEALTH-N,2025-09,,190,\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        JsonNode job = importBytes("health-encoder", file, "csv", "all-or-nothing", false);
        assertThat(job.get("state").asString()).isEqualTo("DONE");
        assertThat(job.get("rowsRejected").asLong()).isZero();
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-09")).isPresent();
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheLineAndSavesNothing() throws Exception {
        byte[] start = (HEADER + "VACCINATED,HEALTH-N,2025-10,,200,\nVACCINATED,HEALTH-N,2025-11,,210,caf")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[start.length + 2];
        System.arraycopy(start, 0, file, 0, start.length);
        file[start.length] = (byte) 0xE9;
        file[start.length + 1] = '\n';
        JsonNode job = importBytes("health-encoder", file, "csv", "skip-invalid", false);
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("message").asString()).contains("Line 3").contains("not UTF-8");
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-10")).isEmpty();
    }

    @Test
    void refusesAFileOverTheUploadLimitSayingTheLimit() throws Exception {
        byte[] big = new byte[70 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        as("health-encoder", multipart("/api/v1/imports").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                .param("format", "csv"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.rule").value("upload-too-large"))
                .andExpect(jsonPath("$.detail").value(containsString("64 KB")));
    }

    @Test
    void refusesValuesOfALockedReport() throws Exception {
        importCsv("health-encoder", HEADER + "VACCINATED,HEALTH-N,2025-12,,220,\n", "all-or-nothing", false);
        for (String[] step : new String[][]{{"health-encoder", "submit"}, {"health-head", "verify"},
                {"health-officer", "approve"}, {"health-officer", "lock"}}) {
            as(step[0], post("/api/v1/reports/HEALTH-M/HEALTH-N/2025-12/" + step[1])).andExpect(status().isOk());
        }
        JsonNode job = importCsv("admin", HEADER + "VACCINATED,HEALTH-N,2025-12,,999,\n", "skip-invalid", false);
        assertThat(errors(job)).containsExactly("2|period|report-locked|2025-12");
        assertThat(actual("VACCINATED", "HEALTH-N", "2025-12")).hasValueSatisfying(a ->
                assertThat(a.value()).isEqualByComparingTo("220"));
    }

    @Test
    void exportsCsvWithFormulaCellsNeutralised() throws Exception {
        importCsv("admin", HEADER + "SATISFIED,HEALTH-S,2024Q4,,81,\"=HYPERLINK(\"\"http://evil\"\")\"\n",
                "all-or-nothing", false);
        String csv = as("admin", get("/api/v1/exports/values").param("unit", "HEALTH-S").param("indicators", "SATISFIED")
                .param("format", "csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("indicator,unit,period,disaggregation,value,comment,numerator,denominator\n");
        assertThat(csv).contains("SATISFIED,HEALTH-S,2024Q4,,81,\"'=HYPERLINK(\"\"http://evil\"\")\",,");
    }

    @Test
    void anExportInEveryFormatImportsBackUnchanged() throws Exception {
        importCsv("admin", "indicator,unit,period,value,comment,numerator,denominator\n"
                + "DELIVERIES,HEALTH-S,2024Q1,,\"a, quoted comment\",51,60\nDELIVERIES,HEALTH-S,2024Q2,,,52,61\n"
                + "ENROLLED,SCHOOLS-N,2024Q1,1000.5,\n", "all-or-nothing", false);
        for (String format : List.of("csv", "xlsx", "json")) {
            byte[] exported = as("admin", get("/api/v1/exports/values").param("unit", "GOV")
                    .param("indicators", "DELIVERIES,ENROLLED").param("from", "2024Q1").param("to", "2024Q4")
                    .param("format", format)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            JsonNode job = importBytes("admin", exported, format, "all-or-nothing", false);
            assertThat(job.get("rowsRejected").asLong()).as(format).isZero();
            assertThat(job.get("rowsRead").asLong()).as(format).isEqualTo(3);
            assertThat(job.get("unchanged").asLong()).as(format).isEqualTo(3);
        }
        for (String format : List.of("dhis2-json", "dhis2-csv")) {
            byte[] exported = as("admin", get("/api/v1/exports/values").param("unit", "GOV")
                    .param("indicators", "ENROLLED").param("from", "2024Q1").param("to", "2024Q4")
                    .param("format", format)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            JsonNode job = importBytes("admin", exported, format, "all-or-nothing", false);
            assertThat(job.get("rowsRejected").asLong()).as(format).isZero();
            assertThat(job.get("unchanged").asLong()).as(format).isEqualTo(1);
        }
    }

    @Test
    void anEncoderCannotExportAnotherUnitNorSeeAnotherPersonsJob() throws Exception {
        as("health-encoder", get("/api/v1/exports/values").param("unit", "SCHOOLS").param("format", "csv"))
                .andExpect(status().isForbidden());
        JsonNode job = importCsv("admin", HEADER + "ENROLLED,SCHOOLS-N,2024Q2,990,\n", "all-or-nothing", true);
        as("health-encoder", get("/api/v1/imports/" + job.get("id").asString())).andExpect(status().isNotFound());
        as("health-viewer", multipart("/api/v1/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                HEADER.getBytes(StandardCharsets.UTF_8)))).andExpect(status().isForbidden());
    }

    @Test
    void importsDhis2DataValueSetsThroughTheMapping() throws Exception {
        as("admin", put("/api/v1/dhis2/mapping").contentType(MediaType.APPLICATION_JSON).content("""
                {"entries":[{"kind":"DATA_ELEMENT","dhis2Id":"fbfJHSPpUQD","resultaCode":"VACCINATED"},
                            {"kind":"ORG_UNIT","dhis2Id":"DiszpKrYNg8","resultaCode":"HEALTH-N"}]}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entries.length()").value(2));
        JsonNode set = importBytes("health-encoder", """
                {"dataSet":"pBOMPrpg1QX","orgUnit":"DiszpKrYNg8","period":"202410",
                 "dataValues":[{"dataElement":"fbfJHSPpUQD","categoryOptionCombo":"HllvX50cXC0","value":"44","comment":"dhis2"},
                               {"dataElement":"fbfJHSPpUQD","period":"202411","value":45},
                               {"dataElement":"unknownDE01","value":"1"}]}""".getBytes(StandardCharsets.UTF_8),
                "dhis2-json", "skip-invalid", false);
        assertThat(set.get("created").asLong()).isEqualTo(2);
        assertThat(errors(set)).containsExactly("4|indicator|unknown-indicator|unknownDE01");
        assertThat(actual("VACCINATED", "HEALTH-N", "2024-10")).hasValueSatisfying(a ->
                assertThat(a.value()).isEqualByComparingTo("44"));
        JsonNode csv = importBytes("health-encoder", """
                dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup
                fbfJHSPpUQD,202412,DiszpKrYNg8,HllvX50cXC0,HllvX50cXC0,46,someone,2024-12-31,,false
                """.getBytes(StandardCharsets.UTF_8), "dhis2-csv", "all-or-nothing", false);
        assertThat(csv.get("created").asLong()).isEqualTo(1);
        assertThat(actual("VACCINATED", "HEALTH-N", "2024-12")).isPresent();
    }

    @Test
    void importsJsonValueSetsAndXlsxWorkbooks() throws Exception {
        JsonNode set = importBytes("health-encoder", """
                {"unit":"HEALTH-N","dataValues":[{"indicator":"VACCINATED","period":"2024-07","value":70},
                  {"indicator":"SATISFIED","period":"2024Q3","value":"88.5","comment":"survey"}]}"""
                .getBytes(StandardCharsets.UTF_8), "json", "all-or-nothing", false);
        assertThat(set.get("created").asLong()).isEqualTo(2);
        assertThat(actual("SATISFIED", "HEALTH-N", "2024Q3")).hasValueSatisfying(a ->
                assertThat(a.value()).isEqualByComparingTo("88.5"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("values");
            String[] header = {"indicator", "unit", "period", "disaggregation", "value", "comment"};
            var first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("VACCINATED");
            row.createCell(1).setCellValue("HEALTH-N");
            row.createCell(2).setCellValue("2024-08");
            row.createCell(4).setCellValue(80.25);
            var bad = sheet.createRow(2);
            bad.createCell(0).setCellValue("VACCINATED");
            bad.createCell(1).setCellValue("HEALTH-N");
            bad.createCell(2).setCellValue("2024-09");
            bad.createCell(4).setCellValue("lots");
            workbook.write(xlsx);
        }
        JsonNode job = importBytes("health-encoder", xlsx.toByteArray(), "xlsx", "skip-invalid", false);
        assertThat(errors(job)).containsExactly("3|value|number-format|lots");
        assertThat(actual("VACCINATED", "HEALTH-N", "2024-08")).hasValueSatisfying(a ->
                assertThat(a.value()).isEqualByComparingTo("80.25"));
    }

    @Test
    void givesATemplatePerDataSet() throws Exception {
        as("health-encoder", get("/api/v1/data-sets/HEALTH-M/template").param("period", "2026-01").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().string("indicator,unit,period,disaggregation,value,comment,numerator,denominator\n"
                        + "VACCINATED,HEALTH-N,2026-01,,,,,\nVACCINATED,HEALTH-S,2026-01,,,,,\n"));
        byte[] xlsx = as("health-encoder", get("/api/v1/data-sets/HEALTH-M/template").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("VACCINATED");
        }
    }

    // ---- helpers

    Optional<ActualView> actual(String indicator, String unit, String period) {
        return asAdmin(() -> data.actuals(indicator, unit)).stream().filter(a -> a.period().equals(period)).findFirst();
    }

    private <T> T asAdmin(Supplier<T> work) {
        Object[] out = new Object[1];
        fixtures.asAdministrator(() -> out[0] = work.get());
        @SuppressWarnings("unchecked") T result = (T) out[0];
        return result;
    }

    static List<String> errors(JsonNode job) {
        List<String> lines = new java.util.ArrayList<>();
        job.get("errors").forEach(e -> lines.add(e.get("line").asLong() + "|" + e.get("field").asString() + "|"
                + e.get("rule").asString() + "|" + e.get("value").asString()));
        return lines;
    }

    JsonNode importCsv(String user, String csv, String mode, boolean dryRun) throws Exception {
        return importBytes(user, csv.getBytes(StandardCharsets.UTF_8), "csv", mode, dryRun);
    }

    /** Starts an import and waits for its job to finish; returns the finished job. */
    JsonNode importBytes(String user, byte[] file, String format, String mode, boolean dryRun) throws Exception {
        MvcResult started = as(user, multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "values." + format, "application/octet-stream", file))
                .param("format", format).param("mode", mode).param("dryRun", String.valueOf(dryRun)))
                .andExpect(status().isAccepted()).andReturn();
        String id = json.readTree(started.getResponse().getContentAsString()).get("id").asString();
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonNode job = json.readTree(as(user, get("/api/v1/imports/" + id)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            if (job.get("state").asString().equals("DONE") || job.get("state").asString().equals("FAILED")) {
                return job;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Import " + id + " did not finish: " + job);
            }
            Thread.sleep(50);
        }
    }

    ResultActions as(String user, org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String password = user.equals("admin") ? GovernmentFixtures.ADMIN_PASSWORD : GovernmentFixtures.PASSWORD;
        return mvc.perform(request.with(httpBasic(user, password)));
    }

}
