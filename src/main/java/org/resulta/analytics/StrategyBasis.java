package org.resulta.analytics;

/** What the five-strategies view compares: the unit's programs, or its sub-units on one pair of indicators. */
public enum StrategyBasis {
    PROGRAMS, SUB_UNITS
}
