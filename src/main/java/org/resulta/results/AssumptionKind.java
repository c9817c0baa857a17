package org.resulta.results;

/** What surrounds a result: a condition taken for granted, a factor outside control, or a risk to manage. */
public enum AssumptionKind {
    ASSUMPTION, EXTERNAL_FACTOR, RISK
}
