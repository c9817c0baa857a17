package org.resulta.analytics.engine;

import org.resulta.measurement.calculation.TargetType;
import org.resulta.shared.Period;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Actuals and targets of every indicator for every unit, held as {@link Series} of primitive columns in arrays
 * indexed by the unit's pre-order position: the cells of a subtree are the series of a range of positions.
 * <p>
 * Reads never lock: a query takes the current {@link State} once and reads through it. Writes (a saved actual or
 * target, a renumbered tree) are serialised on the store and replace whole series or, for a new tree, the whole
 * state; the volatile {@link #version()} published after every write makes them visible to the next query.
 */
public final class ValueStore {

    /** Which numbers an indicator's actuals keep: the value, the numerator and denominator of a ratio, or both. */
    public enum Kind {
        PLAIN, RATIO, BOTH
    }

    private final PeriodIndex periods;
    private final ComboIndex combos;
    private volatile State state;
    private volatile long version;

    public ValueStore(Hierarchy hierarchy, PeriodIndex periods, ComboIndex combos) {
        this.periods = periods;
        this.combos = combos;
        this.state = new State(hierarchy, Map.of(), new IndicatorData[0]);
    }

    /** Everything a query reads, as of one moment. */
    record State(Hierarchy hierarchy, Map<Long, Integer> indicatorIndexes, IndicatorData[] indicators) {

        IndicatorData indicator(long indicatorId) {
            Integer i = indicatorIndexes.get(indicatorId);
            return i == null ? null : indicators[i];
        }
    }

    /** One indicator's series, by unit position. */
    static final class IndicatorData {
        final long id;
        final Kind kind;
        final Series[] actuals;
        final Series[] targets;

        IndicatorData(long id, Kind kind, int units) {
            this(id, kind, new Series[units], new Series[units]);
        }

        IndicatorData(long id, Kind kind, Series[] actuals, Series[] targets) {
            this.id = id;
            this.kind = kind;
            this.actuals = actuals;
            this.targets = targets;
        }
    }

    public PeriodIndex periods() {
        return periods;
    }

    public ComboIndex combos() {
        return combos;
    }

    public Hierarchy hierarchy() {
        return state.hierarchy();
    }

    State state() {
        return state;
    }

    /** Raised by every write; reading it first makes every earlier write visible. */
    public long version() {
        return version;
    }

    /** Declares an indicator and which numbers its actuals keep; an indicator seen first in a cell is declared then. */
    public synchronized void define(long indicatorId, Kind kind) {
        indexOf(indicatorId, kind);
    }

    /** The indicator's series, declared first when new (the index is taken before the state it indexes). */
    private IndicatorData indicatorData(long indicatorId, Kind kind) {
        int index = indexOf(indicatorId, kind);
        return state.indicators()[index];
    }

    private int indexOf(long indicatorId, Kind kind) {
        State s = state;
        Integer known = s.indicatorIndexes().get(indicatorId);
        if (known != null) {
            return known;
        }
        int index = s.indicators().length;
        IndicatorData[] indicators = Arrays.copyOf(s.indicators(), index + 1);
        indicators[index] = new IndicatorData(indicatorId, kind, s.hierarchy().size());
        Map<Long, Integer> indexes = new HashMap<>(s.indicatorIndexes());
        indexes.put(indicatorId, index);
        state = new State(s.hierarchy(), Map.copyOf(indexes), indicators);
        return index;
    }

    /**
     * Sets an actual. False when the unit or the option combination is not known to the store yet: renumber or
     * register it, then set it again.
     */
    public synchronized boolean putActual(long indicatorId, long unitId, Period period, long comboId, double value,
                                          double numerator, double denominator) {
        boolean ratio = !Double.isNaN(numerator) || !Double.isNaN(denominator);
        IndicatorData data = indicatorData(indicatorId, ratio ? Kind.RATIO : Kind.PLAIN);
        Series.Cell cell = actualCell(data.kind, periods.slot(period), combos.index(comboId), value, numerator,
                denominator);
        return put(data.actuals, unitId, cell);
    }

    /**
     * Sets a target; false as for {@link #putActual}. A narrative target has no value (NaN). An indicator first
     * seen here keeps both kinds of numbers, since a target does not tell whether its actuals will be ratios.
     */
    public synchronized boolean putTarget(long indicatorId, long unitId, Period period, long comboId, TargetType type,
                                          double value, double upper) {
        IndicatorData data = indicatorData(indicatorId, Kind.BOTH);
        return put(data.targets, unitId, new Series.Cell(periods.slot(period), combos.index(comboId), type.ordinal(),
                value, Double.NaN, Double.NaN, upper));
    }

    private boolean put(Series[] byUnit, long unitId, Series.Cell cell) {
        int position = state.hierarchy().position(unitId);
        if (position < 0 || cell.combo() < 0) {
            return false;
        }
        Series current = byUnit[position];
        byUnit[position] = current == null ? Series.single(cell) : current.with(cell, periods, combos);
        version++;
        return true;
    }

    static Series.Cell actualCell(Kind kind, int slot, int combo, double value, double numerator, double denominator) {
        return switch (kind) {
            case PLAIN -> new Series.Cell(slot, combo, Series.NO_TYPE, value, Double.NaN, Double.NaN, Double.NaN);
            case RATIO -> new Series.Cell(slot, combo, Series.NO_TYPE, Double.NaN, numerator, denominator, Double.NaN);
            case BOTH -> new Series.Cell(slot, combo, Series.NO_TYPE, value, numerator, denominator, Double.NaN);
        };
    }

    /** Moves every series to its unit's position in a renumbered tree; units no longer in it are dropped. */
    public synchronized void renumber(Hierarchy next) {
        State s = state;
        Hierarchy before = s.hierarchy();
        int[] moved = new int[before.size()];
        for (int p = 0; p < moved.length; p++) {
            moved[p] = next.position(before.id(p));
        }
        IndicatorData[] indicators = new IndicatorData[s.indicators().length];
        for (int i = 0; i < indicators.length; i++) {
            IndicatorData old = s.indicators()[i];
            IndicatorData renumbered = new IndicatorData(old.id, old.kind, next.size());
            for (int p = 0; p < moved.length; p++) {
                if (moved[p] >= 0) {
                    renumbered.actuals[moved[p]] = old.actuals[p];
                    renumbered.targets[moved[p]] = old.targets[p];
                }
            }
            indicators[i] = renumbered;
        }
        state = new State(next, s.indicatorIndexes(), indicators);
        version++;
    }

    /** Stored cells, actuals and targets. */
    public long cellCount() {
        long n = 0;
        for (IndicatorData d : state.indicators()) {
            for (int p = 0; p < d.actuals.length; p++) {
                n += (d.actuals[p] == null ? 0 : d.actuals[p].size()) + (d.targets[p] == null ? 0 : d.targets[p].size());
            }
        }
        return n;
    }

    /** Heap bytes of everything the store holds (series, indexes, the tree), by the layout of {@link Footprint}. */
    public long bytes() {
        State s = state;
        long bytes = s.hierarchy().bytes();
        for (IndicatorData d : s.indicators()) {
            bytes += Footprint.object(32) + 2 * Footprint.array(d.actuals.length, Footprint.REFERENCE);
            for (int p = 0; p < d.actuals.length; p++) {
                bytes += (d.actuals[p] == null ? 0 : d.actuals[p].bytes()) + (d.targets[p] == null ? 0 : d.targets[p].bytes());
            }
        }
        return bytes;
    }

    /** A bulk load into this store; see {@link BulkLoad}. */
    public BulkLoad bulkLoad() {
        return new BulkLoad(this);
    }

    /** Installs series built by a bulk load (called once, before the store is shared). */
    synchronized void install(Map<Long, Series[]> actuals, Map<Long, Series[]> targets) {
        for (Map.Entry<Long, Series[]> e : actuals.entrySet()) {
            IndicatorData data = indicatorData(e.getKey(), Kind.PLAIN);
            System.arraycopy(e.getValue(), 0, data.actuals, 0, data.actuals.length);
        }
        for (Map.Entry<Long, Series[]> e : targets.entrySet()) {
            IndicatorData data = indicatorData(e.getKey(), Kind.PLAIN);
            System.arraycopy(e.getValue(), 0, data.targets, 0, data.targets.length);
        }
        version++;
    }

    Kind kindOf(long indicatorId) {
        IndicatorData d = state.indicator(indicatorId);
        return d == null ? null : d.kind;
    }
}
