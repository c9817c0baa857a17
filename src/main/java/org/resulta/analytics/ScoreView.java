package org.resulta.analytics;

import org.resulta.analytics.evaluation.Contribution;
import org.resulta.analytics.evaluation.ScoreMethod;
import org.resulta.measurement.calculation.Status;

import java.util.List;

/**
 * Weighted scores of a unit for a period, rolled up the results chain (indicators -> activities -> outputs ->
 * outcomes -> impact) and up the org tree (sub-units -> unit), each with its method, its children's achievements,
 * weights and shares, and the explanation in words. Scores are percentages like achievement, with the status the
 * unit's traffic-light policy gives them.
 */
public record ScoreView(String unitCode, String unitName, String period, String periodLabel, ScoreMethod method,
                        double greenMin, double amberMin, List<NodeScore> chain, List<NodeScore> units, String note) {

    /** One node's score: a result of the chain or a unit. {@code level} is the result level or the unit type. */
    public record NodeScore(String code, String name, String level, Double score, Status status, String explanation,
                            List<Contribution> contributions) {
    }
}
