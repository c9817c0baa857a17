package org.resulta.analytics;

/** One sub-unit's figures for an indicator and period, in the table by sub-unit. */
public record SubUnitRow(String unitCode, String unitName, boolean total, ScoreLine line) {
}
