package org.resulta.measurement.domain;

import org.resulta.measurement.Dimension;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.resulta.shared.ScoreWeight;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A checked indicator definition with its defaults filled in. The rules:
 * <ul>
 * <li>aggregation follows the measure unless set: ratios recompute from numerators and denominators, percentages
 * average, numbers and amounts sum, yes/no sums over units and keeps the last over time, text is not aggregated;</li>
 * <li>a ratio needs a multiplier (1, 100, 1,000, 10,000 or 100,000), both labels, and RATIO_RECOMPUTE (or NONE,
 * for a ratio that is never combined);
 * no other measure may use RATIO_RECOMPUTE;</li>
 * <li>LAST aggregates over time only; a text indicator is never aggregated;</li>
 * <li>a percentage is bounded to 0-100 unless other bounds are given; the minimum must not exceed the maximum;</li>
 * <li>an amount needs a currency; the baseline period must be a valid period;</li>
 * <li>the weight in the result's score is a positive number of at most 1000 (1 unless set).</li>
 * </ul>
 */
record IndicatorDefinition(String code, String name, String definition, String method, String dataSource,
                           String unitOfMeasure, Measure measure, Dimension dimension, Direction direction,
                           AggregationMethod unitAggregation, AggregationMethod timeAggregation,
                           PeriodType frequency, int decimals, BigDecimal multiplier, String numeratorLabel,
                           String denominatorLabel, String currency, BigDecimal minValue, BigDecimal maxValue,
                           BigDecimal baselineValue, String baselinePeriod, String baselineNote,
                           AchievementMethod achievementMethod, BigDecimal resultWeight) {

    private static final Set<BigDecimal> MULTIPLIERS = Set.of(BigDecimal.ONE, BigDecimal.valueOf(100),
            BigDecimal.valueOf(1_000), BigDecimal.valueOf(10_000), BigDecimal.valueOf(100_000));

    static IndicatorDefinition from(IndicatorRequest r, PeriodCalendar calendar) {
        Measure measure = r.measure();
        AggregationMethod unitAgg = r.unitAggregation() != null ? r.unitAggregation() : defaultOverUnits(measure);
        AggregationMethod timeAgg = r.timeAggregation() != null ? r.timeAggregation() : defaultOverTime(measure);
        if (!unitAgg.appliesOverUnits()) {
            throw invalid("unitAggregation", "aggregation-over-units",
                    unitAgg.label() + " only aggregates over time; choose sum, average, minimum, maximum or count over units");
        }
        BigDecimal multiplier = r.multiplier();
        if (measure == Measure.RATIO) {
            if (multiplier == null || MULTIPLIERS.stream().noneMatch(m -> m.compareTo(r.multiplier()) == 0)) {
                throw invalid("multiplier", "ratio-multiplier",
                        "A ratio needs a multiplier of 1, 100, 1000, 10000 or 100000");
            }
            if (blank(r.numeratorLabel()) || blank(r.denominatorLabel())) {
                throw invalid(blank(r.numeratorLabel()) ? "numeratorLabel" : "denominatorLabel", "ratio-components",
                        "A ratio needs a description of its numerator and of its denominator");
            }
            requireRatioAggregation("unitAggregation", unitAgg);
            requireRatioAggregation("timeAggregation", timeAgg);
        } else {
            multiplier = null;
            if (unitAgg == AggregationMethod.RATIO_RECOMPUTE || timeAgg == AggregationMethod.RATIO_RECOMPUTE) {
                throw invalid(unitAgg == AggregationMethod.RATIO_RECOMPUTE ? "unitAggregation" : "timeAggregation",
                        "ratio-only", "Only a ratio indicator (with numerator and denominator) can be recomputed as a ratio");
            }
        }
        if (measure == Measure.TEXT && (unitAgg != AggregationMethod.NONE || timeAgg != AggregationMethod.NONE)) {
            throw invalid("unitAggregation", "text-not-aggregated", "A qualitative (text) indicator is not aggregated");
        }
        BigDecimal min = r.minValue();
        BigDecimal max = r.maxValue();
        if (measure == Measure.PERCENTAGE && min == null && max == null) {
            min = BigDecimal.ZERO;
            max = BigDecimal.valueOf(100);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw invalid("minValue", "min-max", "The minimum " + min.toPlainString() + " is above the maximum " + max.toPlainString());
        }
        if (measure == Measure.CURRENCY && blank(r.currency())) {
            throw invalid("currency", "currency-required", "An amount needs its currency, such as PHP or USD");
        }
        String baselinePeriod = blank(r.baselinePeriod()) ? null : baselinePeriodCode(r.baselinePeriod(), calendar);
        if (measure == Measure.TEXT && r.baselineValue() != null) {
            throw invalid("baselineValue", "text-baseline", "A qualitative indicator has a baseline note, not a number");
        }
        int decimals = r.decimals() != null ? r.decimals() : defaultDecimals(measure);
        return new IndicatorDefinition(r.code().trim(), r.name().trim(), r.definition(), r.method(), r.dataSource(),
                r.unitOfMeasure(), measure, r.dimension(), r.direction(), unitAgg, timeAgg, r.frequency(), decimals,
                multiplier, r.numeratorLabel(), r.denominatorLabel(), measure == Measure.CURRENCY ? r.currency() : null,
                min, max, r.baselineValue(), baselinePeriod, r.baselineNote(),
                r.achievementMethod() != null ? r.achievementMethod() : AchievementMethod.RATIO,
                ScoreWeight.orOne("resultWeight", r.resultWeight()));
    }

    /** The same definition weighing {@code weight} in its result's score. */
    IndicatorDefinition withResultWeight(BigDecimal weight) {
        return new IndicatorDefinition(code, name, definition, method, dataSource, unitOfMeasure, measure, dimension,
                direction, unitAggregation, timeAggregation, frequency, decimals, multiplier, numeratorLabel,
                denominatorLabel, currency, minValue, maxValue, baselineValue, baselinePeriod, baselineNote,
                achievementMethod, weight);
    }

    static AggregationMethod defaultOverUnits(Measure measure) {
        return switch (measure) {
            case RATIO -> AggregationMethod.RATIO_RECOMPUTE;
            case PERCENTAGE -> AggregationMethod.AVERAGE;
            case TEXT -> AggregationMethod.NONE;
            default -> AggregationMethod.SUM;
        };
    }

    static AggregationMethod defaultOverTime(Measure measure) {
        return switch (measure) {
            case RATIO -> AggregationMethod.RATIO_RECOMPUTE;
            case PERCENTAGE -> AggregationMethod.AVERAGE;
            case YES_NO -> AggregationMethod.LAST;
            case TEXT -> AggregationMethod.NONE;
            default -> AggregationMethod.SUM;
        };
    }

    private static int defaultDecimals(Measure measure) {
        return switch (measure) {
            case PERCENTAGE, RATIO -> 1;
            case CURRENCY -> 2;
            default -> 0;
        };
    }

    /** The baseline period's code; a refusal names the baseline period as the field at fault. */
    private static String baselinePeriodCode(String text, PeriodCalendar calendar) {
        try {
            return calendar.parse(text).code();
        } catch (InvalidValueException e) {
            throw invalid("baselinePeriod", e.rule(), "Baseline period: " + e.getMessage());
        }
    }

    private static void requireRatioAggregation(String field, AggregationMethod method) {
        if (method != AggregationMethod.RATIO_RECOMPUTE && method != AggregationMethod.NONE) {
            throw invalid(field, "ratio-recompute", "A ratio is aggregated by recomputing it from summed numerators "
                    + "and denominators, never by " + method.label().toLowerCase());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static InvalidValueException invalid(String field, String rule, String message) {
        return new InvalidValueException(field, rule, message);
    }
}
