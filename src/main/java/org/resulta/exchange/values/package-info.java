/**
 * Data value exchange: actuals imported from and exported to tidy CSV and XLSX, JSON data value sets and DHIS2
 * data value sets (JSON and CSV, through a stored mapping of DHIS2 identifiers), streamed with constant memory;
 * imports run as jobs with progress and a per-row report. A nested module of exchange. Depends on measurement
 * (the bulk load and export of actuals, data sets, indicators) and identity (the signed-in user).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data value exchange",
        allowedDependencies = {"measurement", "identity"})
package org.resulta.exchange.values;
