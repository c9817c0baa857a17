/**
 * IATI exchange: IATI activity XML (2.01-2.03 and the legacy 1.0x) imported into plans, results, indicators, targets
 * and actuals, and a plan's results exported as IATI 2.03 activity XML that validates against the official schema.
 * A nested module of exchange, because it needs the measurement calculation vocabulary (direction, target type,
 * aggregation) that exchange's own declaration does not list. Depends on measurement, results and organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "IATI exchange",
        allowedDependencies = {"measurement", "measurement::calculation", "results", "organisation"})
package org.resulta.exchange.iati;
