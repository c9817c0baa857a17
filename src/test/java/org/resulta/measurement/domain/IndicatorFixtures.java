package org.resulta.measurement.domain;

import org.resulta.measurement.Dimension;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.PeriodType;
import org.resulta.shared.ResultLevel;

import java.math.BigDecimal;

import static org.resulta.measurement.calculation.AggregationMethod.AVERAGE;
import static org.resulta.measurement.calculation.AggregationMethod.LAST;
import static org.resulta.measurement.calculation.AggregationMethod.NONE;
import static org.resulta.measurement.calculation.AggregationMethod.RATIO_RECOMPUTE;
import static org.resulta.measurement.calculation.AggregationMethod.SUM;

/**
 * Indicators as the rest of Resulta sees them ({@link IndicatorView}) and as they are asked for
 * ({@link IndicatorRequest}), each valid as built; change one thing with the builder's methods.
 */
public final class IndicatorFixtures {

    private IndicatorFixtures() {
    }

    // ---- views

    /** Permits processed within 3 days per hundred received, reported monthly. */
    public static View aMonthlyRatioPerHundred() {
        return new View("PERMITS-3D", Measure.RATIO, PeriodType.MONTHLY, RATIO_RECOMPUTE, RATIO_RECOMPUTE)
                .multiplier(100).labels("permits processed within 3 days", "permits received");
    }

    /** Trainees trained: a count that adds up over units and quarters. */
    public static View aQuarterlyCount() {
        return new View("TRAINEES", Measure.NUMBER, PeriodType.QUARTERLY, SUM, SUM);
    }

    /** Staff on board: a stock, so the last quarter's figure stands for the year and offices add up. */
    public static View aQuarterlyStaffCount() {
        return new View("STAFF", Measure.NUMBER, PeriodType.QUARTERLY, SUM, LAST);
    }

    /** Road built in km, reported once a year. */
    public static View aYearlyCount() {
        return new View("ROAD-KM", Measure.NUMBER, PeriodType.YEARLY, SUM, SUM);
    }

    /** Bed occupancy in percent, bounded 0-100. */
    public static View aQuarterlyPercentage() {
        return new View("OCCUPANCY", Measure.PERCENTAGE, PeriodType.QUARTERLY, AVERAGE, AVERAGE).bounded(0, 100);
    }

    /** Whether the procurement plan is approved: 1 or 0. */
    public static View aQuarterlyYesNo() {
        return new View("PLAN-APPROVED", Measure.YES_NO, PeriodType.QUARTERLY, SUM, LAST);
    }

    /** Budget spent, in pesos. */
    public static View aQuarterlyAmount() {
        return new View("SPENT", Measure.CURRENCY, PeriodType.QUARTERLY, SUM, SUM).currency("PHP");
    }

    /** Progress of the reform, told in words. */
    public static View aQuarterlyNarrative() {
        return new View("REFORM-STORY", Measure.TEXT, PeriodType.QUARTERLY, NONE, NONE);
    }

    public static final class View {
        private long id = 1;
        private String code;
        private final Measure measure;
        private PeriodType frequency;
        private AggregationMethod unitAggregation;
        private AggregationMethod timeAggregation;
        private Direction direction = Direction.INCREASE;
        private AchievementMethod achievementMethod = AchievementMethod.RATIO;
        private BigDecimal multiplier;
        private String numeratorLabel;
        private String denominatorLabel;
        private String currency;
        private BigDecimal minValue;
        private BigDecimal maxValue;
        private BigDecimal baseline;

        private View(String code, Measure measure, PeriodType frequency, AggregationMethod unitAggregation,
                     AggregationMethod timeAggregation) {
            this.code = code;
            this.measure = measure;
            this.frequency = frequency;
            this.unitAggregation = unitAggregation;
            this.timeAggregation = timeAggregation;
        }

        public View id(long id) {
            this.id = id;
            return this;
        }

        public View code(String code) {
            this.code = code;
            return this;
        }

        public View reported(PeriodType frequency) {
            this.frequency = frequency;
            return this;
        }

        public View aggregated(AggregationMethod overUnits, AggregationMethod overTime) {
            this.unitAggregation = overUnits;
            this.timeAggregation = overTime;
            return this;
        }

