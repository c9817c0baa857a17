package org.resulta.exchange.values;

import org.junit.jupiter.api.Test;
import org.resulta.measurement.ImportedActual;
import org.resulta.shared.InvalidValueException;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The file readers and the DHIS2 translation, without Spring: columns, lines, encodings, defaults, periods. */
class ValueReadersTests {

    @Test
    void readsTidyCsvColumnsInAnyOrderWithQuotedCellsAndTheirLines() {
        List<ImportedActual> rows = csv("""
                Value,Indicator,Period,Unit,Comment,extra
                42,DOH-08,2026-03,DOH-R1,"counted, twice",x
                "7",DOH-09,2026Q1,DOH-R2,"a ""quoted"" word
                across two lines",y
                9,DOH-10,2026,DOH-R3,,z
                """);
        assertThat(rows).extracting(ImportedActual::line, ImportedActual::indicator, ImportedActual::unit,
                ImportedActual::period, ImportedActual::value, ImportedActual::comment).containsExactly(
                tuple(2L, "DOH-08", "DOH-R1", "2026-03", "42", "counted, twice"),
                tuple(3L, "DOH-09", "DOH-R2", "2026Q1", "7", "a \"quoted\" word\nacross two lines"),
                tuple(5L, "DOH-10", "DOH-R3", "2026", "9", ""));
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> csv("indicator,unit,value\nDOH-08,DOH-R1,4\n"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'period' is missing")
                .extracting("rule").isEqualTo("csv-header");
    }

    @Test
    void skipsAByteOrderMarkAndNamesTheLineOfBytesThatAreNotUtf8() {
        byte[] bom = "\uFEFFindicator,unit,period,value\nA,B,2026,1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(new TidyCsvReader(new ByteArrayInputStream(bom)))).singleElement()
                .extracting(ImportedActual::indicator).isEqualTo("A");

        byte[] good = "indicator,unit,period,value\nA,B,2026,1\nA,B,2027,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = (byte) 0x28;
        bad[good.length + 2] = '\n';
        List<ImportedActual> before = new ArrayList<>();
        assertThatThrownBy(() -> new TidyCsvReader(new ByteArrayInputStream(bad)).read(before::add))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Line 3 holds bytes that are not UTF-8")
                .extracting("rule").isEqualTo("invalid-utf8");
        assertThat(before).hasSize(1);
    }

    @Test
    void readsJsonValueSetsWithDefaultsAndTheLineEachValueStartsOn() {
        String json = """
                {"unit": "DOH-R1", "period": "2026-03",
                 "dataValues": [
                   {"indicator": "DOH-08", "value": 42},
                   {"indicator": "DOH-03", "period": "2026Q1", "numerator": "812", "denominator": 950}
                 ]}""";
        List<ImportedActual> rows = read(new JsonValueSetReader(stream(json), JsonMapper.builder().build(), null));
        assertThat(rows).extracting(ImportedActual::line, ImportedActual::unit, ImportedActual::period,
                ImportedActual::value, ImportedActual::numerator, ImportedActual::denominator).containsExactly(
                tuple(3L, "DOH-R1", "2026-03", "42", null, null),
                tuple(4L, "DOH-R1", "2026Q1", null, "812", "950"));
    }

    @Test
    void refusesMalformedJsonNamingTheLine() {
        assertThatThrownBy(() -> read(new JsonValueSetReader(stream("{\"dataValues\": [\n{\"indicator\": }]}"),
                JsonMapper.builder().build(), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Line 2 is not valid JSON");
    }

    @Test
    void translatesDhis2IdentifiersAndPeriods() {
        Dhis2Translation dhis2 = new Dhis2Translation(new Dhis2Mapping(List.of(
                new Dhis2Mapping.Entry(Dhis2Mapping.Kind.DATA_ELEMENT, "fbfJHSPpUQD", "DOH-08"),
                new Dhis2Mapping.Entry(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, "S34ULMcHMca", "F"))));
        assertThat(dhis2.code(Dhis2Mapping.Kind.DATA_ELEMENT, " fbfJHSPpUQD ")).isEqualTo("DOH-08");
        assertThat(dhis2.code(Dhis2Mapping.Kind.ORG_UNIT, "DOH-R1")).isEqualTo("DOH-R1");
        assertThat(dhis2.code(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, "HllvX50cXC0")).isNull();
        assertThat(dhis2.code(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, "S34ULMcHMca")).isEqualTo("F");
        assertThat(dhis2.dhis2Id(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, "total")).isEqualTo("HllvX50cXC0");
        assertThat(dhis2.dhis2Id(Dhis2Mapping.Kind.DATA_ELEMENT, "DOH-08")).isEqualTo("fbfJHSPpUQD");
        assertThat(List.of("202603", "2026Q1", "2026S2", "2026", "2026W05")).extracting(Dhis2Translation::period)
                .containsExactly("2026-03", "2026Q1", "2026S2", "2026", "2026W05");
        assertThat(Dhis2Translation.dhis2Period("2026-03")).isEqualTo("202603");
        assertThat(Dhis2Translation.dhis2Period("2026Q1")).isEqualTo("2026Q1");
    }

    @Test
    void readsDhis2CsvByPositionWithOrWithoutAHeader() {
        Dhis2Translation none = new Dhis2Translation(new Dhis2Mapping(List.of()));
        String body = "DOH-08,202601,DOH-R1,HllvX50cXC0,HllvX50cXC0,12,admin,2026-02-01,note,false\n";
        for (String file : List.of(body, "dataelement,period,orgunit,catoptcombo,attroptcombo,value\n" + body)) {
            assertThat(read(new Dhis2CsvReader(stream(file), none))).singleElement().satisfies(r -> {
                assertThat(r.indicator()).isEqualTo("DOH-08");
                assertThat(r.period()).isEqualTo("2026-01");
                assertThat(r.unit()).isEqualTo("DOH-R1");
                assertThat(r.optionCombo()).isNull();
                assertThat(r.value()).isEqualTo("12");
                assertThat(r.comment()).isEqualTo("note");
            });
        }
    }

    private static List<ImportedActual> csv(String text) {
        return read(new TidyCsvReader(stream(text)));
    }

    private static List<ImportedActual> read(org.resulta.measurement.ImportSource source) {
        List<ImportedActual> rows = new ArrayList<>();
        source.read(rows::add);
        return rows;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
