package org.resulta.exchange.values;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns DHIS2 identifiers into Resulta codes with the stored mapping (an identifier without one is taken as a
 * Resulta code as it is; DHIS2's default category option combination {@code HllvX50cXC0} is the total), and DHIS2
 * periods into Resulta's: {@code 202603} is {@code 2026-03}; {@code 2026Q1}, {@code 2026S1} and {@code 2026} are
 * the same in both. Other DHIS2 periods (weeks, days, bi-months) pass through and are refused as unknown periods.
 */
final class Dhis2Translation implements Dhis2FormulaIdentifiers.Mapped {

    static final String DEFAULT_COMBO = "HllvX50cXC0";
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])");

    private final Map<Dhis2Mapping.Kind, Map<String, String>> codes = new EnumMap<>(Dhis2Mapping.Kind.class);

    Dhis2Translation(Dhis2Mapping mapping) {
        for (Dhis2Mapping.Kind kind : Dhis2Mapping.Kind.values()) {
            codes.put(kind, new HashMap<>());
        }
        for (Dhis2Mapping.Entry e : mapping.entries()) {
            codes.get(e.kind()).put(e.dhis2Id(), e.resultaCode());
        }
    }

    /** The Resulta code of a DHIS2 identifier (null stays null). */
    String code(Dhis2Mapping.Kind kind, String dhis2Id) {
        if (dhis2Id == null || dhis2Id.isBlank()) {
            return null;
        }
        String id = dhis2Id.strip();
        String mapped = codes.get(kind).get(id);
        if (mapped != null) {
            return mapped;
        }
        if (kind == Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO && DEFAULT_COMBO.equals(id)) {
            return null;
        }
        return id;
    }

    /** The Resulta code a DHIS2 identifier is mapped to, or null when there is no mapping for it. */
    @Override
    public String mapped(Dhis2Mapping.Kind kind, String dhis2Id) {
        return dhis2Id == null ? null : codes.get(kind).get(dhis2Id.strip());
    }

    /** The DHIS2 identifier of a Resulta code, for export (the code itself when nothing maps to it). */
    String dhis2Id(Dhis2Mapping.Kind kind, String code) {
        for (Map.Entry<String, String> e : codes.get(kind).entrySet()) {
            if (e.getValue().equals(code)) {
                return e.getKey();
            }
        }
        if (kind == Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO && "total".equals(code)) {
            return DEFAULT_COMBO;
        }
        return code;
    }

    static String period(String dhis2Period) {
        if (dhis2Period == null) {
            return null;
        }
        String p = dhis2Period.strip();
        var month = MONTH.matcher(p);
        return month.matches() ? month.group(1) + "-" + month.group(2) : p;
    }

    /** Resulta's period in DHIS2's form: {@code 2026-03} is {@code 202603}; the others are the same. */
    static String dhis2Period(String period) {
        return period.matches("\\d{4}-\\d{2}") ? period.replace("-", "") : period;
    }
}
