package org.resulta.audit;

import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * Records changes (called by the modules that make them, in their transactions) and reads them back within the
 * reader's scope: changes of units outside it are never shown.
 */
public interface AuditTrail {

    /** Records changes in the caller's transaction; a failure rolls the change itself back. */
    void record(List<AuditEntry> entries);

    default void record(AuditEntry entry) {
        record(List.of(entry));
    }

    /** Every recorded change of one thing, newest first. */
    @PreAuthorize("hasAuthority('DATA_READ') and (#unitCode == null or hasPermission(#unitCode, 'OrgUnit', 'DATA_READ'))")
    List<AuditEventView> history(AuditedEntity entity, String entityKey, String unitCode);

    /** Changes in the caller's scope matching the query, newest first. */
    @PreAuthorize("hasAuthority('DATA_READ') and (#query.unitCode() == null or hasPermission(#query.unitCode(), 'OrgUnit', 'DATA_READ'))")
    Page<AuditEventView> search(AuditQuery query, PageRequest page);
}
