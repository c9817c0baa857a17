package org.resulta.exchange.values;

import tools.jackson.databind.JsonNode;

import java.util.regex.Pattern;

/** Reading fields of DHIS2 metadata objects, and the codes Resulta gives them. */
final class Dhis2Json {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");

    private Dhis2Json() {
    }

    /** The DHIS2 code when Resulta can use it as an indicator or constant code, else the uid, else null. */
    static String code(JsonNode node) {
        String code = text(node, "code");
        if (code != null && CODE.matcher(code).matches()) {
            return code;
        }
        String uid = text(node, "id");
        return uid != null && CODE.matcher(uid).matches() ? uid : null;
    }

    /** A field's text, stripped; null when absent, not a value or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The id of a reference such as {@code "categoryCombo": {"id": "..."}}. */
    static String ref(JsonNode node, String field) {
        return text(node.path(field), "id");
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
