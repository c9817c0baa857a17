package org.resulta.analytics.evaluation;

/**
 * The value-for-money ratios of the production model (DOMAIN.md 0.1 and 11.2) as derived measures from input
 * costs and output or outcome quantities. Costs and quantities are totals for the same unit and period (sum them
 * before dividing: never average ratios). A zero denominator, a negative or missing figure gives no value with the
 * reason.
 */
public final class ValueForMoney {

    private ValueForMoney() {
    }

    /** Economy: actual over planned (or market) unit input cost; at most 1 is good. */
    public static Figure economy(double actualUnitCost, double plannedUnitCost) {
        return ratio(actualUnitCost, "actual unit cost", plannedUnitCost, "planned unit cost", 1);
    }

    /** Efficiency as cost per output: total input cost over output units. */
    public static Figure costPerOutput(double totalCost, double outputUnits) {
        return ratio(totalCost, "total cost", outputUnits, "output", 1);
    }

    /** Productivity: output units per input unit (per FTE, per vehicle...). */
    public static Figure productivity(double outputUnits, double inputUnits) {
        return ratio(outputUnits, "output", inputUnits, "input", 1);
    }

    /** Effectiveness (outcome attainment): actual outcome over target outcome, in percent. */
    public static Figure effectiveness(double actualOutcome, double targetOutcome) {
        return ratio(actualOutcome, "actual outcome", targetOutcome, "target outcome", 100);
    }

    /**
     * Cost-effectiveness: total cost per outcome unit (per job found, per life-year saved); with the impact
     * attributed by an evaluation (difference-in-differences units, DOMAIN.md 11.1) it is the impact-based ratio.
     */
    public static Figure costEffectiveness(double totalCost, double outcomeUnits) {
        return ratio(totalCost, "total cost", outcomeUnits, "outcome", 1);
    }

    /** Incremental cost-effectiveness of A against alternative B: {@code (costA - costB) / (effectA - effectB)}. */
    public static Figure incrementalCostEffectiveness(double costA, double effectA, double costB, double effectB) {
        Figure missing = missing(costA, "cost of A", effectA, "effect of A", costB, "cost of B", effectB, "effect of B");
        if (missing != null) {
            return missing;
        }
        if (effectA == effectB) {
            return Figure.none("A and B have the same effect: no incremental ratio");
        }
        return Figure.of((costA - costB) / (effectA - effectB));
    }

    private static Figure ratio(double numerator, String numeratorName, double denominator, String denominatorName,
                                double multiplier) {
        Figure missing = missing(numerator, numeratorName, denominator, denominatorName);
        if (missing != null) {
            return missing;
        }
        if (numerator < 0 || denominator < 0) {
            return Figure.none("The " + (numerator < 0 ? numeratorName : denominatorName) + " is negative");
        }
        if (denominator == 0) {
            return Figure.none("The " + denominatorName + " is zero: no ratio");
        }
        return Figure.of(numerator / denominator * multiplier);
    }

    /** No figure naming the first operand that is not a number, or null when all are. */
    private static Figure missing(Object... valuesAndNames) {
        for (int i = 0; i < valuesAndNames.length; i += 2) {
            if (!Double.isFinite((Double) valuesAndNames[i])) {
                return Figure.none("No " + valuesAndNames[i + 1]);
            }
        }
        return null;
    }
}
