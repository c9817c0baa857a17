package org.resulta.analytics.engine;

import org.resulta.measurement.calculation.formula.FormulaValue;
import org.resulta.measurement.calculation.formula.Reference;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Every indicator x quarter x unit at once: the sums of the actuals of each unit's subtree in each quarter
 * (values, or numerators and denominators for a ratio, with the ratio recomputed from them), for every unit that
 * has a value in its subtree. One pass over the cells adds each into its own unit's quarter (the quarter of month
 * {@code m} is {@code m / 3}), then one pass over the units in reverse pre-order adds every unit into its parent,
 * so that each unit ends up with its whole subtree: no unit is visited twice. Indicators run in parallel.
 * <p>
 * Only cells of a month or a quarter take part (a year lies in no quarter); sums skip absent numbers, counts
 * count cells.
 * <p>
 * Formula indicators (DOMAIN.md 13.5) are computed after the sums, for every unit and quarter, from their components'
 * rolled-up figures: a ratio of sums, never a sum of computed ratios, as the scorecard computes them. A rollup of sums
 * can only feed a formula whose components are summed over units and time (or ratios recomputed from summed
 * numerators and denominators) and read as totals; a formula naming an option combination or a component aggregated
 * otherwise is left out, with the reason ({@link #leftOut()}).
 */
public final class QuarterRollup {

    private final Hierarchy hierarchy;
    private final int firstQuarter;
    private final int quarters;
    private final Map<Long, Sums> byIndicator;
    private final Map<Long, double[]> formulaValues = new HashMap<>();
    private final Map<String, String> leftOut = new LinkedHashMap<>();

    /** One indicator's sums, by {@code unit x quarters + quarter - firstQuarter}. */
    private record Sums(double[] values, double[] numerators, double[] denominators, int[] counts,
                        double multiplier) {
    }

    private QuarterRollup(Hierarchy hierarchy, int firstQuarter, int quarters, Map<Long, Sums> byIndicator) {
        this.hierarchy = hierarchy;
        this.firstQuarter = firstQuarter;
        this.quarters = quarters;
        this.byIndicator = byIndicator;
    }

    /**
     * Rolls up every indicator of the store on {@code threads} threads.
     *
     * @param multipliers ratio multipliers by indicator id (1 for an indicator not named)
     */
    public static QuarterRollup of(ValueStore store, Map<Long, Double> multipliers, int threads) {
        return of(store, multipliers, threads, FormulaBinding.NONE);
    }

    /** Rolls up every indicator of the store, then computes the formula indicators of {@code formulas}. */
    public static QuarterRollup of(ValueStore store, Map<Long, Double> multipliers, int threads,
                                   FormulaBinding formulas) {
        QuarterRollup rollup = sums(store, multipliers, threads);
        formulas.formulaCodes().forEach((id, code) -> rollup.computeFormula(id, code, formulas));
        return rollup;
    }

    private static QuarterRollup sums(ValueStore store, Map<Long, Double> multipliers, int threads) {
        ValueStore.State state = store.state();
        PeriodIndex periods = store.periods();
        int slots = periods.size();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int[] slotQuarter = new int[slots];
        for (int s = 0; s < slots; s++) {
            int q = PeriodIndex.quarterOf(periods.firstMonth(s));
            slotQuarter[s] = q == PeriodIndex.quarterOf(periods.lastMonth(s)) ? q : Integer.MIN_VALUE;
            if (slotQuarter[s] != Integer.MIN_VALUE) {
                first = Math.min(first, q);
                last = Math.max(last, q);
            }
        }
        if (first > last) {
            return new QuarterRollup(state.hierarchy(), 0, 0, new HashMap<>());
        }
        int firstQuarter = first;
        int quarters = last - first + 1;
        for (int s = 0; s < slots; s++) {
            slotQuarter[s] = slotQuarter[s] == Integer.MIN_VALUE ? -1 : slotQuarter[s] - firstQuarter;
        }
        ValueStore.IndicatorData[] indicators = state.indicators();
        Sums[] sums = new Sums[indicators.length];
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, indicators.length).parallel().forEach(i -> sums[i] =
                    rollUp(indicators[i], state.hierarchy(), slotQuarter, quarters,
                            multipliers.getOrDefault(indicators[i].id, 1.0)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rollup interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rollup failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        Map<Long, Sums> byIndicator = new HashMap<>();
        for (int i = 0; i < indicators.length; i++) {
            byIndicator.put(indicators[i].id, sums[i]);
        }
        return new QuarterRollup(state.hierarchy(), firstQuarter, quarters, byIndicator);
    }

    private static Sums rollUp(ValueStore.IndicatorData data, Hierarchy hierarchy, int[] slotQuarter, int quarters,
                               double multiplier) {
        int units = hierarchy.size();
        int cells = units * quarters;
        boolean ratio = data.kind != ValueStore.Kind.PLAIN;
        boolean plain = data.kind != ValueStore.Kind.RATIO;
        double[] values = plain ? new double[cells] : null;
        double[] numerators = ratio ? new double[cells] : null;
        double[] denominators = ratio ? new double[cells] : null;
        int[] counts = new int[cells];
        for (int u = 0; u < units; u++) {
            Series s = data.actuals[u];
            if (s == null) {
                continue;
            }
            int base = u * quarters;
            short[] slots = s.slots;
            for (int i = 0; i < slots.length; i++) {
                int q = slotQuarter[slots[i]];
                if (q < 0) {
                    continue;
                }
                int at = base + q;
                counts[at]++;
                if (values != null && s.values != null && !Double.isNaN(s.values[i])) {
                    values[at] += s.values[i];
                }
                if (numerators != null && s.numerators != null && !Double.isNaN(s.numerators[i])
                        && !Double.isNaN(s.denominators[i])) {
                    numerators[at] += s.numerators[i];
                    denominators[at] += s.denominators[i];
                }
            }
        }
        int[] parents = hierarchy.parents();
        for (int u = units - 1; u > 0; u--) {
            int p = parents[u];
            if (p < 0) {
                continue;
            }
            addBlock(counts, values, numerators, denominators, u * quarters, p * quarters, quarters);
        }
        return new Sums(values, numerators, denominators, counts, multiplier);
    }

    private static void addBlock(int[] counts, double[] values, double[] numerators, double[] denominators, int from,
                                 int to, int n) {
        for (int q = 0; q < n; q++) {
            counts[to + q] += counts[from + q];
        }
        if (values != null) {
            for (int q = 0; q < n; q++) {
                values[to + q] += values[from + q];
            }
        }
        if (numerators != null) {
            for (int q = 0; q < n; q++) {
                numerators[to + q] += numerators[from + q];
                denominators[to + q] += denominators[from + q];
            }
        }
    }

    /** The first quarter (month number / 3) and how many follow it. */
    public int firstQuarter() {
        return firstQuarter;
    }

    public int quarters() {
        return quarters;
    }

    /** Cells of the subtree in the quarter (0 when the unit, the indicator or the quarter is unknown). */
    public int count(long indicatorId, int quarter, long unitId) {
        int at = at(indicatorId, quarter, unitId);
        return at < 0 ? 0 : byIndicator.get(indicatorId).counts()[at];
    }

    public double sum(long indicatorId, int quarter, long unitId) {
        return column(indicatorId, quarter, unitId, Sums::values);
    }

    public double numerator(long indicatorId, int quarter, long unitId) {
        return column(indicatorId, quarter, unitId, Sums::numerators);
    }

    public double denominator(long indicatorId, int quarter, long unitId) {
        return column(indicatorId, quarter, unitId, Sums::denominators);
    }

    /** The ratio recomputed from the summed components, NaN when the denominators sum to zero. */
    public double ratio(long indicatorId, int quarter, long unitId) {
        double d = denominator(indicatorId, quarter, unitId);
        return d == 0 || Double.isNaN(d) ? Double.NaN
                : numerator(indicatorId, quarter, unitId) / d * byIndicator.get(indicatorId).multiplier();
    }

    /** How many indicator x quarter x unit figures have at least one cell. */
    public long figures() {
        long n = 0;
        for (Sums s : byIndicator.values()) {
            n += Arrays.stream(s.counts()).filter(c -> c > 0).count();
        }
        return n;
    }

    /** The formula indicator's value for the subtree in the quarter, NaN when it has none (or was left out). */
    public double formula(long indicatorId, int quarter, long unitId) {
        double[] values = formulaValues.get(indicatorId);
        int unit = hierarchy.position(unitId);
        int q = quarter - firstQuarter;
        return values == null || unit < 0 || q < 0 || q >= quarters ? Double.NaN : values[unit * quarters + q];
    }

    /** The formula indicators that could not be computed from sums, with the reason, by code. */
    public Map<String, String> leftOut() {
        return Map.copyOf(leftOut);
    }

    /** Evaluates one formula for every unit and quarter over the rolled-up figures of its components. */
    private void computeFormula(long indicatorId, String code, FormulaBinding formulas) {
        String[] refusal = {null};
        int[] at = {0, 0};
        java.util.function.Function<Reference, Double> figure = reference -> {
            IndicatorRules component = formulas.component(reference.item());
            if (component == null || component.narrative()) {
                return null;
            }
            if (reference.hasCombination()) {
                refusal[0] = "it names option combination " + reference.text() + "; the rollup sums totals only";
                return null;
            }
            if (!ScoreCalculation.summable(component)) {
                refusal[0] = reference.item() + " is aggregated by " + component.unitAggregation() + " over units and "
                        + component.timeAggregation() + " over time, not by sums";
                return null;
            }
            int q = at[1] + reference.periodOffset();
            if (q < 0 || q >= quarters || !byIndicator.containsKey(component.id())) {
                return null;
            }
            Sums sums = byIndicator.get(component.id());
            int cell = at[0] * quarters + q;
            if (sums.counts()[cell] == 0) {
                return null;
            }
            if (!component.ratio()) {
                return sums.values()[cell];
            }
            double denominator = sums.denominators()[cell];
            return denominator == 0 ? null : sums.numerators()[cell] / denominator * sums.multiplier();
        };
        double[] values = new double[hierarchy.size() * quarters];
        for (int unit = 0; unit < hierarchy.size(); unit++) {
            for (int q = 0; q < quarters; q++) {
                at[0] = unit;
                at[1] = q;
                FormulaValue value = formulas.catalog().evaluate(code, figure::apply);
                if (refusal[0] != null) {
                    leftOut.put(code, refusal[0]);
                    return;
                }
                values[unit * quarters + q] = value.hasValue() ? value.value() : Double.NaN;
            }
        }
        formulaValues.put(indicatorId, values);
    }

    private double column(long indicatorId, int quarter, long unitId, java.util.function.Function<Sums, double[]> column) {
        int at = at(indicatorId, quarter, unitId);
        double[] values = at < 0 ? null : column.apply(byIndicator.get(indicatorId));
        return values == null ? Double.NaN : values[at];
    }

    private int at(long indicatorId, int quarter, long unitId) {
        int unit = hierarchy.position(unitId);
        int q = quarter - firstQuarter;
        if (unit < 0 || q < 0 || q >= quarters || !byIndicator.containsKey(indicatorId)) {
            return -1;
        }
        return unit * quarters + q;
    }
}
