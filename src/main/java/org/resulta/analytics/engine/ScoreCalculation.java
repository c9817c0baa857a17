package org.resulta.analytics.engine;

import org.resulta.measurement.calculation.Aggregate;
import org.resulta.measurement.calculation.Aggregation;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Assessment;
import org.resulta.measurement.calculation.Observation;
import org.resulta.measurement.calculation.Status;
import org.resulta.measurement.calculation.StatusRule;
import org.resulta.measurement.calculation.TargetSpec;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.measurement.calculation.TrafficLightPolicy;
import org.resulta.measurement.calculation.formula.FormulaValue;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores indicators for units and periods over a {@link ValueStore} as it stood when the calculation was made
 * (one per request: it remembers the targets it combined).
 * <p>
 * Actual for a unit and period: each unit of the subtree aggregates its values inside the period by the
 * indicator's time rule (the option combinations of one period first, by the unit rule), then those results
 * aggregate by the unit rule (a ratio sums numerators and denominators and divides again).
 * <p>
 * Target for a unit and period, first found of: (a) a target set for that unit and period (or, for a
 * disaggregated indicator, its combinations' targets combined by the unit rule); (b) the unit's targets for the
 * sub-periods at the indicator's frequency, combined by the time rule (while the period runs, only the
 * sub-periods that have ended or already have data: year to date); (c) its sub-units' targets, combined by the
 * unit rule (ratios weighted by each sub-unit's denominator).
 */
public final class ScoreCalculation {

    private static final TargetType[] TARGET_TYPES = TargetType.values();
    /** Every option combination (no filter). */
    private static final int ALL_COMBOS = -1;

    private final ValueStore.State data;
    private final PeriodIndex periods;
    private final TrafficLightPolicy policy;
    private final LocalDate today;
    private final boolean fastPaths;
    private final ComboIndex comboIndex;
    private final FormulaBinding formulas;
    private final Map<TargetKey, TargetFigure> memo = new HashMap<>();

    /** An indicator's figures for a unit and period, with the assessment. */
    public record Score(TargetFigure target, Aggregate actual, int reportingUnits, Assessment assessment) {
    }

    /** The actual, how many units reported, and the first month of the latest period with a value (or -1). */
    record ActualFigure(Aggregate aggregate, int reportingUnits, int latestMonth) {
    }

    private record TargetKey(int position, long indicatorId, Period period) {
    }

    public ScoreCalculation(ValueStore store, TrafficLightPolicy policy, LocalDate today) {
        this(store, policy, today, true, FormulaBinding.NONE);
    }

    /** Computing the formula indicators of {@code formulas} from the indicators they reference. */
    public ScoreCalculation(ValueStore store, TrafficLightPolicy policy, LocalDate today, FormulaBinding formulas) {
        this(store, policy, today, true, formulas);
    }

    /** With {@code fastPaths} false, every indicator goes through the general rules (tests compare the two). */
    ScoreCalculation(ValueStore store, TrafficLightPolicy policy, LocalDate today, boolean fastPaths) {
        this(store, policy, today, fastPaths, FormulaBinding.NONE);
    }

    ScoreCalculation(ValueStore store, TrafficLightPolicy policy, LocalDate today, boolean fastPaths,
                     FormulaBinding formulas) {
        store.version();
        this.data = store.state();
        this.periods = store.periods();
        this.comboIndex = store.combos();
        this.policy = policy;
        this.today = today;
        this.fastPaths = fastPaths;
        this.formulas = formulas;
    }

    /** The units directly below a unit, in pre-order, by id; empty for a unit the store does not know. */
    public List<Long> childrenOf(long unitId) {
        int position = data.hierarchy().position(unitId);
        List<Long> ids = new ArrayList<>();
        if (position >= 0) {
            data.hierarchy().children(position).forEach(c -> ids.add(data.hierarchy().id(c)));
        }
        return ids;
    }

    public Score score(long unitId, IndicatorRules indicator, Period period, boolean unitOwnsIndicator) {
        if (!assessable(indicator.frequency(), period)) {
            String frequency = indicator.frequency().label().toLowerCase();
            return new Score(null, new Aggregate(null, null, null, 0, null), 0, new Assessment(null, Status.NOT_DUE,
                    "Reported " + frequency + ": choose a " + frequency + " period to assess it"));
        }
        int position = data.hierarchy().position(unitId);
        if (indicator.narrative()) {
            return narrative(position, indicator, period);
        }
        ActualFigure actual = actual(position, indicator, period);
        TargetFigure target = target(position, indicator, period);
        TargetSpec spec = target == null || target.type() == TargetType.NARRATIVE ? null
                : new TargetSpec(target.type(), target.value(), target.upper());
        Double baseline = unitOwnsIndicator ? indicator.baseline() : null;
        boolean ended = period.hasEndedBefore(today);
        Assessment assessment = StatusRule.assess(indicator.direction(), indicator.achievementMethod(), spec,
                actual.aggregate().value(), baseline, ended, policy);
        String note = joinNotes(actual.aggregate().note(), assessment.note(),
                !ended && actual.aggregate().hasValue() ? "The period is still running" : null);
        return new Score(target, actual.aggregate(), actual.reportingUnits(),
                new Assessment(assessment.achievement(), assessment.status(), note));
    }

    // ---- actuals

    ActualFigure actual(int position, IndicatorRules indicator, Period period) {
        String formula = formulas.formulaCode(indicator.id());
        if (formula != null) {
            return formulaActual(position, formula, period);
        }
        return actual(position, indicator, period, ALL_COMBOS);
    }

    /**
     * A formula indicator's actual: its formula over the actuals of the indicators it references for the same
     * subtree and period, each aggregated by its own rules (so a ratio of two counts is a ratio of sums). No value,
     * with the reason, when a component has none or a denominator is zero; never infinity or NaN. Reporting units
     * are those of the component reported by the most units.
     */
    private ActualFigure formulaActual(int position, String code, Period period) {
        int[] reporting = {0};
        int[] latest = {-1};
        FormulaValue value = formulas.catalog().evaluate(code, reference -> {
            IndicatorRules component = formulas.component(reference.item());
            if (component == null || component.narrative()) {
                return null;
            }
            int combo = ALL_COMBOS;
            if (reference.hasCombination()) {
                Long comboId = formulas.comboId(reference.item(), reference.combination());
                combo = comboId == null ? -1 : comboIndex.index(comboId);
                if (combo < 0) {
                    return null;
                }
            }
            Period shifted = period;
            for (int n = reference.periodOffset(); n != 0; n -= Integer.signum(n)) {
                shifted = n > 0 ? shifted.next() : shifted.previous();
            }
            // formula indicators referenced are computed by the catalog itself: only typed ones are asked for here
            ActualFigure figure = actual(position, component, shifted, combo);
            reporting[0] = Math.max(reporting[0], figure.reportingUnits());
            if (reference.periodOffset() == 0) {
                latest[0] = Math.max(latest[0], figure.latestMonth());
            }
            return figure.aggregate().value();
        });
        Aggregate aggregate = new Aggregate(value.value(), value.numerator(), value.denominator(),
                value.hasValue() ? reporting[0] : 0, value.hasValue() || reporting[0] == 0 ? null : value.reason());
        return new ActualFigure(aggregate, reporting[0], latest[0]);
    }

    /** The actual of an indicator with typed values, over every option combination or only {@code combo}. */
    private ActualFigure actual(int position, IndicatorRules indicator, Period period, int combo) {
        ValueStore.IndicatorData cells = position < 0 ? null : data.indicator(indicator.id());
        if (cells != null && fastPaths && combo == ALL_COMBOS && summable(indicator)) {
            return indicator.ratio() ? ratioSums(cells, position, indicator, period) : sums(cells, position, period);
        }
        List<List<Observation>> series = new ArrayList<>();
        int latest = -1;
        if (cells != null) {
            int from = PeriodIndex.monthNumber(period.start());
            int to = PeriodIndex.monthNumber(period.end());
            int end = data.hierarchy().subtreeEnd(position);
            for (int unit = position; unit < end; unit++) {
                Series s = cells.actuals[unit];
                if (s == null) {
                    continue;
                }
                List<Observation> observations = new ArrayList<>();
                List<Observation> combos = null;
                int comboMonth = Integer.MIN_VALUE;
                for (int i = 0; i < s.size(); i++) {
                    int first = periods.firstMonth(s.slots[i]);
                    if (first < from || periods.lastMonth(s.slots[i]) > to
                            || combo != ALL_COMBOS && s.combo(i) != combo) {
                        continue;
                    }
                    if (combos == null || first != comboMonth) {
                        addPeriod(observations, combos, indicator);
                        combos = new ArrayList<>(2);
                        comboMonth = first;
                    }
                    combos.add(observation(indicator, s, i));
                    latest = Math.max(latest, first);
                }
                addPeriod(observations, combos, indicator);
                if (!observations.isEmpty()) {
                    series.add(observations);
                }
            }
        }
        Aggregate aggregate = Aggregation.rollUp(indicator.timeAggregation(), indicator.unitAggregation(), series,
                indicator.multiplier());
        return new ActualFigure(aggregate, series.size(), latest);
    }

    /*
     * The two commonest rules, counts summed over time and units and ratios recomputed from summed numerators and
     * denominators, add up cells in place: the same sums as the general path below (in the same order, so the same
     * doubles), without an object per cell. A national scorecard over millions of values depends on it.
     */

    /** Whether the indicator is summed over units and time, or is a ratio recomputed from summed components. */
    static boolean summable(IndicatorRules indicator) {
        AggregationMethod time = indicator.timeAggregation();
        AggregationMethod unit = indicator.unitAggregation();
        return indicator.ratio() ? time == AggregationMethod.RATIO_RECOMPUTE && unit == AggregationMethod.RATIO_RECOMPUTE
                : time == AggregationMethod.SUM && unit == AggregationMethod.SUM;
    }

    private ActualFigure sums(ValueStore.IndicatorData cells, int position, Period period) {
        int from = PeriodIndex.monthNumber(period.start());
        int to = PeriodIndex.monthNumber(period.end());
        int end = data.hierarchy().subtreeEnd(position);
        int latest = -1;
        int reporting = 0;
        int withValue = 0;
        double total = 0;
        for (int unit = position; unit < end; unit++) {
            Series s = cells.actuals[unit];
            if (s == null) {
                continue;
            }
            boolean reported = false;
            boolean valued = false;
            double unitTotal = 0;
            int i = 0;
            while (i < s.size()) {
                int first = periods.firstMonth(s.slots[i]);
                if (first < from || periods.lastMonth(s.slots[i]) > to) {
                    i++;
                    continue;
                }
                reported = true;
                latest = Math.max(latest, first);
                // one period's cells (its option combinations) are adjacent: their sum is the period's value
                double periodTotal = 0;
                boolean periodValued = false;
                int cellsInPeriod = 0;
                double single = Double.NaN;
                while (i < s.size() && periods.firstMonth(s.slots[i]) == first) {
                    if (periods.lastMonth(s.slots[i]) > to) {
                        i++;
                        continue;
                    }
                    double v = s.value(i);
                    if (cellsInPeriod++ == 0) {
                        single = v;
                    }
                    if (!Double.isNaN(v)) {
                        periodTotal += v;
                        periodValued = true;
                    }
                    i++;
                }
                double periodValue = cellsInPeriod == 1 ? single : periodValued ? periodTotal : Double.NaN;
                if (!Double.isNaN(periodValue)) {
                    unitTotal += periodValue;
                    valued = true;
                }
            }
            if (reported) {
                reporting++;
            }
            if (valued) {
                total += unitTotal;
                withValue++;
            }
        }
        Aggregate aggregate = withValue == 0 ? new Aggregate(null, null, null, 0, null)
                : new Aggregate(total, null, null, withValue, null);
        return new ActualFigure(aggregate, reporting, latest);
    }

    private ActualFigure ratioSums(ValueStore.IndicatorData cells, int position, IndicatorRules indicator, Period period) {
        int from = PeriodIndex.monthNumber(period.start());
        int to = PeriodIndex.monthNumber(period.end());
        int end = data.hierarchy().subtreeEnd(position);
        int latest = -1;
        int reporting = 0;
        int withComponents = 0;
        double numerator = 0;
        double denominator = 0;
        for (int unit = position; unit < end; unit++) {
            Series s = cells.actuals[unit];
            if (s == null) {
                continue;
            }
            boolean reported = false;
            boolean valued = false;
            double unitNumerator = 0;
            double unitDenominator = 0;
            int i = 0;
            while (i < s.size()) {
                int first = periods.firstMonth(s.slots[i]);
                if (first < from || periods.lastMonth(s.slots[i]) > to) {
                    i++;
                    continue;
                }
                reported = true;
                latest = Math.max(latest, first);
                double periodNumerator = 0;
                double periodDenominator = 0;
                boolean periodValued = false;
                while (i < s.size() && periods.firstMonth(s.slots[i]) == first) {
                    if (periods.lastMonth(s.slots[i]) > to) {
                        i++;
                        continue;
                    }
                    double n = s.numerator(i);
                    double d = s.denominator(i);
                    if (!Double.isNaN(n) && !Double.isNaN(d)) {
                        periodNumerator += n;
                        periodDenominator += d;
                        periodValued = true;
                    }
                    i++;
                }
                if (periodValued) {
                    unitNumerator += periodNumerator;
                    unitDenominator += periodDenominator;
                    valued = true;
                }
            }
            if (reported) {
                reporting++;
            }
            if (valued) {
                numerator += unitNumerator;
                denominator += unitDenominator;
                withComponents++;
            }
        }
        Aggregate aggregate;
        if (withComponents == 0) {
            aggregate = new Aggregate(null, null, null, 0, null);
        } else if (denominator == 0) {
            aggregate = new Aggregate(null, numerator, denominator, withComponents,
                    "The denominators sum to zero: no ratio can be computed");
        } else {
            aggregate = new Aggregate(numerator / denominator * indicator.multiplier(), numerator, denominator,
                    withComponents, null);
        }
        return new ActualFigure(aggregate, reporting, latest);
    }

    /**
     * A period's observation: its single cell, or the total of its option combinations by the unit rule (a sum of
     * counts, a ratio of summed components).
     */
    private static void addPeriod(List<Observation> observations, List<Observation> combos, IndicatorRules indicator) {
        if (combos == null) {
            return;
        }
        observations.add(combos.size() == 1 ? combos.get(0)
                : Aggregation.aggregate(indicator.unitAggregation(), combos, indicator.multiplier()).asObservation());
    }

    private static Observation observation(IndicatorRules indicator, Series s, int i) {
        if (indicator.ratio()) {
            return Observation.ratio(s.numerator(i), s.denominator(i), indicator.multiplier());
        }
        return Observation.of(s.value(i));
    }

    // ---- targets

    TargetFigure target(int position, IndicatorRules indicator, Period period) {
        if (position >= 0 && data.hierarchy().subtreeEnd(position) == position + 1) {
            // a unit without sub-units: its own target or its sub-periods', found by a search in its own series,
            // cheaper than remembering (a rollup of a region asks each of its thousand field offices once)
            TargetFigure own = directTarget(position, indicator, period);
            return own != null ? own : fromSubPeriods(position, indicator, period);
        }
        TargetKey key = new TargetKey(position, indicator.id(), period);
        TargetFigure known = memo.get(key);
        if (known != null || memo.containsKey(key)) {
            return known;
        }
        TargetFigure found = directTarget(position, indicator, period);
        if (found == null) {
            found = fromSubPeriods(position, indicator, period);
        }
        if (found == null) {
            found = fromSubUnits(position, indicator, period);
        }
        memo.put(key, found);
        return found;
    }

    private Series targets(int position, IndicatorRules indicator) {
        ValueStore.IndicatorData cells = position < 0 ? null : data.indicator(indicator.id());
        return cells == null ? null : cells.targets[position];
    }

    private TargetFigure directTarget(int position, IndicatorRules indicator, Period period) {
        Series t = targets(position, indicator);
        int slot = periods.find(period);
        if (t == null || slot < 0) {
            return null;
        }
        int i = t.find(slot, ComboIndex.TOTAL);
        if (i < 0) {
            return comboTarget(position, indicator, t, slot);
        }
        TargetType type = TARGET_TYPES[t.type(i)];
        if (type != TargetType.NARRATIVE && Double.isNaN(t.value(i))) {
            return null;
        }
        return new TargetFigure(type, t.value(i), upper(t, i), "Set for " + data.hierarchy().code(position));
    }

    private static Double upper(Series t, int i) {
        return Double.isNaN(t.upper(i)) ? null : t.upper(i);
    }

    /** Without a target for the total, the targets set per option combination make it, by the unit rule. */
    private TargetFigure comboTarget(int position, IndicatorRules indicator, Series t, int slot) {
        List<TargetFigure> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.slots[i] != slot || t.combo(i) == ComboIndex.TOTAL) {
                continue;
            }
            TargetType type = TARGET_TYPES[t.type(i)];
            if (type == TargetType.NARRATIVE || Double.isNaN(t.value(i))) {
                return null;
            }
            values.add(new TargetFigure(type, t.value(i), upper(t, i), null));
            weights.add(null);
        }
        if (values.isEmpty()) {
            return null;
        }
        TargetFigure combined = TargetFigure.combine(indicator.unitAggregation(), values, weights);
        return combined == null ? null : combined.withBasis("Combined from " + values.size()
                + " disaggregated targets of " + data.hierarchy().code(position));
    }

    private TargetFigure fromSubPeriods(int position, IndicatorRules indicator, Period period) {
        if (period.type() == indicator.frequency() || indicator.frequency() == PeriodType.FINANCIAL_YEAR
                || targets(position, indicator) == null) {
            return null;
        }
        List<Period> parts = period.split(indicator.frequency());
        boolean toDate = !period.hasEndedBefore(today);
        if (toDate) {
            int latest = actual(position, indicator, period).latestMonth();
            parts = parts.stream().filter(p -> p.hasEndedBefore(today)
                    || (latest >= 0 && PeriodIndex.monthNumber(p.start()) <= latest)).toList();
        }
        if (parts.isEmpty()) {
            return null;
        }
        List<TargetFigure> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Period part : parts) {
            TargetFigure t = directTarget(position, indicator, part);
            if (t == null || t.type() == TargetType.NARRATIVE) {
                return null;
            }
            values.add(t);
            weights.add(weighted(indicator.timeAggregation()) ? actual(position, indicator, part).aggregate().denominator() : null);
        }
        TargetFigure combined = TargetFigure.combine(indicator.timeAggregation(), values, weights);
        return combined == null ? null : combined.withBasis(TargetFigure.combinedBasis(indicator.timeAggregation(),
                parts.size(), indicator.frequency().label().toLowerCase() + " targets" + (toDate ? " to date" : "")));
    }

    private TargetFigure fromSubUnits(int position, IndicatorRules indicator, Period period) {
        if (position < 0) {
            return null;
        }
        List<Integer> kids = data.hierarchy().children(position);
        if (kids.isEmpty() || fastPaths && !anyTargetBelow(position, indicator, period)) {
            return null;
        }
        List<TargetFigure> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int kid : kids) {
            TargetFigure t = target(kid, indicator, period);
            if (t != null && t.type() != TargetType.NARRATIVE) {
                values.add(t);
                weights.add(weighted(indicator.unitAggregation()) ? actual(kid, indicator, period).aggregate().denominator() : null);
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        TargetFigure combined = TargetFigure.combine(indicator.unitAggregation(), values, weights);
        return combined == null ? null : combined.withBasis("Rolled up from " + values.size()
                + (values.size() == kids.size() ? "" : " of " + kids.size()) + " sub-units ("
                + indicator.unitAggregation().label().toLowerCase() + ")");
    }

    /**
     * Whether combining targets by this method weighs them by the actuals' denominators (only a recomputed ratio
     * does, see {@link TargetFigure#combine}); the actuals behind the weights are then read, and otherwise not.
     */
    private static boolean weighted(AggregationMethod method) {
        return method == AggregationMethod.RATIO_RECOMPUTE;
    }

    /**
     * Whether a unit below this one has a target cell inside the period: every target the sub-units can give is
     * made of such cells, so without one the search down the tree (a visit to every unit) can stop here.
     */
    private boolean anyTargetBelow(int position, IndicatorRules indicator, Period period) {
        ValueStore.IndicatorData cells = data.indicator(indicator.id());
        if (cells == null) {
            return false;
        }
        int from = PeriodIndex.monthNumber(period.start());
        int to = PeriodIndex.monthNumber(period.end());
        int end = data.hierarchy().subtreeEnd(position);
        for (int unit = position + 1; unit < end; unit++) {
            Series t = cells.targets[unit];
            for (int i = 0; t != null && i < t.size(); i++) {
                if (periods.firstMonth(t.slots[i]) >= from && periods.lastMonth(t.slots[i]) <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- narrative

    private Score narrative(int position, IndicatorRules indicator, Period period) {
        Series t = targets(position, indicator);
        int slot = periods.find(period);
        boolean targetSet = t != null && slot >= 0 && t.find(slot, ComboIndex.TOTAL) >= 0;
        int reports = 0;
        ValueStore.IndicatorData cells = position < 0 ? null : data.indicator(indicator.id());
        if (cells != null) {
            int from = PeriodIndex.monthNumber(period.start());
            int to = PeriodIndex.monthNumber(period.end());
            for (int unit = position; unit < data.hierarchy().subtreeEnd(position); unit++) {
                Series s = cells.actuals[unit];
                for (int i = 0; s != null && i < s.size(); i++) {
                    if (periods.firstMonth(s.slots[i]) >= from && periods.lastMonth(s.slots[i]) <= to) {
                        reports++;
                    }
                }
            }
        }
        String note = reports == 0 ? "No report yet" : reports + " narrative report" + (reports == 1 ? "" : "s");
        TargetFigure target = targetSet ? new TargetFigure(TargetType.NARRATIVE, Double.NaN, null,
                "Set for " + data.hierarchy().code(position)) : null;
        return new Score(target, new Aggregate(null, null, null, reports, null), reports,
                new Assessment(null, Status.NOT_RATED, note));
    }

    // ---- helpers

    /** Whether an indicator reported at {@code frequency} can be assessed for the period. */
    public static boolean assessable(PeriodType frequency, Period period) {
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
}
