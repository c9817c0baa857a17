package org.resulta.results.domain;

import org.resulta.results.OutcomeStage;
import org.resulta.shared.ResultLevel;

import java.util.Optional;

/**
 * Which way a results chain may link: a node contributes only to a node of a higher level of the production
 * model, or, among outcomes, an intermediate outcome to a final one. Plain Java.
 */
final class ContributionRule {

    record End(String code, ResultLevel level, OutcomeStage stage) {
    }

    private ContributionRule() {
    }

    /** Why {@code from} may not contribute to {@code to}, or empty when the link is allowed. */
    static Optional<String> refusal(End from, End to) {
        if (from.code().equals(to.code())) {
            return Optional.of("A result cannot contribute to itself");
        }
        if (to.level().isAbove(from.level())) {
            return Optional.empty();
        }
        if (from.level() == ResultLevel.OUTCOME && to.level() == ResultLevel.OUTCOME
                && stageOf(from) == OutcomeStage.INTERMEDIATE && stageOf(to) == OutcomeStage.FINAL) {
            return Optional.empty();
        }
        if (from.level() == to.level()) {
            return Optional.of(from.level().label() + " '" + from.code() + "' cannot contribute to another "
                    + to.level().label().toLowerCase() + " ('" + to.code() + "')"
                    + (from.level() == ResultLevel.OUTCOME ? " unless it is intermediate and the other final" : "")
                    + ": a link must lead up the results chain");
        }
        return Optional.of(from.level().label() + " '" + from.code() + "' cannot contribute to "
                + to.level().label().toLowerCase() + " '" + to.code() + "': the chain runs input -> activity -> "
                + "output -> outcome -> impact, so a link must lead upwards");
    }

    private static OutcomeStage stageOf(End end) {
        return end.stage() == null ? OutcomeStage.INTERMEDIATE : end.stage();
    }
}
