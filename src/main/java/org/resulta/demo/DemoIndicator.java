package org.resulta.demo;

import org.resulta.measurement.Dimension;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.shared.PeriodType;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of the demo: its definition as the catalogue receives it, and the story its data tells (who
 * reports it, the targets planned from the first to the last year of the plan, the typical denominator of a
 * ratio, and where it stands by the latest quarter). Written once, fluently, in the department classes.
 */
final class DemoIndicator {

    private final String code;
    private final String resultCode;
    private final String name;
    private final Measure measure;
    private final Dimension dimension;
    private final Direction direction;
    private final PeriodType frequency;
    private String definition;
    private String method;
    private String dataSource;
    private String unitOfMeasure;
    private AggregationMethod overUnits;
    private AggregationMethod overTime;
    private Integer decimals;
    private BigDecimal multiplier;
    private String numeratorLabel;
    private String denominatorLabel;
    private String currency;
    private BigDecimal baseline;
    private String baselineNote;
    private AchievementMethod achievementMethod;
    private BigDecimal resultWeight;

    private Reporters reporters = Reporters.REGIONAL_OFFICES;
    private TargetType targetType = TargetType.EXACT;
    private double firstTarget;
    private double lastTarget;
    private double rangeWidth;
    private double denominatorVolume;
    private Outlook outlook = Outlook.ON_TRACK;
    private double[] season;
    private boolean pendingInLatestQuarter;
    private String disaggregation;
    private List<Group> groups = List.of();

    /**
     * An option of a one-category disaggregation as the demo splits values by it: its share of the denominator (or
     * of a count) and its rate relative to the whole ({@code 0.8}: a fifth below), before the gap drifts.
     */
    record Group(String option, double share, double relative) {
    }

    private DemoIndicator(String code, String resultCode, String name, Measure measure, Dimension dimension,
                          Direction direction, PeriodType frequency) {
        this.code = code;
        this.resultCode = resultCode;
        this.name = name;
        this.measure = measure;
        this.dimension = dimension;
        this.direction = direction;
        this.frequency = frequency;
    }

    static DemoIndicator of(String code, String resultCode, String name, Measure measure, Dimension dimension,
                            Direction direction, PeriodType frequency) {
        return new DemoIndicator(code, resultCode, name, measure, dimension, direction, frequency);
    }

    /** What the indicator means, how it is computed, and where the figures come from. */
    DemoIndicator described(String definition, String method, String dataSource) {
        this.definition = definition;
        this.method = method;
        this.dataSource = dataSource;
        return this;
    }

    /** Reported per option combination of a disaggregation (such as {@code sex}); the total is computed. */
    DemoIndicator disaggregatedBy(String disaggregationCode) {
        this.disaggregation = disaggregationCode;
        return this;
    }

    /** Reported per option of a one-category disaggregation with the given groups (see {@link Group}). */
    DemoIndicator disaggregatedBy(String disaggregationCode, Group... groups) {
        this.disaggregation = disaggregationCode;
        this.groups = List.of(groups);
        return this;
    }

    String disaggregation() {
        return disaggregation;
    }

    /** The groups of a disaggregation other than sex; empty for sex, which splits as {@code PerformanceHistory.bySex}. */
    List<Group> groups() {
        return groups;
    }

    DemoIndicator unit(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
        return this;
    }

    DemoIndicator decimals(int decimals) {
        this.decimals = decimals;
        return this;
    }

    /** A ratio: numerator / denominator x multiplier, with a typical denominator per reporting office and period. */
    DemoIndicator ratio(int multiplier, String numeratorLabel, String denominatorLabel, double denominatorVolume) {
        this.multiplier = BigDecimal.valueOf(multiplier);
        this.numeratorLabel = numeratorLabel;
        this.denominatorLabel = denominatorLabel;
        this.denominatorVolume = denominatorVolume;
        return this;
    }

    DemoIndicator currency(String currency) {
        this.currency = currency;
        this.unitOfMeasure = currency;
        return this;
    }

    DemoIndicator aggregated(AggregationMethod overUnits, AggregationMethod overTime) {
        this.overUnits = overUnits;
        this.overTime = overTime;
        return this;
    }

    /** The value before the plan, measured in the year before its first year. */
    DemoIndicator baseline(double value, String note) {
        this.baseline = BigDecimal.valueOf(value);
        this.baselineNote = note;
        return this;
    }

