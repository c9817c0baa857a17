/**
 * The in-memory analytics engine: actuals and targets in columnar primitive arrays keyed by small integer ids,
 * the organisation tree as pre-order ranges, periods as month arithmetic, and the scorecard arithmetic of
 * DOMAIN.md section 13 run over them with the rules of {@code measurement.calculation}. Plain Java, free of
 * Spring (ArchitectureTests checks it), so that it can run inside a distributed engine later.
 */
package org.resulta.analytics.engine;
