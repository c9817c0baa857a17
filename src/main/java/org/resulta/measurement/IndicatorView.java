package org.resulta.measurement;

import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.PeriodType;
import org.resulta.shared.ResultLevel;

import java.math.BigDecimal;

/**
 * An indicator with its metadata, the result, plan and owner unit it belongs to, its disaggregation, and its weight
 * in its result's score ({@code resultWeight}, relative to the result's other indicators).
 */
public record IndicatorView(long id, String code, String name, String definition, String method, String dataSource,
                            String unitOfMeasure, Measure measure, Dimension dimension, Direction direction,
                            AggregationMethod unitAggregation, AggregationMethod timeAggregation,
                            PeriodType frequency, int decimals, BigDecimal multiplier, String numeratorLabel,
                            String denominatorLabel, String currency, BigDecimal minValue, BigDecimal maxValue,
                            BigDecimal baselineValue, String baselinePeriod, String baselineNote,
                            AchievementMethod achievementMethod, String resultCode, String resultStatement,
                            ResultLevel resultLevel, String planCode, String planName, String frameworkCode,
                            String ownerUnitCode, boolean retired, String disaggregationCode,
                            BigDecimal resultWeight) {

    /** An indicator weighing 1 in its result's score. */
    public IndicatorView(long id, String code, String name, String definition, String method, String dataSource,
                         String unitOfMeasure, Measure measure, Dimension dimension, Direction direction,
                         AggregationMethod unitAggregation, AggregationMethod timeAggregation,
                         PeriodType frequency, int decimals, BigDecimal multiplier, String numeratorLabel,
                         String denominatorLabel, String currency, BigDecimal minValue, BigDecimal maxValue,
                         BigDecimal baselineValue, String baselinePeriod, String baselineNote,
                         AchievementMethod achievementMethod, String resultCode, String resultStatement,
                         ResultLevel resultLevel, String planCode, String planName, String frameworkCode,
                         String ownerUnitCode, boolean retired, String disaggregationCode) {
        this(id, code, name, definition, method, dataSource, unitOfMeasure, measure, dimension, direction,
                unitAggregation, timeAggregation, frequency, decimals, multiplier, numeratorLabel, denominatorLabel,
                currency, minValue, maxValue, baselineValue, baselinePeriod, baselineNote, achievementMethod,
                resultCode, resultStatement, resultLevel, planCode, planName, frameworkCode, ownerUnitCode, retired,
                disaggregationCode, BigDecimal.ONE);
    }

    /** An indicator without disaggregation. */
    public IndicatorView(long id, String code, String name, String definition, String method, String dataSource,
                         String unitOfMeasure, Measure measure, Dimension dimension, Direction direction,
                         AggregationMethod unitAggregation, AggregationMethod timeAggregation,
                         PeriodType frequency, int decimals, BigDecimal multiplier, String numeratorLabel,
                         String denominatorLabel, String currency, BigDecimal minValue, BigDecimal maxValue,
                         BigDecimal baselineValue, String baselinePeriod, String baselineNote,
                         AchievementMethod achievementMethod, String resultCode, String resultStatement,
                         ResultLevel resultLevel, String planCode, String planName, String frameworkCode,
                         String ownerUnitCode, boolean retired) {
        this(id, code, name, definition, method, dataSource, unitOfMeasure, measure, dimension, direction,
                unitAggregation, timeAggregation, frequency, decimals, multiplier, numeratorLabel, denominatorLabel,
                currency, minValue, maxValue, baselineValue, baselinePeriod, baselineNote, achievementMethod,
                resultCode, resultStatement, resultLevel, planCode, planName, frameworkCode, ownerUnitCode, retired,
                DisaggregationView.NONE);
    }

    public boolean isDisaggregated() {
        return disaggregationCode != null && !DisaggregationView.NONE.equals(disaggregationCode);
    }

    /** The multiplier of a ratio (1 when none is set). */
    public double ratioMultiplier() {
        return multiplier == null ? 1.0 : multiplier.doubleValue();
    }

    public Double baseline() {
        return baselineValue == null ? null : baselineValue.doubleValue();
    }
}
