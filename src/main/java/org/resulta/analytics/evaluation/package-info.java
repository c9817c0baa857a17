/**
 * Evaluation rules of issue 4 parts 3 and 4 in plain Java, free of Spring so that the in-memory analytics engine
 * can run them anywhere: weighted scores up the results chain and the org tree, trend with projection to period
 * end, value-for-money ratios (DOMAIN.md 0.1, 11.2), the five improvement strategies (DOMAIN.md 0.2), equity gaps,
 * outliers and level shifts. Inputs are plain arrays and records; no result is ever NaN or infinite: a figure that
 * does not exist is null with the reason.
 */
@org.springframework.modulith.NamedInterface("evaluation")
package org.resulta.analytics.evaluation;
