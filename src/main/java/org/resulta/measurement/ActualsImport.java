package org.resulta.measurement;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Bulk load of actuals from a stream of rows (an uploaded file read by the exchange module): each row is checked
 * in memory against the metadata, read once (indicator, unit, period, option combination, measure, bounds, the
 * caller's scope, the approval workflow and expiry of the report), exactly as the data-entry form checks it; valid
 * rows are written in batches (COPY on PostgreSQL), audited like a form entry, and announced with
 * {@link ActualsRecorded} once the load has committed. Memory does not grow with the number of rows.
 * <p>
 * The whole load is one transaction: with {@link ImportOptions#skipInvalid()} false a single refused row saves
 * nothing; with it true exactly the valid rows are saved; a failure half-way (an unreadable file) saves nothing in
 * either mode. A dry run checks everything and saves nothing. A row equal to what is stored changes nothing, so
 * the same file loaded twice reports every row unchanged the second time.
 */
public interface ActualsImport {

    /** Needs DATA_ENTER; each row must also lie in the caller's scope, or it is refused naming its unit. */
    @PreAuthorize("hasAuthority('DATA_ENTER')")
    ImportTally load(ImportSource source, ImportOptions options, ImportListener listener);
}
