package org.resulta.results;

/** Outcomes come in two stages; an intermediate outcome may contribute to a final one. */
public enum OutcomeStage {
    INTERMEDIATE, FINAL
}
