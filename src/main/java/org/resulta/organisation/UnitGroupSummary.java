package org.resulta.organisation;

import java.time.OffsetDateTime;

/**
 * A group in a list: {@code memberCount} counts only the members the reader may see (their org-unit scope).
 */
public record UnitGroupSummary(String code, String name, String description, int memberCount,
                               OffsetDateTime retiredAt, String retiredReason) {

    public boolean isRetired() {
        return retiredAt != null;
    }
}
