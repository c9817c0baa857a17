package org.resulta.exchange.values;

import org.resulta.shared.InvalidValueException;

import java.util.Locale;

/** The file formats actuals come in and go out as (docs/import-formats.md). */
public enum ValueFormat {
    CSV("csv", "text/csv", "Tidy CSV"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Tidy XLSX"),
    JSON("json", "application/json", "JSON data value set"),
    DHIS2_JSON("dhis2.json", "application/json", "DHIS2 data value set (JSON)"),
    DHIS2_CSV("dhis2.csv", "text/csv", "DHIS2 data value set (CSV)");

    private final String extension;
    private final String mediaType;
    private final String label;

    ValueFormat(String extension, String mediaType, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** Reads {@code csv}, {@code xlsx}, {@code json}, {@code dhis2-json}, {@code dhis2-csv} in any case. */
    public static ValueFormat parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("format", "unknown-format", "Unknown format '" + text
                    + "': choose csv, xlsx, json, dhis2-json or dhis2-csv");
        }
    }
}
