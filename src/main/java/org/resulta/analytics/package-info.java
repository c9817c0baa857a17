/**
 * Analytics: scorecards that roll indicators up the organisation tree and over time by their aggregation rules,
 * with achievement and traffic-light status; indicator series for charts; tables by sub-unit.
 * The analyses on those figures: the five improvement strategies with value for money, equity gaps, trends projected
 * to the year end with breaks and outliers.
 * Depends on measurement (and its calculation rules), organisation, identity, framework for the words each plan
 * speaks, results for the programs and links of the results chain, and audit for the changes of score weights.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "measurement", "measurement::calculation", "measurement::formula", "organisation", "identity", "framework", "results"})
package org.resulta.analytics;
