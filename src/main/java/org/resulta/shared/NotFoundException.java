package org.resulta.shared;

import java.util.Locale;

/** A code or id that names nothing known. Answered with HTTP 404 (or 400 when it came inside a request body). */
public class NotFoundException extends DomainException {

    public NotFoundException(String field, String what, String key) {
        this(field, what, key, null);
    }

    /** @param hint a short help such as the codes that do exist; may be null */
    public NotFoundException(String field, String what, String key, String hint) {
        super(field, "unknown-" + what.toLowerCase(Locale.ROOT).replace(' ', '-'),
                "No " + what + " with code '" + key + "'" + (hint == null ? "" : " (" + hint + ")"));
    }
}
