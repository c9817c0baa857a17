package org.resulta.analytics;

/** The groups an equity view compares: the options of the indicator's disaggregation, or the unit's sub-units (regions). */
public enum EquityBasis {
    GROUPS, SUB_UNITS
}
