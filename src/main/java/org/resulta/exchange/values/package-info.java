/**
 * Data value exchange: actuals imported from and exported to tidy CSV and XLSX, JSON data value sets and DHIS2
 * data value sets (JSON and CSV, through a stored mapping of DHIS2 identifiers), streamed with constant memory;
 * imports run as jobs with progress and a per-row report; DHIS2 metadata (indicators and constants) imported as
 * formula indicators; DHIS2 uids in formulas read through the mapping. A nested module of exchange. Depends on
 * measurement (the bulk load and export of actuals, data sets, indicators, formulas, constants) and identity (the
 * signed-in user).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data value exchange",
        allowedDependencies = {"measurement", "measurement::calculation", "measurement::formula", "identity"})
package org.resulta.exchange.values;
