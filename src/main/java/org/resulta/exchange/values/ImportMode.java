package org.resulta.exchange.values;

import org.resulta.shared.InvalidValueException;

import java.util.Locale;

/** What an import does when some rows are refused: save nothing, or save exactly the valid rows. */
public enum ImportMode {
    ALL_OR_NOTHING, SKIP_INVALID;

    public static ImportMode parse(String text) {
        String t = text == null || text.isBlank() ? "ALL_OR_NOTHING"
                : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("mode", "unknown-mode", "Unknown mode '" + text
                    + "': choose all-or-nothing or skip-invalid");
        }
    }
}
