/**
 * Demo: loads a fictional government (org units, plans with their results chains, indicators, three years of
 * targets and actuals, demo accounts) through the other modules' facades, so that every rule is checked,
 * when {@code resulta.demo=true} and the database has no org units yet.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "organisation", "results",
        "measurement", "measurement::calculation"})
package org.resulta.demo;