        public View lowerIsBetter() {
            this.direction = Direction.DECREASE;
            return this;
        }

        public View achievedBy(AchievementMethod method) {
            this.achievementMethod = method;
            return this;
        }

        public View multiplier(long multiplier) {
            this.multiplier = BigDecimal.valueOf(multiplier);
            return this;
        }

        public View labels(String numerator, String denominator) {
            this.numeratorLabel = numerator;
            this.denominatorLabel = denominator;
            return this;
        }

        public View currency(String currency) {
            this.currency = currency;
            return this;
        }

        public View bounded(long min, long max) {
            this.minValue = BigDecimal.valueOf(min);
            this.maxValue = BigDecimal.valueOf(max);
            return this;
        }

        public View baseline(double value) {
            this.baseline = BigDecimal.valueOf(value);
            return this;
        }

        public IndicatorView build() {
            return new IndicatorView(id, code, code + " name", "definition", "method", "data source", "unit",
                    measure, Dimension.QUANTITY, direction, unitAggregation, timeAggregation, frequency,
                    measure == Measure.RATIO || measure == Measure.PERCENTAGE ? 1 : 0, multiplier, numeratorLabel,
                    denominatorLabel, currency, minValue, maxValue, baseline, null, null, achievementMethod,
                    "OUT-1", "Permits are processed on time", ResultLevel.OUTPUT, "PLAN-2026", "Plan 2026", "PREXC",
                    "DEPT", false);
        }
    }

    // ---- requests

    /** A request that passes every rule for its measure; ratios come per hundred, amounts in pesos. */
    public static Request aRequestFor(Measure measure) {
        Request request = new Request(measure);
        if (measure == Measure.RATIO) {
            request.multiplier(BigDecimal.valueOf(100)).numeratorLabel("permits processed within 3 days")
                    .denominatorLabel("permits received");
        }
        if (measure == Measure.CURRENCY) {
            request.currency("PHP");
        }
        return request;
    }

    public static final class Request {
        private String code = "IND-1";
        private String name = "Indicator one";
        private final Measure measure;
        private Direction direction = Direction.INCREASE;
        private AggregationMethod unitAggregation;
        private AggregationMethod timeAggregation;
        private PeriodType frequency = PeriodType.QUARTERLY;
        private Integer decimals;
        private BigDecimal multiplier;
        private String numeratorLabel;
        private String denominatorLabel;
        private String currency;
        private BigDecimal minValue;
        private BigDecimal maxValue;
        private BigDecimal baselineValue;
        private String baselinePeriod;
        private String baselineNote;
        private AchievementMethod achievementMethod;

        private Request(Measure measure) {
            this.measure = measure;
        }

        public Request code(String code) {
            this.code = code;
            return this;
        }

        public Request name(String name) {
            this.name = name;
            return this;
        }

        public Request overUnits(AggregationMethod method) {
            this.unitAggregation = method;
            return this;
        }

        public Request overTime(AggregationMethod method) {
            this.timeAggregation = method;
            return this;
        }

        public Request decimals(Integer decimals) {
            this.decimals = decimals;
            return this;
        }

        public Request multiplier(BigDecimal multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        public Request numeratorLabel(String label) {
            this.numeratorLabel = label;
            return this;
        }

        public Request denominatorLabel(String label) {
            this.denominatorLabel = label;
            return this;
        }

        public Request currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Request bounds(BigDecimal min, BigDecimal max) {
            this.minValue = min;
            this.maxValue = max;
            return this;
        }

        public Request baseline(BigDecimal value, String period) {
            this.baselineValue = value;
            this.baselinePeriod = period;
            return this;
        }

        public Request baselineNote(String note) {
            this.baselineNote = note;
            return this;
        }

        public Request achievedBy(AchievementMethod method) {
            this.achievementMethod = method;
            return this;
        }

        public IndicatorRequest build() {
            return new IndicatorRequest(code, "OUT-1", name, "definition", "method", "data source", "unit", measure,
                    Dimension.QUANTITY, direction, unitAggregation, timeAggregation, frequency, decimals, multiplier,
                    numeratorLabel, denominatorLabel, currency, minValue, maxValue, baselineValue, baselinePeriod,
                    baselineNote, achievementMethod);
        }
    }
}
