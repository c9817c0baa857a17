package org.resulta.measurement;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.function.Consumer;

/**
 * Streams stored actuals out, one row at a time, for the unit's subtree and a period range, of a data set's
 * indicators or of a list of indicators; needs DATA_READ on the unit. Memory does not grow with the rows.
 */
public interface ActualsExport {

    /** Sends each actual to {@code sink} in the order indicator, unit (pre-order), period, combination; returns the count. */
    @PreAuthorize("hasPermission(#query.unitCode(), 'OrgUnit', 'DATA_READ')")
    long export(ExportQuery query, Consumer<ExportedActual> sink);
}
