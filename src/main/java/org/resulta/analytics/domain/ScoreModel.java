package org.resulta.analytics.domain;

import org.resulta.analytics.ScoreLine;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.ValueRecord;
import org.resulta.measurement.calculation.Aggregate;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Aggregation;
import org.resulta.measurement.calculation.Assessment;
import org.resulta.measurement.calculation.Observation;
import org.resulta.measurement.calculation.Status;
import org.resulta.measurement.calculation.StatusRule;
import org.resulta.measurement.calculation.TargetSpec;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.measurement.calculation.TrafficLightPolicy;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores indicators for the units of one subtree, from values loaded once. Plain Java, no Spring.
 * <p>
 * Actual for a unit and period: each unit of the unit's subtree aggregates its values inside the period by the
 * indicator's time rule, then those results aggregate by the unit rule (a ratio sums numerators and denominators
 * and divides again).
 * <p>
 * Target for a unit and period, first found of: (a) a target set for that unit and period; (b) the unit's
 * targets for the sub-periods at the indicator's frequency, combined by the time rule (while the period runs,
 * only the sub-periods that have ended or already have data: year to date); (c) its sub-units' targets, combined
 * by the unit rule (ratios weighted by each sub-unit's denominator).
 */
final class ScoreModel {

    private final List<OrgUnitView> units;
    private final Map<Long, Integer> position = new HashMap<>();
    private final Map<Long, List<OrgUnitView>> children = new HashMap<>();
    private final Map<Long, Map<Long, List<ValueRecord>>> actuals = new HashMap<>();
    private final Map<Long, Map<Long, Map<String, ValueRecord>>> targets = new HashMap<>();
    private final Map<Long, Map<Long, Map<String, List<ValueRecord>>>> comboTargets = new HashMap<>();
    private final Map<String, TargetValue> targetMemo = new HashMap<>();
    private final TrafficLightPolicy policy;
    private final LocalDate today;

    /** A target as combined for a unit and period. */
    record TargetValue(TargetType type, double value, Double upper, String narrative, String basis) {
    }

    /**
     * @param units the subtree of the unit scored (and any below it), in pre-order
     */
    ScoreModel(List<OrgUnitView> units, List<ValueRecord> actualRecords, List<ValueRecord> targetRecords,
               TrafficLightPolicy policy, LocalDate today) {
        this.units = List.copyOf(units);
        this.policy = policy;
        this.today = today;
        for (int i = 0; i < this.units.size(); i++) {
            OrgUnitView u = this.units.get(i);
            position.put(u.id(), i);
        }
        for (OrgUnitView u : this.units) {
            List<Long> above = u.ancestorIds();
            if (!above.isEmpty() && position.containsKey(above.get(above.size() - 1))) {
                children.computeIfAbsent(above.get(above.size() - 1), k -> new ArrayList<>()).add(u);
            }
        }
        for (ValueRecord r : actualRecords) {
            actuals.computeIfAbsent(r.indicatorId(), k -> new HashMap<>())
                    .computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
        }
        actuals.values().forEach(m -> m.values().forEach(l -> l.sort(Comparator.comparing(ValueRecord::periodStart))));
        for (ValueRecord r : targetRecords) {
            if (r.total()) {
                targets.computeIfAbsent(r.indicatorId(), k -> new HashMap<>())
                        .computeIfAbsent(r.unitId(), k -> new HashMap<>()).put(r.periodCode(), r);
            } else {
                comboTargets.computeIfAbsent(r.indicatorId(), k -> new HashMap<>())
                        .computeIfAbsent(r.unitId(), k -> new HashMap<>())
                        .computeIfAbsent(r.periodCode(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    List<OrgUnitView> childrenOf(OrgUnitView unit) {
        return children.getOrDefault(unit.id(), List.of());
    }

    ScoreLine score(OrgUnitView unit, IndicatorView indicator, Period period, boolean unitOwnsIndicator) {
        if (!assessable(indicator.frequency(), period)) {
            return line(indicator, null, new Aggregate(null, null, null, 0, null), 0,
                    new Assessment(null, Status.NOT_DUE, "Reported " + indicator.frequency().label().toLowerCase()
                            + ": choose a " + indicator.frequency().label().toLowerCase() + " period to assess it"));
        }
        if (indicator.measure() == Measure.TEXT) {
            return textLine(unit, indicator, period);
        }
        ActualFigure actual = actual(unit, indicator, period);
        TargetValue target = target(unit, indicator, period);
        TargetSpec spec = target == null || target.type() == TargetType.NARRATIVE ? null
                : new TargetSpec(target.type(), target.value(), target.upper());
        Double baseline = unitOwnsIndicator ? indicator.baseline() : null;
        Assessment assessment = StatusRule.assess(indicator.direction(), indicator.achievementMethod(), spec,
                actual.aggregate().value(), baseline, period.hasEndedBefore(today), policy);
        String note = joinNotes(actual.aggregate().note(), assessment.note(),
                !period.hasEndedBefore(today) && actual.aggregate().hasValue() ? "The period is still running" : null);
        return line(indicator, target, actual.aggregate(), actual.reportingUnits(),
                new Assessment(assessment.achievement(), assessment.status(), note));
    }

    // ---- actuals

    record ActualFigure(Aggregate aggregate, int reportingUnits, LocalDate latestStart) {
    }

    ActualFigure actual(OrgUnitView unit, IndicatorView indicator, Period period) {
        Map<Long, List<ValueRecord>> byUnit = actuals.getOrDefault(indicator.id(), Map.of());
        List<List<Observation>> series = new ArrayList<>();
        LocalDate latest = null;
        for (OrgUnitView member : subtree(unit)) {
            List<ValueRecord> records = byUnit.get(member.id());
            if (records == null) {
                continue;
            }
            // A disaggregated indicator has several records per period, one per option combination: their total
            // for the period comes first, by the unit rule (a sum of counts, a ratio of summed components).
            Map<LocalDate, List<Observation>> byPeriod = new LinkedHashMap<>();
            for (ValueRecord r : records) {
                if (inside(r, period)) {
                    byPeriod.computeIfAbsent(r.periodStart(), k -> new ArrayList<>()).add(observation(indicator, r));
                    latest = latest == null || r.periodStart().isAfter(latest) ? r.periodStart() : latest;
                }
            }
            List<Observation> observations = new ArrayList<>(byPeriod.size());
            for (List<Observation> combos : byPeriod.values()) {
                observations.add(combos.size() == 1 ? combos.get(0)
                        : Aggregation.aggregate(indicator.unitAggregation(), combos, indicator.ratioMultiplier()).asObservation());
            }
            if (!observations.isEmpty()) {
                series.add(observations);
            }
        }
        Aggregate aggregate = Aggregation.rollUp(indicator.timeAggregation(), indicator.unitAggregation(), series,
                indicator.ratioMultiplier());
        return new ActualFigure(aggregate, series.size(), latest);
    }

    private static Observation observation(IndicatorView indicator, ValueRecord r) {
        if (indicator.measure() == Measure.RATIO) {
            return Observation.ratio(r.numerator(), r.denominator(), indicator.ratioMultiplier());
        }
        return Observation.of(r.value());
    }

    // ---- targets

    TargetValue target(OrgUnitView unit, IndicatorView indicator, Period period) {
        String key = unit.id() + "|" + indicator.id() + "|" + period.code();
        if (targetMemo.containsKey(key)) {
            return targetMemo.get(key);
        }
        TargetValue found = directTarget(unit, indicator, period);
        if (found == null) {
            found = fromSubPeriods(unit, indicator, period);
        }
        if (found == null) {
            found = fromSubUnits(unit, indicator, period);
        }
        targetMemo.put(key, found);
        return found;
    }

    private TargetValue directTarget(OrgUnitView unit, IndicatorView indicator, Period period) {
        ValueRecord r = targetRecord(unit, indicator, period);
        if (r == null) {
            return comboTarget(unit, indicator, period);
        }
        TargetType type = TargetType.valueOf(r.kind());
        if (type != TargetType.NARRATIVE && Double.isNaN(r.value())) {
            return null;
        }
        return new TargetValue(type, r.value(), Double.isNaN(r.upperValue()) ? null : r.upperValue(), null,
                "Set for " + unit.code());
    }

    /** Without a target for the total, the targets set per option combination make it, by the unit rule. */
    private TargetValue comboTarget(OrgUnitView unit, IndicatorView indicator, Period period) {
        List<ValueRecord> parts = comboTargets.getOrDefault(indicator.id(), Map.of()).getOrDefault(unit.id(), Map.of())
                .get(period.code());
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        List<TargetValue> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (ValueRecord r : parts) {
            TargetType type = TargetType.valueOf(r.kind());
            if (type == TargetType.NARRATIVE || Double.isNaN(r.value())) {
                return null;
            }
            values.add(new TargetValue(type, r.value(), Double.isNaN(r.upperValue()) ? null : r.upperValue(), null, null));
            weights.add(null);
        }
        TargetValue combined = combine(indicator.unitAggregation(), values, weights);
        return combined == null ? null : new TargetValue(combined.type(), combined.value(), combined.upper(), null,
                "Combined from " + values.size() + " disaggregated targets of " + unit.code());
    }

    private ValueRecord targetRecord(OrgUnitView unit, IndicatorView indicator, Period period) {
        return targets.getOrDefault(indicator.id(), Map.of()).getOrDefault(unit.id(), Map.of()).get(period.code());
    }

    private TargetValue fromSubPeriods(OrgUnitView unit, IndicatorView indicator, Period period) {
        if (period.type() == indicator.frequency() || indicator.frequency() == PeriodType.FINANCIAL_YEAR) {
            return null;
        }
        List<Period> parts = period.split(indicator.frequency());
        boolean toDate = !period.hasEndedBefore(today);
        if (toDate) {
            LocalDate latest = actual(unit, indicator, period).latestStart();
            parts = parts.stream().filter(p -> p.hasEndedBefore(today) || (latest != null && !p.start().isAfter(latest)))
                    .toList();
        }
        if (parts.isEmpty()) {
            return null;
        }
        List<TargetValue> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Period part : parts) {
            TargetValue t = directTarget(unit, indicator, part);
            if (t == null || t.type() == TargetType.NARRATIVE) {
                return null;
            }
            values.add(t);
            weights.add(actual(unit, indicator, part).aggregate().denominator());
        }
        TargetValue combined = combine(indicator.timeAggregation(), values, weights);
        if (combined == null) {
            return null;
        }
        String basis = combinedBasis(indicator.timeAggregation(), parts.size(),
                indicator.frequency().label().toLowerCase() + " targets" + (toDate ? " to date" : ""));
        return new TargetValue(combined.type(), combined.value(), combined.upper(), null, basis);
    }

    private TargetValue fromSubUnits(OrgUnitView unit, IndicatorView indicator, Period period) {
        List<OrgUnitView> kids = childrenOf(unit);
        if (kids.isEmpty()) {
            return null;
        }
        List<TargetValue> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (OrgUnitView kid : kids) {
            TargetValue t = target(kid, indicator, period);
            if (t != null && t.type() != TargetType.NARRATIVE) {
                values.add(t);
                weights.add(actual(kid, indicator, period).aggregate().denominator());
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        TargetValue combined = combine(indicator.unitAggregation(), values, weights);
        if (combined == null) {
            return null;
        }
        String basis = "Rolled up from " + values.size() + (values.size() == kids.size() ? "" : " of " + kids.size())
                + " sub-units (" + indicator.unitAggregation().label().toLowerCase() + ")";
        return new TargetValue(combined.type(), combined.value(), combined.upper(), null, basis);
    }

    /** Combines targets by an aggregation rule; ratios average weighted by denominators where all are known. */
    static TargetValue combine(AggregationMethod method, List<TargetValue> values, List<Double> weights) {
        TargetType type = values.get(0).type();
        boolean ranges = values.stream().allMatch(v -> v.upper() != null);
        double[] lower = values.stream().mapToDouble(TargetValue::value).toArray();
        double[] upper = ranges ? values.stream().mapToDouble(TargetValue::upper).toArray() : null;
        double[] w = null;
        if (method == AggregationMethod.RATIO_RECOMPUTE && weights.stream().allMatch(Objects::nonNull)) {
            w = weights.stream().mapToDouble(Double::doubleValue).toArray();
            double total = 0;
            for (double x : w) {
                total += x;
            }
            if (total <= 0) {
                w = null;
            }
        }
        Double low = reduce(method, lower, w);
        if (low == null) {
            return null;
        }
        Double high = upper == null ? null : reduce(method, upper, w);
        return new TargetValue(type, low, high, null, null);
    }

    private static Double reduce(AggregationMethod method, double[] values, double[] weights) {
        int n = values.length;
        switch (method) {
            case SUM, COUNT -> {
                double s = 0;
                for (double v : values) {
                    s += v;
                }
                return s;
            }
            case LAST -> {
                return values[n - 1];
            }
            case MIN -> {
                double m = values[0];
                for (double v : values) {
                    m = Math.min(m, v);
                }
                return m;
            }
            case MAX -> {
                double m = values[0];
                for (double v : values) {
                    m = Math.max(m, v);
                }
                return m;
            }
            case NONE -> {
                return n == 1 ? values[0] : null;
            }
            default -> {
                if (weights != null) {
                    double s = 0;
                    double t = 0;
                    for (int i = 0; i < n; i++) {
                        s += values[i] * weights[i];
                        t += weights[i];
                    }
                    return s / t;
                }
                double s = 0;
                for (double v : values) {
                    s += v;
                }
                return s / n;
            }
        }
    }

    private static String combinedBasis(AggregationMethod method, int count, String what) {
        String verb = switch (method) {
            case SUM, COUNT -> "Sum of ";
            case LAST -> "Last of ";
            case MIN -> "Lowest of ";
            case MAX -> "Highest of ";
            case RATIO_RECOMPUTE -> "Denominator-weighted mean of ";
            default -> "Mean of ";
        };
        return verb + count + " " + what;
    }

    // ---- qualitative

    private ScoreLine textLine(OrgUnitView unit, IndicatorView indicator, Period period) {
        ValueRecord target = targetRecord(unit, indicator, period);
        int reports = 0;
        for (OrgUnitView member : subtree(unit)) {
            for (ValueRecord r : actuals.getOrDefault(indicator.id(), Map.of()).getOrDefault(member.id(), List.of())) {
                if (inside(r, period)) {
                    reports++;
                }
            }
        }
        String note = reports == 0 ? "No report yet" : reports + " narrative report" + (reports == 1 ? "" : "s");
        TargetValue t = target == null ? null : new TargetValue(TargetType.NARRATIVE, Double.NaN, null, null, "Set for " + unit.code());
        return line(indicator, t, new Aggregate(null, null, null, reports, null), reports,
                new Assessment(null, Status.NOT_RATED, note));
    }

    // ---- helpers

    private List<OrgUnitView> subtree(OrgUnitView unit) {
        Integer at = position.get(unit.id());
        if (at == null) {
            return List.of();
        }
        return units.subList(at, Math.min(units.size(), at + unit.subtreeSize()));
    }

    private static boolean inside(ValueRecord r, Period period) {
        return !r.periodStart().isBefore(period.start()) && !r.periodEnd().isAfter(period.end());
    }

    static boolean assessable(PeriodType frequency, Period period) {
        if (period.type() == frequency) {
            return true;
        }
        if (frequency == PeriodType.FINANCIAL_YEAR || !frequency.isFinerOrEqual(period.type())) {
            return false;
        }
        try {
            period.split(frequency);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String joinNotes(String... notes) {
        StringBuilder b = new StringBuilder();
        for (String n : notes) {
            if (n != null && !n.isBlank()) {
                if (!b.isEmpty()) {
                    b.append("; ");
                }
                b.append(n);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static ScoreLine line(IndicatorView i, TargetValue target, Aggregate actual, int reporting,
                                  Assessment assessment) {
        return new ScoreLine(i.code(), i.name(), i.planCode(), i.resultCode(), i.resultStatement(), i.resultLevel(),
                i.measure(), i.direction(), i.unitOfMeasure(), i.decimals(),
                target == null ? null : target.type(),
                target == null || Double.isNaN(target.value()) ? null : target.value(),
                target == null ? null : target.upper(), target == null ? null : target.basis(),
                actual.value(), actual.numerator(), actual.denominator(), reporting,
                assessment.achievement(), assessment.status(), assessment.note());
    }
}
