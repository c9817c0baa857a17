package org.resulta.exchange.values;

import org.springframework.security.access.prepost.PreAuthorize;

import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

/**
 * Actuals in and out as files (docs/import-formats.md). Importing needs DATA_ENTER, and each row's unit must lie
 * in the caller's scope (rows outside it are refused, naming the unit); a job is seen by the person who started
 * it. Exporting needs DATA_READ on the unit whose subtree is exported; a template, PLAN_READ.
 */
public interface ValueExchange {

    /** Queues the import of an uploaded file and returns the job; it runs in the background. */
    @PreAuthorize("hasAuthority('DATA_ENTER')")
    ImportJobView submit(ImportUpload upload);

    /** The job with the first {@code errorLimit} refused rows from {@code errorOffset}; only its owner sees it. */
    @PreAuthorize("isAuthenticated()")
    ImportJobView job(UUID id, int errorOffset, int errorLimit);

    /** The caller's latest jobs, newest first. */
    @PreAuthorize("isAuthenticated()")
    List<ImportJobView> recentJobs(int limit);

    /** Writes the actuals the request selects to {@code out} in the format; returns the number of values. */
    @PreAuthorize("hasPermission(#request.unitCode(), 'OrgUnit', 'DATA_READ')")
    long export(ExportRequest request, ValueFormat format, OutputStream out);

    /**
     * A file to fill in for the data set, in a tidy format (CSV or XLSX): the header, then one row per reporting
     * unit, indicator and option combination, with the period filled in when given and the value left blank.
     */
    @PreAuthorize("hasAuthority('PLAN_READ')")
    void template(String dataSetCode, String period, ValueFormat format, OutputStream out);

    @PreAuthorize("hasAuthority('PLAN_READ')")
    Dhis2Mapping dhis2Mapping();

    /** Adds or replaces the given entries (by kind and DHIS2 identifier). */
    @PreAuthorize("hasAuthority('PLAN_MANAGE')")
    Dhis2Mapping putDhis2Mapping(Dhis2Mapping mapping);
}
