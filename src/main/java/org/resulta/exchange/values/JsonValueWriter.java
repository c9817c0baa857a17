package org.resulta.exchange.values;

import org.resulta.measurement.ExportedActual;
import org.resulta.measurement.Measure;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;

/** A JSON data value set (Resulta's names, or DHIS2's), written token by token. */
final class JsonValueWriter implements ValueWriter {

    private final JsonGenerator out;
    private final Dhis2Translation dhis2;

    /** Resulta's names when {@code dhis2} is null, else DHIS2's. */
    JsonValueWriter(OutputStream stream, JsonMapper json, Dhis2Translation dhis2) {
        this.dhis2 = dhis2;
        this.out = json.createGenerator(stream);
        out.writeStartObject();
        out.writeName("dataValues");
        out.writeStartArray();
    }

    @Override
    public void accept(ExportedActual a) {
        out.writeStartObject();
        if (dhis2 == null) {
            field("indicator", a.indicator());
            field("unit", a.unit());
            field("period", a.period());
            field("disaggregation", ValueWriter.combo(a));
            field("value", ValueWriter.value(a));
            if (a.measure() == Measure.RATIO) {
                field("numerator", ValueWriter.plain(a.numerator()));
                field("denominator", ValueWriter.plain(a.denominator()));
            }
        } else {
            field("dataElement", dhis2.dhis2Id(Dhis2Mapping.Kind.DATA_ELEMENT, a.indicator()));
            field("period", Dhis2Translation.dhis2Period(a.period()));
            field("orgUnit", dhis2.dhis2Id(Dhis2Mapping.Kind.ORG_UNIT, a.unit()));
            field("categoryOptionCombo", dhis2.dhis2Id(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, a.optionCombo()));
            field("value", ValueWriter.value(a));
        }
        field("comment", a.comment());
        out.writeEndObject();
    }

    private void field(String name, String value) {
        if (value != null) {
            out.writeStringProperty(name, value);
        }
    }

    @Override
    public void finish() {
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
    }
}
