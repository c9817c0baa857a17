package org.resulta.analytics.engine;

/**
 * The cells of one indicator for one unit, as parallel primitive columns sorted by the period's first month and
 * then the option combination's rank: period slot and combination index (2 bytes each; the combination column is
 * left out while every cell is the total), and the numbers. An actual has a value, or a numerator and a
 * denominator for a ratio; a target has a type, a value and, for a range, an upper bound. Absent numbers are NaN,
 * absent columns null. Immutable: a saved cell makes a new series (copy on write), so readers never lock.
 */
final class Series {

    static final int NO_TYPE = -1;

    final short[] slots;
    final short[] combos;
    final byte[] types;
    final double[] values;
    final double[] numerators;
    final double[] denominators;
    final double[] uppers;

    Series(short[] slots, short[] combos, byte[] types, double[] values, double[] numerators, double[] denominators,
           double[] uppers) {
        this.slots = slots;
        this.combos = combos;
        this.types = types;
        this.values = values;
        this.numerators = numerators;
        this.denominators = denominators;
        this.uppers = uppers;
    }

    int size() {
        return slots.length;
    }

    int combo(int i) {
        return combos == null ? ComboIndex.TOTAL : combos[i];
    }

    double value(int i) {
        return values == null ? Double.NaN : values[i];
    }

    double numerator(int i) {
        return numerators == null ? Double.NaN : numerators[i];
    }

    double denominator(int i) {
        return denominators == null ? Double.NaN : denominators[i];
    }

    double upper(int i) {
        return uppers == null ? Double.NaN : uppers[i];
    }

    int type(int i) {
        return types == null ? NO_TYPE : types[i];
    }

    /** The index of the cell for the period slot and combination, or -1. */
    int find(int slot, int combo) {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == slot && combo(i) == combo) {
                return i;
            }
        }
        return -1;
    }

    long bytes() {
        return Footprint.object(7 * Footprint.REFERENCE) + Footprint.array(slots.length, 2)
                + (combos == null ? 0 : Footprint.array(combos.length, 2))
                + (types == null ? 0 : Footprint.array(types.length, 1))
                + doubles(values) + doubles(numerators) + doubles(denominators) + doubles(uppers);
    }

    private static long doubles(double[] column) {
        return column == null ? 0 : Footprint.array(column.length, 8);
    }

    /**
     * This series with one cell set: replaced when the period and combination are there, otherwise inserted at
     * its place in the order.
     */
    Series with(Cell cell, PeriodIndex periods, ComboIndex comboIndex) {
        int at = find(cell.slot(), cell.combo());
        int n = size();
        boolean insert = at < 0;
        if (insert) {
            long key = order(periods.firstMonth(cell.slot()), comboIndex.rank(cell.combo()), 0);
            at = 0;
            while (at < n && order(periods.firstMonth(slots[at]), comboIndex.rank(combo(at)), 0) <= key) {
                at++;
            }
        }
        Builder b = new Builder(insert ? n + 1 : n, values != null || !Double.isNaN(cell.value()),
                numerators != null || cell.hasComponents(), types != null || cell.type() != NO_TYPE);
        for (int i = 0, j = 0; j < b.capacity; j++) {
            if (j == at) {
                b.set(j, cell);
                if (!insert) {
                    i++;
                }
            } else {
                b.set(j, new Cell(slots[i], combo(i), type(i), value(i), numerator(i), denominator(i), upper(i)));
                i++;
            }
        }
        return b.build();
    }

    /** Sort key: first month, then combination rank, then arrival (so that equal keys keep their order). */
    static long order(int firstMonth, int rank, int arrival) {
        return ((long) firstMonth << 40) | ((long) rank << 24) | arrival;
    }

    /** One cell to store. {@code type} is a target's {@code TargetType} ordinal, or {@link #NO_TYPE} for an actual. */
    record Cell(int slot, int combo, int type, double value, double numerator, double denominator, double upper) {

        boolean hasComponents() {
            return !Double.isNaN(numerator) || !Double.isNaN(denominator);
        }
    }

    /** Fills the columns of a series of known size; columns that stay empty are left out. */
    static final class Builder {
        private final int capacity;
        private final short[] slots;
        private final short[] combos;
        private final byte[] types;
        private final double[] values;
        private final double[] numerators;
        private final double[] denominators;
        private final double[] uppers;
        private boolean anyCombo;
        private boolean anyUpper;

        Builder(int capacity, boolean withValues, boolean withComponents, boolean withTypes) {
            this.capacity = capacity;
            slots = new short[capacity];
            combos = new short[capacity];
            types = withTypes ? new byte[capacity] : null;
            values = withValues ? new double[capacity] : null;
            numerators = withComponents ? new double[capacity] : null;
            denominators = withComponents ? new double[capacity] : null;
            uppers = withTypes ? new double[capacity] : null;
        }

        void set(int i, Cell cell) {
            slots[i] = (short) cell.slot();
            combos[i] = (short) cell.combo();
            anyCombo |= cell.combo() != ComboIndex.TOTAL;
            if (types != null) {
                types[i] = (byte) cell.type();
                uppers[i] = cell.upper();
                anyUpper |= !Double.isNaN(cell.upper());
            }
            if (values != null) {
                values[i] = cell.value();
            }
            if (numerators != null) {
                numerators[i] = cell.numerator();
                denominators[i] = cell.denominator();
            }
        }

        Series build() {
            return new Series(slots, anyCombo ? combos : null, types, values, numerators, denominators,
                    anyUpper ? uppers : null);
        }
    }

    static Series single(Cell cell) {
        Builder b = new Builder(1, !Double.isNaN(cell.value()), cell.hasComponents(), cell.type() != NO_TYPE);
        b.set(0, cell);
        return b.build();
    }
}
