package org.resulta.analytics.engine;

import org.junit.jupiter.api.Test;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.measurement.calculation.TrafficLightPolicy;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;
import org.resulta.shared.RandomCases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValueStoreTests {

    private static final TrafficLightPolicy POLICY = new TrafficLightPolicy(90, 75, 130);
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 15);
    private static final List<IndicatorRules> RULES = List.of(
            rules(1, PeriodType.MONTHLY, AggregationMethod.SUM, AggregationMethod.SUM, false),
            rules(2, PeriodType.MONTHLY, AggregationMethod.RATIO_RECOMPUTE, AggregationMethod.RATIO_RECOMPUTE, true),
            rules(3, PeriodType.QUARTERLY, AggregationMethod.LAST, AggregationMethod.SUM, false));

    private static IndicatorRules rules(long id, PeriodType frequency, AggregationMethod time, AggregationMethod units,
                                        boolean ratio) {
        return new IndicatorRules(id, frequency, time, units, ratio ? 100 : 1, ratio, false, Direction.INCREASE,
                AchievementMethod.RATIO, null);
    }

    @Test
    void scoresTheSameWhetherLoadedInBulkOrSavedOneByOne() {
        RandomCases.check(25, (random, n) -> {
            List<Hierarchy.Node> units = EngineFixtures.randomTree(random, 1 + random.nextInt(40));
            List<EngineFixtures.Row> rows = EngineFixtures.randomActuals(random, units, random.nextInt(400));
            ValueStore bulk = EngineFixtures.loaded(units, rows);
            ValueStore saved = EngineFixtures.emptyStore(units);
            List<EngineFixtures.Row> order = new ArrayList<>(rows);
            Collections.shuffle(order, random);
            for (EngineFixtures.Row r : order) {
                // a first, wrong figure overwritten by the right one, as a correction would be
                saved.putActual(r.indicatorId(), r.unitId(), r.period(), r.comboId(), -1, -1, -1);
                saved.putActual(r.indicatorId(), r.unitId(), r.period(), r.comboId(), r.value(), r.numerator(), r.denominator());
            }
            for (Hierarchy.Node unit : units) {
                if (random.nextInt(5) == 0) {
                    long indicator = 1 + random.nextInt(3);
                    Period period = indicator == 3 ? Period.quarter(2026, 1 + random.nextInt(4)) : Period.month(2026, 1 + random.nextInt(12));
                    bulk.putTarget(indicator, unit.id(), period, EngineFixtures.TOTAL, TargetType.EXACT, 50, Double.NaN);
                    saved.putTarget(indicator, unit.id(), period, EngineFixtures.TOTAL, TargetType.EXACT, 50, Double.NaN);
                }
            }
            assertSameScores(units, bulk, saved);
        });
    }

    @Test
    void movesEverySeriesWithItsUnitWhenTheTreeIsRenumbered() {
        RandomCases.check(20, (random, n) -> {
            List<Hierarchy.Node> before = EngineFixtures.randomTree(random, 2 + random.nextInt(30));
            List<Hierarchy.Node> after = EngineFixtures.randomTree(random, before.size());
            List<EngineFixtures.Row> rows = EngineFixtures.randomActuals(random, before, random.nextInt(300));
            ValueStore renumbered = EngineFixtures.loaded(before, rows);

            renumbered.renumber(new Hierarchy(after));

            assertSameScores(after, EngineFixtures.loaded(after, rows), renumbered);
        });
    }

    private static void assertSameScores(List<Hierarchy.Node> units, ValueStore expected, ValueStore actual) {
        ScoreCalculation left = new ScoreCalculation(expected, POLICY, TODAY);
        ScoreCalculation right = new ScoreCalculation(actual, POLICY, TODAY);
        for (Hierarchy.Node unit : units) {
            for (IndicatorRules indicator : RULES) {
                for (Period period : List.of(Period.year(2025), Period.year(2026), Period.quarter(2026, 2),
                        Period.quarter(2026, 3), Period.month(2026, 5))) {
                    assertThat(right.score(unit.id(), indicator, period, false))
                            .as("indicator %s, unit %s, %s", indicator.id(), unit.code(), period)
                            .isEqualTo(left.score(unit.id(), indicator, period, false));
                }
            }
        }
    }

    @Test
    void makesASavedValueVisibleToTheNextCalculation() {
        List<Hierarchy.Node> units = List.of(new Hierarchy.Node(100, "ROOT", 0, 0, 2), new Hierarchy.Node(101, "LEAF", 100, 1, 1));
        ValueStore store = EngineFixtures.emptyStore(units);
        IndicatorRules count = RULES.get(0);
        long versionBefore = store.version();

        store.putActual(1, 101, Period.month(2026, 3), EngineFixtures.TOTAL, 42, Double.NaN, Double.NaN);

        assertThat(store.version()).isGreaterThan(versionBefore);
        assertThat(new ScoreCalculation(store, POLICY, TODAY).score(100, count, Period.quarter(2026, 1), false)
                .actual().value()).isEqualTo(42.0);
    }

    @Test
    void keepsTheComponentsOfARatioWhoseTargetWasSavedBeforeItsFirstActual() {
        ValueStore store = EngineFixtures.emptyStore(List.of(new Hierarchy.Node(100, "ROOT", 0, 0, 1)));
        IndicatorRules ratio = new IndicatorRules(99, PeriodType.MONTHLY, AggregationMethod.RATIO_RECOMPUTE,
                AggregationMethod.RATIO_RECOMPUTE, 100, true, false, Direction.INCREASE, AchievementMethod.RATIO, null);

        store.putTarget(99, 100, Period.month(2026, 3), EngineFixtures.TOTAL, TargetType.AT_LEAST, 80, Double.NaN);
        store.putActual(99, 100, Period.month(2026, 3), EngineFixtures.TOTAL, 75, 150, 200);

        ScoreCalculation.Score score = new ScoreCalculation(store, POLICY, TODAY).score(100, ratio, Period.month(2026, 3), false);
        assertThat(score.actual().value()).isEqualTo(75.0);
        assertThat(score.actual().denominator()).isEqualTo(200.0);
    }

    @Test
    void refusesACellOfAUnitItDoesNotKnowYet() {
        ValueStore store = EngineFixtures.emptyStore(List.of(new Hierarchy.Node(100, "ROOT", 0, 0, 1)));

        assertThat(store.putActual(1, 999, Period.month(2026, 3), EngineFixtures.TOTAL, 1, Double.NaN, Double.NaN)).isFalse();
        assertThat(store.putActual(1, 100, Period.month(2026, 3), 12345, 1, Double.NaN, Double.NaN)).isFalse();
        assertThat(store.cellCount()).isZero();
    }

    @Test
    void holdsAMonthlyCountInAtMostFortyBytesAValue() {
        List<Hierarchy.Node> units = new ArrayList<>();
        units.add(new Hierarchy.Node(100, "ROOT", 0, 0, 1001));
        for (int i = 1; i <= 1000; i++) {
            units.add(new Hierarchy.Node(100 + i, "OFFICE-" + i, 100, i, 1));
        }
        List<EngineFixtures.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            for (int m = 0; m < 36; m++) {
                rows.add(new EngineFixtures.Row(1, 100 + i, Period.month(2024 + m / 12, 1 + m % 12), EngineFixtures.TOTAL,
                        m, Double.NaN, Double.NaN));
                rows.add(new EngineFixtures.Row(2, 100 + i, Period.month(2024 + m / 12, 1 + m % 12), EngineFixtures.TOTAL,
                        50, 5, 10));
            }
        }
        ValueStore store = EngineFixtures.loaded(units, rows);

        assertThat(store.cellCount()).isEqualTo(72_000);
        assertThat((double) store.bytes() / store.cellCount()).isLessThanOrEqualTo(40.0);
    }
}
