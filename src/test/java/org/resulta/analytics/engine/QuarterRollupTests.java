package org.resulta.analytics.engine;

import org.junit.jupiter.api.Test;
import org.resulta.shared.Period;
import org.resulta.shared.RandomCases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuarterRollupTests {

    private static final Map<Long, Double> PER_HUNDRED = Map.of(2L, 100.0);

    @Test
    void sumsEachSubtreeInEachQuarterLikeANaiveScanOfTheRows() {
        RandomCases.check(40, (random, n) -> {
            List<Hierarchy.Node> units = EngineFixtures.randomTree(random, 1 + random.nextInt(60));
            List<EngineFixtures.Row> rows = EngineFixtures.randomActuals(random, units, random.nextInt(800));
            List<EngineFixtures.Row> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, random);

            QuarterRollup rollup = QuarterRollup.of(EngineFixtures.loaded(units, shuffled), PER_HUNDRED, 1 + random.nextInt(2));

            for (Hierarchy.Node unit : units) {
                for (long indicator = 1; indicator <= 3; indicator++) {
                    for (int quarter = 2025 * 4; quarter < 2027 * 4; quarter++) {
                        assertFigure(rollup, rows, units, unit, indicator, quarter);
                    }
                }
            }
        });
    }

    private static void assertFigure(QuarterRollup rollup, List<EngineFixtures.Row> rows, List<Hierarchy.Node> units,
                                     Hierarchy.Node unit, long indicator, int quarter) {
        int count = 0;
        double sum = 0;
        double numerator = 0;
        double denominator = 0;
        for (EngineFixtures.Row r : rows) {
            Hierarchy.Node at = units.stream().filter(u -> u.id() == r.unitId()).findFirst().orElseThrow();
            boolean inSubtree = at.preOrder() >= unit.preOrder() && at.preOrder() < unit.preOrder() + unit.subtreeSize();
            Period p = r.period();
            boolean inQuarter = p.start().getYear() * 4 + (p.start().getMonthValue() - 1) / 3 == quarter
                    && p.end().getYear() * 4 + (p.end().getMonthValue() - 1) / 3 == quarter;
            if (r.indicatorId() == indicator && inSubtree && inQuarter) {
                count++;
                sum += r.value();
                numerator += Double.isNaN(r.numerator()) ? 0 : r.numerator();
                denominator += Double.isNaN(r.denominator()) ? 0 : r.denominator();
            }
        }
        String where = "indicator " + indicator + ", quarter " + quarter + ", unit " + unit.code();
        assertThat(rollup.count(indicator, quarter, unit.id())).as(where).isEqualTo(count);
        if (count == 0) {
            return;
        }
        if (indicator == 2) {
            assertThat(rollup.numerator(indicator, quarter, unit.id())).as(where).isCloseTo(numerator, within(1e-6));
            assertThat(rollup.denominator(indicator, quarter, unit.id())).as(where).isCloseTo(denominator, within(1e-6));
            if (denominator > 0) {
                assertThat(rollup.ratio(indicator, quarter, unit.id())).as(where)
                        .isCloseTo(numerator / denominator * 100, within(1e-9));
            }
        } else {
            assertThat(rollup.sum(indicator, quarter, unit.id())).as(where).isCloseTo(sum, within(1e-6));
        }
    }

    @Test
    void leavesYearlyCellsOutOfEveryQuarter() {
        List<Hierarchy.Node> units = List.of(new Hierarchy.Node(100, "ROOT", 0, 0, 1));
        QuarterRollup rollup = QuarterRollup.of(EngineFixtures.loaded(units, List.of(
                new EngineFixtures.Row(1, 100, Period.year(2026), EngineFixtures.TOTAL, 500, Double.NaN, Double.NaN),
                new EngineFixtures.Row(1, 100, Period.month(2026, 2), EngineFixtures.TOTAL, 7, Double.NaN, Double.NaN))),
                Map.of(), 1);

        assertThat(rollup.sum(1, 2026 * 4, 100)).isEqualTo(7.0);
        assertThat(rollup.count(1, 2026 * 4, 100)).isEqualTo(1);
        assertThat(rollup.figures()).isEqualTo(1);
    }
}
