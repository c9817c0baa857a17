package org.resulta.analytics;

import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.Status;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.shared.ResultLevel;

/**
 * One indicator on a scorecard: the target and actual for the unit (rolled up from its sub-units and over the
 * period's sub-periods where needed), achievement in percent and status. {@code targetBasis} says where the
 * target came from; {@code note} explains anything unusual (a zero denominator, a period still running).
 * {@code resultWeight} is how much the indicator counts in its result's score and in its unit's.
 */
public record ScoreLine(String indicatorCode, String indicatorName, String planCode, String resultCode,
                        String resultStatement, ResultLevel resultLevel, Measure measure, Direction direction,
                        String unitOfMeasure, int decimals, TargetType targetType, Double target, Double targetUpper,
                        String targetBasis, Double actual, Double numerator, Double denominator, int reportingUnits,
                        Double achievement, Status status, String note, double resultWeight) {
}
