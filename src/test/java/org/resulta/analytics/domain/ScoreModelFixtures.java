package org.resulta.analytics.domain;

import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.ValueRecord;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.measurement.calculation.TrafficLightPolicy;
import org.resulta.organisation.OrgUnitType;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A department with two regions, each with one division, numbered as the hierarchy numbering would:
 * <pre>
 * DEPT   id 1  pre-order 0  subtree 5  /1/
 * REG-A  id 2  pre-order 1  subtree 2  /1/2/
 * DIV-A  id 3  pre-order 2  subtree 1  /1/2/3/
 * REG-B  id 4  pre-order 3  subtree 2  /1/4/
 * DIV-B  id 5  pre-order 4  subtree 1  /1/4/5/
 * </pre>
 * and a small builder for the values stored against it.
 */
final class ScoreModelFixtures {

    static final OrgUnitView DEPARTMENT = unit(1, "DEPT", OrgUnitType.DEPARTMENT, null, 1, "/1/", 0, 5);
    static final OrgUnitView REGION_A = unit(2, "REG-A", OrgUnitType.REGIONAL_OFFICE, "DEPT", 2, "/1/2/", 1, 2);
    static final OrgUnitView DIVISION_A = unit(3, "DIV-A", OrgUnitType.DIVISION, "REG-A", 3, "/1/2/3/", 2, 1);
    static final OrgUnitView REGION_B = unit(4, "REG-B", OrgUnitType.REGIONAL_OFFICE, "DEPT", 2, "/1/4/", 3, 2);
    static final OrgUnitView DIVISION_B = unit(5, "DIV-B", OrgUnitType.DIVISION, "REG-B", 3, "/1/4/5/", 4, 1);

    /** Green from 90%, amber from 75%, capped at 130%. */
    static final TrafficLightPolicy POLICY = new TrafficLightPolicy(90, 75, 130);

    private static final PeriodCalendar CALENDAR = PeriodCalendar.calendarYear();

    private ScoreModelFixtures() {
    }

    /** The whole tree, in pre-order as the model expects. */
    static List<OrgUnitView> departmentWithTwoRegions() {
        return List.of(DEPARTMENT, REGION_A, DIVISION_A, REGION_B, DIVISION_B);
    }

    static Values given() {
        return new Values();
    }

    private static OrgUnitView unit(long id, String code, OrgUnitType type, String parentCode, int level, String path,
                                    int preOrder, int subtreeSize) {
        return new OrgUnitView(id, code, code + " office", type, parentCode, level, path, preOrder, subtreeSize,
                LocalDate.of(2020, 1, 1), null, null, null);
    }

    static final class Values {
        private final List<ValueRecord> actuals = new ArrayList<>();
        private final List<ValueRecord> targets = new ArrayList<>();

        Values actual(IndicatorView indicator, OrgUnitView unit, String period, double value) {
            actuals.add(record(indicator, unit, period, value, Double.NaN, Double.NaN, Double.NaN, "ACTUAL"));
            return this;
        }

        Values ratioActual(IndicatorView indicator, OrgUnitView unit, String period, double numerator, double denominator) {
            double value = numerator * indicator.ratioMultiplier() / denominator;
            actuals.add(record(indicator, unit, period, value, numerator, denominator, Double.NaN, "ACTUAL"));
            return this;
        }

        Values textActual(IndicatorView indicator, OrgUnitView unit, String period) {
            actuals.add(record(indicator, unit, period, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "ACTUAL"));
            return this;
        }

        Values target(IndicatorView indicator, OrgUnitView unit, String period, double value) {
            targets.add(record(indicator, unit, period, value, Double.NaN, Double.NaN, Double.NaN, TargetType.EXACT.name()));
            return this;
        }

        Values rangeTarget(IndicatorView indicator, OrgUnitView unit, String period, double lower, double upper) {
            targets.add(record(indicator, unit, period, lower, Double.NaN, Double.NaN, upper, TargetType.RANGE.name()));
            return this;
        }

        Values narrativeTarget(IndicatorView indicator, OrgUnitView unit, String period) {
            targets.add(record(indicator, unit, period, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    TargetType.NARRATIVE.name()));
            return this;
        }

        /** The model over the whole tree as it stands on {@code today}. */
        ScoreModel scoredOn(LocalDate today) {
            return new ScoreModel(departmentWithTwoRegions(), actuals, targets, POLICY, today);
        }

        private static ValueRecord record(IndicatorView indicator, OrgUnitView unit, String code, double value,
                                          double numerator, double denominator, double upper, String kind) {
            Period period = CALENDAR.parse(code);
            return new ValueRecord(indicator.id(), unit.id(), unit.preOrder(), period.code(), period.start(), period.end(),
                    value, numerator, denominator, upper, kind);
        }
    }
}
