package org.resulta.analytics.engine;

import org.resulta.measurement.calculation.TargetType;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Fills a {@link ValueStore} from a stream of rows in any order with memory bounded by the rows themselves:
 * each row goes into growing primitive columns (about 30 bytes a row, no object per row); {@link #finish()}
 * groups them by indicator and unit with two counting sorts, orders each series by period and combination, and
 * installs the series. Rows of units or combinations the store does not know are skipped and counted.
 */
public final class BulkLoad {

    private final ValueStore store;
    private final Rows actuals = new Rows(false);
    private final Rows targets = new Rows(true);
    private final Map<Long, Integer> indicatorIndexes = new HashMap<>();
    private long[] indicatorIds = new long[16];
    private long skipped;

    BulkLoad(ValueStore store) {
        this.store = store;
    }

    /** Adds an actual; {@code slot} is from the store's {@link PeriodIndex}. False when skipped. */
    public boolean actual(long indicatorId, long unitId, int slot, long comboId, double value, double numerator,
                          double denominator) {
        return actuals.add(this, indicatorId, unitId, slot, comboId, Series.NO_TYPE, value, numerator, denominator);
    }

    /** Adds a target; a narrative target has no value (NaN). False when skipped. */
    public boolean target(long indicatorId, long unitId, int slot, long comboId, TargetType type, double value,
                          double upper) {
        return targets.add(this, indicatorId, unitId, slot, comboId, type.ordinal(), value, Double.NaN, upper);
    }

    public long rows() {
        return actuals.size + targets.size;
    }

    public long skipped() {
        return skipped;
    }

    /** Bytes the row columns hold now (they are dropped by {@link #finish()}). */
    public long bufferBytes() {
        return actuals.bytes() + targets.bytes();
    }

    /** Builds and installs the series; the load cannot be used afterwards. */
    public void finish() {
        Map<Long, Series[]> actualSeries = actuals.build(this, false);
        Map<Long, Series[]> targetSeries = targets.build(this, true);
        store.install(actualSeries, targetSeries);
    }

    private int indicatorIndex(long indicatorId) {
        Integer known = indicatorIndexes.get(indicatorId);
        if (known != null) {
            return known;
        }
        int index = indicatorIndexes.size();
        if (store.kindOf(indicatorId) == null) {
            store.define(indicatorId, ValueStore.Kind.BOTH);
        }
        indicatorIndexes.put(indicatorId, index);
        if (index == indicatorIds.length) {
            indicatorIds = Arrays.copyOf(indicatorIds, index * 2);
        }
        indicatorIds[index] = indicatorId;
        return index;
    }

    /** Growing columns of rows. */
    private static final class Rows {
        private final boolean typed;
        int size;
        int[] indicators = new int[1024];
        int[] units = new int[1024];
        short[] slots = new short[1024];
        short[] combos = new short[1024];
        byte[] types;
        double[] first = new double[1024];
        double[] second = new double[1024];
        double[] third = new double[1024];

        Rows(boolean typed) {
            this.typed = typed;
            types = typed ? new byte[1024] : null;
        }

        boolean add(BulkLoad load, long indicatorId, long unitId, int slot, long comboId, int type, double a, double b,
                    double c) {
            int unit = load.store.hierarchy().position(unitId);
            int combo = load.store.combos().index(comboId);
            if (unit < 0 || combo < 0) {
                load.skipped++;
                return false;
            }
            if (size == units.length) {
                grow();
            }
            indicators[size] = load.indicatorIndex(indicatorId);
            units[size] = unit;
            slots[size] = (short) slot;
            combos[size] = (short) combo;
            if (typed) {
                types[size] = (byte) type;
            }
            first[size] = a;
            second[size] = b;
            third[size] = c;
            size++;
            return true;
        }

        private void grow() {
            int n = size + (size >> 1);
            indicators = Arrays.copyOf(indicators, n);
            units = Arrays.copyOf(units, n);
            slots = Arrays.copyOf(slots, n);
            combos = Arrays.copyOf(combos, n);
            if (typed) {
                types = Arrays.copyOf(types, n);
            }
            first = Arrays.copyOf(first, n);
            second = Arrays.copyOf(second, n);
            third = Arrays.copyOf(third, n);
        }

        long bytes() {
            return (long) units.length * (4 + 4 + 2 + 2 + 24 + (typed ? 1 : 0));
        }

        /** Counting sort by indicator, then by unit within each indicator; each unit's rows become one series. */
        Map<Long, Series[]> build(BulkLoad load, boolean target) {
            int indicatorCount = load.indicatorIndexes.size();
            int unitCount = load.store.hierarchy().size();
            int[] byIndicator = countingOrder(indicators, size, indicatorCount);
            int[] start = new int[indicatorCount + 1];
            for (int r = 0; r < size; r++) {
                start[indicators[r] + 1]++;
            }
            for (int i = 0; i < indicatorCount; i++) {
                start[i + 1] += start[i];
            }
            Map<Long, Series[]> result = new HashMap<>();
            int[] unitStart = new int[unitCount + 1];
            for (int i = 0; i < indicatorCount; i++) {
                long indicatorId = load.indicatorIds[i];
                ValueStore.Kind kind = load.store.kindOf(indicatorId);
                int from = start[i];
                int to = start[i + 1];
                Arrays.fill(unitStart, 0);
                for (int k = from; k < to; k++) {
                    unitStart[units[byIndicator[k]] + 1]++;
                }
                for (int u = 0; u < unitCount; u++) {
                    unitStart[u + 1] += unitStart[u];
                }
                int[] cursor = Arrays.copyOf(unitStart, unitCount);
                int[] rows = new int[to - from];
                for (int k = from; k < to; k++) {
                    int r = byIndicator[k];
                    rows[cursor[units[r]]++] = r;
                }
                Series[] series = new Series[unitCount];
                for (int u = 0; u < unitCount; u++) {
                    if (unitStart[u + 1] > unitStart[u]) {
                        series[u] = series(load, rows, unitStart[u], unitStart[u + 1], kind, target);
                    }
                }
                result.put(indicatorId, series);
            }
            indicators = null;
            units = null;
            return result;
        }

        /** Row numbers ordered by {@code key} (stable), by counting. */
        private static int[] countingOrder(int[] key, int n, int keys) {
            int[] start = new int[keys + 1];
            for (int r = 0; r < n; r++) {
                start[key[r] + 1]++;
            }
            for (int k = 0; k < keys; k++) {
                start[k + 1] += start[k];
            }
            int[] order = new int[n];
            for (int r = 0; r < n; r++) {
                order[start[key[r]]++] = r;
            }
            return order;
        }

        /** One unit's rows in period and combination order; of two rows for one cell the later wins. */
        private Series series(BulkLoad load, int[] rows, int from, int to, ValueStore.Kind kind, boolean target) {
            PeriodIndex periods = load.store.periods();
            ComboIndex comboIndex = load.store.combos();
            int n = to - from;
            long[] keys = new long[n];
            boolean sorted = true;
            for (int k = 0; k < n; k++) {
                int r = rows[from + k];
                keys[k] = Series.order(periods.firstMonth(slots[r]), comboIndex.rank(combos[r]), k);
                sorted &= k == 0 || keys[k] > keys[k - 1];
            }
            if (!sorted) {
                Arrays.sort(keys);
            }
            int kept = n;
            for (int k = 0; k + 1 < n; k++) {
                int r = rows[from + (int) (keys[k] & 0xFFFFFF)];
                int next = rows[from + (int) (keys[k + 1] & 0xFFFFFF)];
                if (slots[r] == slots[next] && combos[r] == combos[next]) {
                    keys[k] = -1;
                    kept--;
                }
            }
            Series.Cell[] cells = new Series.Cell[kept];
            boolean values = false;
            boolean components = false;
            for (int k = 0, j = 0; k < n; k++) {
                if (keys[k] < 0) {
                    continue;
                }
                int r = rows[from + (int) (keys[k] & 0xFFFFFF)];
                Series.Cell cell = target
                        ? new Series.Cell(slots[r], combos[r], types[r], first[r], Double.NaN, Double.NaN, third[r])
                        : ValueStore.actualCell(kind, slots[r], combos[r], first[r], second[r], third[r]);
                values |= !Double.isNaN(cell.value());
                components |= cell.hasComponents();
                cells[j++] = cell;
            }
            Series.Builder b = new Series.Builder(kept, values || kind == ValueStore.Kind.PLAIN, components, target);
            for (int j = 0; j < kept; j++) {
                b.set(j, cells[j]);
            }
            return b.build();
        }
    }
}
