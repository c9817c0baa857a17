/**
 * Exchange: import and export of data in the formats governments use (tidy CSV and XLSX, JSON data value sets,
 * DHIS2 data value sets, IATI activity XML), streamed and validated, with per-row error reports and job progress.
 * Depends on measurement, results, organisation, identity and audit.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"measurement", "results", "organisation", "identity", "audit", "framework"})
package org.resulta.exchange;
