/**
 * Measurement: indicators and their metadata, periods, targets, actuals (data values), the versioned
 * traffic-light policy, and the calculation rules (sub-package {@code calculation}).
 * Depends on results, organisation and identity.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"results", "organisation", "identity", "audit"})
package org.resulta.measurement;
