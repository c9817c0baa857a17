package org.resulta.analytics.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies a period-on-period change of output and input by the five improvement strategies of DOMAIN.md 0.2.
 * Output and input are each put in a band of {@link ChangeBands} (much less ... much more); then:
 * <ul>
 * <li>more output, less input: strategy 5; more output, same input: 1; same output, less input: 2;</li>
 * <li>both the same: {@link Movement#UNCHANGED};</li>
 * <li>both more, or both less: by the change of efficiency (output per input), in the same bands: more
 * efficient is strategy 3 (both more: output outgrew input) or 4 (both less: input fell further than output);
 * the same efficiency is {@link Movement#SCALED}; less is {@link Movement#DECLINED}. The lecture's own words
 * ("much more output with somewhat more input", "somewhat less output with much less input") are the typical
 * cases; a less extreme pair counts too when efficiency clears the same band;</li>
 * <li>less output with the same or more input, the same output with more input: {@link Movement#DECLINED}.</li>
 * </ul>
 * So a change is classified as a strategy only when output per input rose (the check of DOMAIN.md 0.2), and a
 * decline always lost efficiency. From a previous value of zero, any rise is much more. Negative or missing
 * quantities are not classified, nor a start or a stop (no output and no input in one of the two periods).
 */
public final class StrategyClassifier {

    private final ChangeBands bands;

    public StrategyClassifier(ChangeBands bands) {
        this.bands = bands;
    }

    public StrategyClassification classify(double previousOutput, double previousInput, double currentOutput,
                                           double currentInput) {
        double[] all = {previousOutput, previousInput, currentOutput, currentInput};
        for (double v : all) {
            if (!Double.isFinite(v)) {
                return StrategyClassification.none("An output or input is missing");
            }
            if (v < 0) {
                return StrategyClassification.none("An output or input is negative");
            }
        }
        if (previousOutput == 0 && previousInput == 0) {
            return StrategyClassification.none("No output and no input in the previous period: a start, not a change");
        }
        if (currentOutput == 0 && currentInput == 0) {
            return StrategyClassification.none("No output and no input in this period: a stop, not a change");
        }
        Double outputChange = relativeChange(previousOutput, currentOutput);
        Double inputChange = relativeChange(previousInput, currentInput);
        Change output = band(outputChange, currentOutput);
        Change input = band(inputChange, currentInput);
        Double efficiencyChange = previousOutput > 0 && previousInput > 0 && currentInput > 0
                ? (currentOutput / currentInput) / (previousOutput / previousInput) - 1 : null;
        Movement movement;
        ImprovementStrategy strategy = null;
        if (output.isMore() && input.isLess()) {
            strategy = ImprovementStrategy.MORE_OUTPUT_LESS_INPUT;
        } else if (output.isMore() && input == Change.SAME) {
            strategy = ImprovementStrategy.MORE_OUTPUT_SAME_INPUT;
        } else if (output == Change.SAME && input.isLess()) {
            strategy = ImprovementStrategy.SAME_OUTPUT_LESS_INPUT;
        }
        if (strategy != null) {
            movement = Movement.IMPROVED;
        } else if (output == Change.SAME && input == Change.SAME) {
            movement = Movement.UNCHANGED;
        } else if (output.isMore() && input.isMore() || output.isLess() && input.isLess()) {
            Change efficiency = efficiencyBand(previousOutput, previousInput, currentOutput, currentInput);
            movement = efficiency.isMore() ? Movement.IMPROVED : efficiency == Change.SAME ? Movement.SCALED : Movement.DECLINED;
            if (movement == Movement.IMPROVED) {
                strategy = output.isMore() ? ImprovementStrategy.MUCH_MORE_OUTPUT_SOMEWHAT_MORE_INPUT
                        : ImprovementStrategy.SOMEWHAT_LESS_OUTPUT_MUCH_LESS_INPUT;
            }
        } else {
            movement = Movement.DECLINED;
        }
        return new StrategyClassification(output, input, outputChange, inputChange, efficiencyChange, movement, strategy, null);
    }

    /** Each period against the one before: {@code outputs.length - 1} classifications. */
    public List<StrategyClassification> classifySeries(double[] outputs, double[] inputs) {
        if (outputs.length != inputs.length) {
            throw new IllegalArgumentException(outputs.length + " outputs and " + inputs.length + " inputs: one of each per period");
        }
        List<StrategyClassification> moves = new ArrayList<>();
        for (int t = 1; t < outputs.length; t++) {
            moves.add(classify(outputs[t - 1], inputs[t - 1], outputs[t], inputs[t]));
        }
        return moves;
    }

    /** From no output to some, efficiency rose much; from no input (unbounded efficiency) to some, it fell much. */
    private Change efficiencyBand(double previousOutput, double previousInput, double currentOutput, double currentInput) {
        if (previousInput == 0 || currentInput == 0) {
            return previousInput == 0 ? Change.MUCH_LESS : Change.MUCH_MORE;
        }
        double before = previousOutput / previousInput;
        double after = currentOutput / currentInput;
        if (before == 0) {
            return after > 0 ? Change.MUCH_MORE : Change.SAME;
        }
        return bands.of(after / before - 1);
    }

    private static Double relativeChange(double previous, double current) {
        if (previous == 0) {
            return current == 0 ? 0.0 : null;
        }
        return (current - previous) / previous;
    }

    private Change band(Double relativeChange, double current) {
        return relativeChange == null ? (current > 0 ? Change.MUCH_MORE : Change.SAME) : bands.of(relativeChange);
    }
}
