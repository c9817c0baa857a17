package org.resulta.audit;

import java.time.LocalDate;

/**
 * Filters for the audit trail; all optional. {@code unitCode} limits to a unit's subtree; {@code keyStartsWith}
 * matches the beginning of the entity key (an indicator code, say); dates are inclusive.
 */
public record AuditQuery(AuditedEntity entity, String unitCode, String keyStartsWith, String actor, LocalDate from,
                         LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
