package org.resulta.exchange.values;

import org.springframework.security.access.prepost.PreAuthorize;

import java.io.InputStream;

/**
 * DHIS2 metadata (a metadata export or package JSON) read as Resulta formula indicators: each DHIS2 indicator
 * becomes (or updates) an indicator computed by {@code (numerator) / (denominator) x factor} under the result the
 * caller names, and each DHIS2 constant a named constant. With {@code dataElements}, the file's categories,
 * category combinations (as disaggregations) and aggregate data elements (as reported indicators under the same
 * result) are saved first and their uids mapped. Needs PLAN_MANAGE on the result's unit (and, to write the
 * categories and the DHIS2 mapping, PLAN_MANAGE at all, as their own endpoints do); constants additionally need a
 * system-wide administrator (they are refused, one by one, otherwise).
 */
public interface Dhis2MetadataImport {

    /**
     * Imports the indicators and constants of the file, each on its own: one refused (an unmapped uid, an
     * unsupported function) leaves the others. A dry run reports the same outcomes and saves nothing.
     */
    @PreAuthorize("hasPermission(#options.resultCode(), 'ResultNode', 'PLAN_MANAGE') "
            + "and (!#options.dataElements() or hasAuthority('PLAN_MANAGE'))")
    Dhis2MetadataReport importMetadata(InputStream json, Dhis2MetadataOptions options);
}
