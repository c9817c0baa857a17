package org.resulta.measurement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.PeriodType;

import java.math.BigDecimal;

/**
 * An indicator's definition. Unset aggregation methods follow the measure: ratios recompute, percentages
 * average, counts sum. A ratio needs a multiplier (1, 100, 1,000 or 100,000) and labels for its numerator and
 * denominator. {@code disaggregationCode} breaks its values down (by sex, age group...); blank means none.
 * {@code resultWeight} is how much the indicator counts in its result's score (and its unit's), relative to the
 * result's other indicators: a positive number of at most 1000; null keeps the current weight (1 for a new one).
 */
public record IndicatorRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, dots, dashes or underscores")
        String code,
        @NotBlank @Size(max = 50) String resultCode,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String definition,
        @Size(max = 4000) String method,
        @Size(max = 1000) String dataSource,
        @Size(max = 60) String unitOfMeasure,
        @NotNull Measure measure,
        @NotNull Dimension dimension,
        @NotNull Direction direction,
        AggregationMethod unitAggregation,
        AggregationMethod timeAggregation,
        @NotNull PeriodType frequency,
        @Min(0) @Max(6) Integer decimals,
        BigDecimal multiplier,
        @Size(max = 300) String numeratorLabel,
        @Size(max = 300) String denominatorLabel,
        @Pattern(regexp = "[A-Z]{3}", message = "use a three-letter ISO 4217 code such as PHP or USD") String currency,
        BigDecimal minValue,
        BigDecimal maxValue,
        BigDecimal baselineValue,
        @Size(max = 20) String baselinePeriod,
        @Size(max = 1000) String baselineNote,
        AchievementMethod achievementMethod,
        @Size(max = 50) String disaggregationCode,
        BigDecimal resultWeight) {

    /** An indicator with its result weight left as it is (1 for a new indicator). */
    public IndicatorRequest(String code, String resultCode, String name, String definition, String method,
                            String dataSource, String unitOfMeasure, Measure measure, Dimension dimension,
                            Direction direction, AggregationMethod unitAggregation, AggregationMethod timeAggregation,
                            PeriodType frequency, Integer decimals, BigDecimal multiplier, String numeratorLabel,
                            String denominatorLabel, String currency, BigDecimal minValue, BigDecimal maxValue,
                            BigDecimal baselineValue, String baselinePeriod, String baselineNote,
                            AchievementMethod achievementMethod, String disaggregationCode) {
        this(code, resultCode, name, definition, method, dataSource, unitOfMeasure, measure, dimension, direction,
                unitAggregation, timeAggregation, frequency, decimals, multiplier, numeratorLabel, denominatorLabel,
                currency, minValue, maxValue, baselineValue, baselinePeriod, baselineNote, achievementMethod,
                disaggregationCode, null);
    }

    /** An indicator without disaggregation. */
    public IndicatorRequest(String code, String resultCode, String name, String definition, String method,
                            String dataSource, String unitOfMeasure, Measure measure, Dimension dimension,
                            Direction direction, AggregationMethod unitAggregation, AggregationMethod timeAggregation,
                            PeriodType frequency, Integer decimals, BigDecimal multiplier, String numeratorLabel,
                            String denominatorLabel, String currency, BigDecimal minValue, BigDecimal maxValue,
                            BigDecimal baselineValue, String baselinePeriod, String baselineNote,
                            AchievementMethod achievementMethod) {
        this(code, resultCode, name, definition, method, dataSource, unitOfMeasure, measure, dimension, direction,
                unitAggregation, timeAggregation, frequency, decimals, multiplier, numeratorLabel, denominatorLabel,
                currency, minValue, maxValue, baselineValue, baselinePeriod, baselineNote, achievementMethod, null);
    }
}
