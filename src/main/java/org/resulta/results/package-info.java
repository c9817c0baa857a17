/**
 * Results: plans owned by org units, their results chain (impact, outcome, output, activity and input nodes
 * with contribution links), programs grouping outputs, assumptions, risks and external factors.
 * Depends on organisation, identity and framework.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisation", "identity", "framework", "audit"})
package org.resulta.results;
