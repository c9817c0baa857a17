package org.resulta.exchange.values;

import org.resulta.measurement.ImportSource;
import org.resulta.measurement.ImportedActual;
import org.resulta.shared.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A data value set as JSON, read token by token (one value in memory at a time): an object whose
 * {@code dataValues} array holds the values. Resulta's own names are {@code indicator, unit, period,
 * disaggregation, value, numerator, denominator, comment}; a DHIS2 set uses {@code dataElement, orgUnit, period,
 * categoryOptionCombo, value, comment}, its identifiers going through the DHIS2 mapping. {@code unit} /
 * {@code orgUnit} and {@code period} given before {@code dataValues} are defaults for every value.
 */
final class JsonValueSetReader implements ImportSource {

    private final InputStream in;
    private final JsonMapper json;
    private final Dhis2Translation dhis2;

    /** A Resulta set when {@code dhis2} is null, else a DHIS2 set. */
    JsonValueSetReader(InputStream in, JsonMapper json, Dhis2Translation dhis2) {
        this.in = in;
        this.json = json;
        this.dhis2 = dhis2;
    }

    @Override
    public void read(Consumer<ImportedActual> sink) {
        try (JsonParser parser = json.createParser(StrictUtf8Reader.skipBom(in))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw refused(parser, "The file must be a JSON object with a \"dataValues\" array");
            }
            Map<String, String> defaults = new HashMap<>();
            boolean values = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("dataValues".equals(name) && token == JsonToken.START_ARRAY) {
                    values = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long line = parser.currentLocation().getLineNr();
                        sink.accept(row(line, object(parser), defaults));
                    }
                } else if (token.isScalarValue()) {
                    defaults.put(name, parser.getValueAsString());
                } else {
                    parser.skipChildren();
                }
            }
            if (!values) {
                throw new InvalidValueException("file", "json-no-values", "The JSON object has no \"dataValues\" array");
            }
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            boolean encoding = message != null && message.contains("UTF-8");
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidValueException("file", encoding ? "invalid-utf8" : "json-malformed", "Line " + line
                    + (encoding ? " holds bytes that are not UTF-8; nothing was saved. Save the file as UTF-8 and upload it again"
                    : " is not valid JSON; nothing was saved: " + message));
        }
    }

    private static Map<String, String> object(JsonParser parser) {
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (token.isScalarValue()) {
                fields.put(name, token == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
            } else {
                parser.skipChildren();
            }
        }
        return fields;
    }

    private ImportedActual row(long line, Map<String, String> f, Map<String, String> defaults) {
        if (dhis2 == null) {
            return new ImportedActual(line, f.get("indicator"), or(f, defaults, "unit"), or(f, defaults, "period"),
                    f.get("disaggregation"), f.get("value"), f.get("numerator"), f.get("denominator"), f.get("comment"));
        }
        return new ImportedActual(line, dhis2.code(Dhis2Mapping.Kind.DATA_ELEMENT, f.get("dataElement")),
                dhis2.code(Dhis2Mapping.Kind.ORG_UNIT, or(f, defaults, "orgUnit")),
                Dhis2Translation.period(or(f, defaults, "period")),
                dhis2.code(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, f.get("categoryOptionCombo")),
                f.get("value"), null, null, f.get("comment"));
    }

    private static String or(Map<String, String> f, Map<String, String> defaults, String name) {
        String v = f.get(name);
        return v == null ? defaults.get(name) : v;
    }

    private static InvalidValueException refused(JsonParser parser, String message) {
        return new InvalidValueException("file", "json-malformed", "Line " + parser.currentLocation().getLineNr()
                + ": " + message);
    }
}
