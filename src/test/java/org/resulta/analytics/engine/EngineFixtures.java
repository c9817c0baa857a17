package org.resulta.analytics.engine;

import org.resulta.shared.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random trees and cells for property tests of the engine, all drawn from one seeded {@link Random}. */
final class EngineFixtures {

    static final long TOTAL = 1;
    /** Two combinations of a disaggregation (say female and male), ranked after the total. */
    static final long FEMALE = 7;
    static final long MALE = 8;

    private EngineFixtures() {
    }

    /** An actual as the database holds it. */
    record Row(long indicatorId, long unitId, Period period, long comboId, double value, double numerator,
               double denominator) {
    }

    /** A random forest of {@code n} units (ids 100, 101, ...) numbered in pre-order, as the hierarchy numbering does. */
    static List<Hierarchy.Node> randomTree(Random random, int n) {
        int[] parent = new int[n];
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            parent[i] = i == 0 || random.nextInt(8) == 0 ? -1 : random.nextInt(i);
            if (parent[i] >= 0) {
                children.get(parent[i]).add(i);
            }
        }
        List<Hierarchy.Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] < 0) {
                number(i, parent, children, nodes);
            }
        }
        return nodes;
    }

    private static int number(int unit, int[] parent, List<List<Integer>> children, List<Hierarchy.Node> nodes) {
        int at = nodes.size();
        nodes.add(null);
        int size = 1;
        for (int child : children.get(unit)) {
            size += number(child, parent, children, nodes);
        }
        nodes.set(at, new Hierarchy.Node(100 + unit, "U" + unit, parent[unit] < 0 ? 0 : 100 + parent[unit], at, size));
        return size;
    }

    /**
     * Random actuals of indicators 1 (a count, monthly), 2 (a ratio, monthly) and 3 (a count by sex, quarterly),
     * plus some yearly cells, over 2025 and 2026; every cell once.
     */
    static List<Row> randomActuals(Random random, List<Hierarchy.Node> units, int count) {
        List<Row> rows = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (int k = 0; k < count; k++) {
            long unit = units.get(random.nextInt(units.size())).id();
            int year = 2025 + random.nextInt(2);
            int kind = random.nextInt(10);
            Row row;
            if (kind < 4) {
                row = new Row(1, unit, Period.month(year, 1 + random.nextInt(12)), TOTAL, random.nextInt(1000), Double.NaN, Double.NaN);
            } else if (kind < 7) {
                double denominator = 1 + random.nextInt(200);
                double numerator = random.nextInt((int) denominator + 1);
                row = new Row(2, unit, Period.month(year, 1 + random.nextInt(12)), TOTAL, numerator / denominator * 100,
                        numerator, denominator);
            } else if (kind < 9) {
                row = new Row(3, unit, Period.quarter(year, 1 + random.nextInt(4)), random.nextBoolean() ? FEMALE : MALE,
                        random.nextInt(50) + random.nextInt(10) / 4.0, Double.NaN, Double.NaN);
            } else {
                row = new Row(1, unit, Period.year(year), TOTAL, random.nextInt(5000), Double.NaN, Double.NaN);
            }
            if (taken.add(row.indicatorId() + "|" + row.unitId() + "|" + row.period() + "|" + row.comboId())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** An empty store over the tree that knows the total and the two combinations. */
    static ValueStore emptyStore(List<Hierarchy.Node> units) {
        ComboIndex combos = new ComboIndex(TOTAL);
        combos.register(FEMALE, 1);
        combos.register(MALE, 2);
        ValueStore store = new ValueStore(new Hierarchy(units), new PeriodIndex(), combos);
        store.define(1, ValueStore.Kind.PLAIN);
        store.define(2, ValueStore.Kind.RATIO);
        store.define(3, ValueStore.Kind.PLAIN);
        return store;
    }

    /** A store filled by a bulk load of the rows, in the order given. */
    static ValueStore loaded(List<Hierarchy.Node> units, List<Row> rows) {
        ValueStore store = emptyStore(units);
        BulkLoad load = store.bulkLoad();
        for (Row r : rows) {
            load.actual(r.indicatorId(), r.unitId(), store.periods().slot(r.period()), r.comboId(), r.value(),
                    r.numerator(), r.denominator());
        }
        load.finish();
        return store;
    }
}
