package org.resulta.audit;

import java.time.OffsetDateTime;

/** A recorded change as readers see it. */
public record AuditEventView(long id, OffsetDateTime occurredAt, String actor, AuditedEntity entity, String entityKey,
                             AuditAction action, String unitCode, String oldValue, String newValue, String reason) {
}
