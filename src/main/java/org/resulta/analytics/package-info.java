/**
 * Analytics: scorecards that roll indicators up the organisation tree and over time by their aggregation rules,
 * with achievement and traffic-light status; indicator series for charts; tables by sub-unit.
 * Depends on measurement (and its calculation rules), organisation, identity, and framework for the words
 * each plan speaks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"measurement", "measurement::calculation", "measurement::formula", "organisation", "identity", "framework"})
package org.resulta.analytics;
