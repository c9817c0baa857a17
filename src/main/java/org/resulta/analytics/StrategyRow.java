package org.resulta.analytics;

import org.resulta.analytics.evaluation.Change;
import org.resulta.analytics.evaluation.Figure;
import org.resulta.analytics.evaluation.ImprovementStrategy;
import org.resulta.analytics.evaluation.Movement;

/**
 * One program or unit in the five-strategies view: its output and input in the period before and this one, how
 * each moved (band and relative change), the change of efficiency, what that amounts to and the strategy when it
 * improved ({@code description} says it in words, or why it could not be classified), and the value-for-money
 * ratios of this period (DOMAIN.md 0.1, 11.2): cost per output, economy (actual over planned unit cost),
 * effectiveness (output against its target) and cost-effectiveness (cost per outcome unit, when an outcome is chosen).
 */
public record StrategyRow(String subjectCode, String subjectName, boolean total, String outputCode,
                          String outputName, String outputUnit, String inputCode, String inputName, String inputUnit,
                          Double previousOutput, Double output, Double previousInput, Double input,
                          Change outputMove, Change inputMove, Double outputChange, Double inputChange,
                          Double efficiencyChange, Movement movement, ImprovementStrategy strategy, String description,
                          Figure costPerOutput, Figure previousCostPerOutput, Figure economy, Figure effectiveness,
                          Figure costEffectiveness) {
}
