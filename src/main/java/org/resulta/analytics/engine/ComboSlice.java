package org.resulta.analytics.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One option combination of disaggregated indicators, cut out of a store as a store of its own: the cells of that
 * combination become the totals of the slice, every other combination is left out. A {@link ScoreCalculation} over
 * the slice therefore scores the combination by exactly the rules it scores totals by (time rule, unit rule, targets
 * from the unit, its sub-periods or its sub-units).
 * <p>
 * The slice shares the tree and the period and combination numbering of its source and copies only the series of
 * the indicators asked for within a range of positions (one subtree), so it costs what those series hold.
 */
public final class ComboSlice {

    private ComboSlice() {
    }

    /**
     * The cells of one combination for the given indicators and positions {@code [from, to)}.
     *
     * @param comboId the combination's database id; a combination the store has never seen gives an empty slice
     */
    public static ValueStore of(ValueStore source, long comboId, Collection<Long> indicatorIds, int from, int to) {
        Map<Long, Long> combos = new HashMap<>();
        indicatorIds.forEach(id -> combos.put(id, comboId));
        return of(source, combos, from, to);
    }

    /**
     * The cells of one combination of each indicator, which may be a different combination of each: indicators with
     * different disaggregations share a combination's code (F in "sex" and in "sex and age group") but not its id. A
     * formula indicator's slice holds its components' cells of the same code, so that the formula, evaluated over
     * the slice, computes the combination from its components' values for that combination.
     *
     * @param comboByIndicator the combination's database id for each indicator id
     */
    public static ValueStore of(ValueStore source, Map<Long, Long> comboByIndicator, int from, int to) {
        source.version();
        ValueStore.State state = source.state();
        ValueStore slice = new ValueStore(state.hierarchy(), source.periods(), source.combos());
        Map<Long, Series[]> actuals = new HashMap<>();
        Map<Long, Series[]> targets = new HashMap<>();
        int size = state.hierarchy().size();
        int start = Math.max(0, from);
        int end = Math.min(size, to);
        for (Map.Entry<Long, Long> entry : comboByIndicator.entrySet()) {
            long id = entry.getKey();
            ValueStore.IndicatorData data = state.indicator(id);
            int combo = source.combos().index(entry.getValue());
            if (data == null || combo < 0) {
                continue;
            }
            Series[] a = new Series[size];
            Series[] t = new Series[size];
            for (int p = start; p < end; p++) {
                a[p] = only(data.actuals[p], combo);
                t[p] = only(data.targets[p], combo);
            }
            actuals.put(id, a);
            targets.put(id, t);
        }
        slice.install(actuals, targets);
        return slice;
    }

    /** The cells of the series with the combination, relabelled as totals; null when there are none. */
    static Series only(Series series, int combo) {
        if (series == null) {
            return null;
        }
        int n = 0;
        for (int i = 0; i < series.size(); i++) {
            if (series.combo(i) == combo) {
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        Series.Builder b = new Series.Builder(n, series.values != null, series.numerators != null,
                series.types != null);
        for (int i = 0, j = 0; i < series.size(); i++) {
            if (series.combo(i) == combo) {
                b.set(j++, new Series.Cell(series.slots[i], ComboIndex.TOTAL, series.type(i), series.value(i),
                        series.numerator(i), series.denominator(i), series.upper(i)));
            }
        }
        return b.build();
    }
}
