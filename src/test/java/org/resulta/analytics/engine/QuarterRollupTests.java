package org.resulta.analytics.engine;

import org.junit.jupiter.api.Test;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TrafficLightPolicy;
import org.resulta.measurement.calculation.formula.FormulaCatalog;
import org.resulta.measurement.calculation.formula.IndicatorFormula;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;
import org.resulta.shared.RandomCases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

    /**
     * A formula indicator in the rollup is the formula of its components' rolled-up figures, for every unit and
     * quarter: exactly what the scorecard computes for that unit and quarter (a ratio of sums), including a
     * component read a quarter earlier.
     */
    @Test
    void computesFormulaIndicatorsAsTheScorecardDoesFromTheRolledUpComponents() {
        Map<String, IndicatorFormula> formulas = new LinkedHashMap<>();
        formulas.put("RATE", IndicatorFormula.ratio("#{ONE}", "#{THREE}", 1000));
        formulas.put("GROWTH", IndicatorFormula.expression("#{ONE} - #{ONE}.periodOffset(-1)"));
        FormulaBinding binding = new FormulaBinding(FormulaCatalog.of(formulas, Optional::of),
                Map.of(20L, "RATE", 21L, "GROWTH"), Map.of("ONE", count(1), "THREE", count(3)), Map.of());
        RandomCases.check(20, (random, n) -> {
            List<Hierarchy.Node> units = EngineFixtures.randomTree(random, 1 + random.nextInt(30));
            ValueStore store = EngineFixtures.loaded(units, EngineFixtures.randomActuals(random, units, random.nextInt(500)));
            QuarterRollup rollup = QuarterRollup.of(store, PER_HUNDRED, 1 + random.nextInt(2), binding);
            ScoreCalculation scorecard = new ScoreCalculation(store, new TrafficLightPolicy(90, 75, 130),
                    LocalDate.of(2027, 6, 30), binding);
            assertThat(rollup.leftOut()).isEmpty();
            for (Hierarchy.Node unit : units) {
                for (int quarter = 2025 * 4; quarter < 2027 * 4; quarter++) {
                    Period period = Period.quarter(quarter / 4, quarter % 4 + 1);
                    for (long formula : new long[]{20, 21}) {
                        Double expected = scorecard.score(unit.id(), computed(formula), period, true).actual().value();
                        double figure = rollup.formula(formula, quarter, unit.id());
                        String where = unit.code() + " " + period + " " + formula;
                        if (expected == null) {
                            assertThat(figure).as(where).isNaN();
                        } else {
                            assertThat(figure).as(where).isCloseTo(expected, within(1e-6));
                        }
                    }
                }
            }
        });
    }

    @Test
    void leavesOutAFormulaItCannotComputeFromSumsSayingWhy() {
        Map<String, IndicatorFormula> formulas = new LinkedHashMap<>();
        formulas.put("FEMALE", IndicatorFormula.expression("#{ONE.F}"));
        formulas.put("MEAN-BASED", IndicatorFormula.expression("#{AVERAGED} * 2"));
        IndicatorRules averaged = new IndicatorRules(3, PeriodType.QUARTERLY, AggregationMethod.AVERAGE,
                AggregationMethod.AVERAGE, 1, false, false, Direction.INCREASE, AchievementMethod.RATIO, null);
        FormulaBinding binding = new FormulaBinding(FormulaCatalog.of(formulas, Optional::of),
                Map.of(20L, "FEMALE", 21L, "MEAN-BASED"), Map.of("ONE", count(1), "AVERAGED", averaged),
                Map.of("ONE.F", EngineFixtures.FEMALE));
        List<Hierarchy.Node> units = List.of(new Hierarchy.Node(100, "ROOT", 0, 0, 1));
        QuarterRollup rollup = QuarterRollup.of(EngineFixtures.loaded(units, List.of(
                new EngineFixtures.Row(1, 100, Period.month(2026, 2), EngineFixtures.FEMALE, 7, Double.NaN, Double.NaN),
                new EngineFixtures.Row(3, 100, Period.quarter(2026, 1), EngineFixtures.TOTAL, 5, Double.NaN, Double.NaN))),
                Map.of(), 1, binding);

        assertThat(rollup.leftOut()).containsOnlyKeys("FEMALE", "MEAN-BASED");
        assertThat(rollup.leftOut().get("FEMALE")).contains("#{ONE.F}");
        assertThat(rollup.leftOut().get("MEAN-BASED")).contains("AVERAGED", "AVERAGE");
        assertThat(rollup.formula(20, 2026 * 4, 100)).isNaN();
        assertThat(rollup.formula(21, 2026 * 4, 100)).isNaN();
        assertThat(rollup.sum(3, 2026 * 4, 100)).isEqualTo(5.0);
    }

    private static IndicatorRules count(long id) {
        return new IndicatorRules(id, id == 1 ? PeriodType.MONTHLY : PeriodType.QUARTERLY, AggregationMethod.SUM,
                AggregationMethod.SUM, 1, false, false, Direction.INCREASE, AchievementMethod.RATIO, null);
    }

    private static IndicatorRules computed(long id) {
        return new IndicatorRules(id, PeriodType.QUARTERLY, AggregationMethod.RATIO_RECOMPUTE,
                AggregationMethod.RATIO_RECOMPUTE, 1000, true, false, Direction.INCREASE, AchievementMethod.RATIO, null);
    }
}