    /** How much the indicator counts in its result's score, relative to the result's other indicators (1 unless set). */
    DemoIndicator weighing(double weight) {
        this.resultWeight = BigDecimal.valueOf(weight);
        return this;
    }

    DemoIndicator achievement(AchievementMethod method) {
        this.achievementMethod = method;
        return this;
    }

    DemoIndicator reportedBy(Reporters reporters) {
        this.reporters = reporters;
        return this;
    }

    /**
     * Targets of one reporting office and period, planned to move in a straight line from {@code first} (first
     * year of the plan) to {@code last} (last year). Counts and amounts are for a middle-sized region and are
     * scaled to each office.
     */
    DemoIndicator targets(TargetType type, double first, double last) {
        this.targetType = type;
        this.firstTarget = first;
        this.lastTarget = last;
        return this;
    }

    /** Range targets from {@code lowerFirst}..{@code lowerFirst + width} to {@code lowerLast}..{@code lowerLast + width}. */
    DemoIndicator range(double lowerFirst, double lowerLast, double width) {
        this.targetType = TargetType.RANGE;
        this.firstTarget = lowerFirst;
        this.lastTarget = lowerLast;
        this.rangeWidth = width;
        return this;
    }

    /** A narrative target: the indicator is reported in words. */
    DemoIndicator narrative() {
        this.targetType = TargetType.NARRATIVE;
        return this;
    }

    DemoIndicator outlook(Outlook outlook) {
        this.outlook = outlook;
        return this;
    }

    /** Monthly weights (January first, averaging about 1) that shape both the targets and the work done. */
    DemoIndicator seasonal(double... monthlyWeights) {
        if (monthlyWeights.length != 12) {
            throw new IllegalArgumentException("Give twelve monthly weights for " + code);
        }
        this.season = monthlyWeights.clone();
        return this;
    }

    /** No office has reported the latest quarter yet (a survey still being tabulated, say). */
    DemoIndicator pendingInLatestQuarter() {
        this.pendingInLatestQuarter = true;
        return this;
    }

    IndicatorRequest request(String baselinePeriod) {
        return new IndicatorRequest(code, resultCode, name, definition, method, dataSource, unitOfMeasure, measure,
                dimension, direction, overUnits, overTime, frequency, decimals, multiplier, numeratorLabel,
                denominatorLabel, currency, null, null, baseline, baseline == null ? null : baselinePeriod,
                baselineNote, achievementMethod, disaggregation, resultWeight);
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    Measure measure() {
        return measure;
    }

    Direction direction() {
        return direction;
    }

    PeriodType frequency() {
        return frequency;
    }

    /** The rule over time when set; null leaves the catalogue's default for the measure. */
    AggregationMethod overTime() {
        return overTime;
    }

    AchievementMethod achievementMethod() {
        return achievementMethod == null ? AchievementMethod.RATIO : achievementMethod;
    }

    Reporters reporters() {
        return reporters;
    }

    TargetType targetType() {
        return targetType;
    }

    double firstTarget() {
        return firstTarget;
    }

    double lastTarget() {
        return lastTarget;
    }

    double rangeWidth() {
        return rangeWidth;
    }

    int multiplier() {
        return multiplier == null ? 1 : multiplier.intValue();
    }

    double denominatorVolume() {
        return denominatorVolume;
    }

    Outlook outlook() {
        return outlook;
    }

    boolean isPendingInLatestQuarter() {
        return pendingInLatestQuarter;
    }

    /** The weight of a month (1 to 12) in the indicator's yearly cycle; 1 without a season. */
    double seasonWeight(int month) {
        return season == null ? 1.0 : season[month - 1];
    }

    /** Counts and amounts that add up over offices: their targets scale with the size of the office. */
    boolean isVolume() {
        boolean summed = overUnits == null || overUnits == AggregationMethod.SUM;
        return (measure == Measure.NUMBER || measure == Measure.CURRENCY) && summed;
    }

    /** Decimals of the values entered: as set, else the catalogue's default for the measure. */
    int valueDecimals() {
        if (decimals != null) {
            return decimals;
        }
        return switch (measure) {
            case PERCENTAGE, RATIO -> 1;
            case CURRENCY -> 2;
            default -> 0;
        };
    }
}
