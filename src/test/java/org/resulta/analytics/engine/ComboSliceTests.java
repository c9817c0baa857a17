package org.resulta.analytics.engine;

import org.junit.jupiter.api.Test;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.Status;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.measurement.calculation.TrafficLightPolicy;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ComboSliceTests {

    private static final TrafficLightPolicy POLICY = new TrafficLightPolicy(90, 75, 130);
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    /** Indicator 3 of the fixtures: a count by sex, quarterly, summed over units, the last quarter over time. */
    private static final IndicatorRules BY_SEX = new IndicatorRules(3, PeriodType.QUARTERLY, AggregationMethod.LAST,
            AggregationMethod.SUM, 1, false, false, Direction.INCREASE, AchievementMethod.RATIO, null);
    private static final List<Hierarchy.Node> TREE = List.of(new Hierarchy.Node(100, "ROOT", 0, 0, 3),
            new Hierarchy.Node(101, "NORTH", 100, 1, 1), new Hierarchy.Node(102, "SOUTH", 100, 2, 1));

    @Test
    void scoresOneCombinationAsIfItsCellsWereTheOnlyOnes() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<Hierarchy.Node> units = EngineFixtures.randomTree(random, 30);
            List<EngineFixtures.Row> rows = EngineFixtures.randomActuals(random, units, 400);
            ValueStore store = EngineFixtures.loaded(units, rows);
            ValueStore slice = ComboSlice.of(store, EngineFixtures.FEMALE, List.of(3L), 0, units.size());
            ValueStore womenOnly = EngineFixtures.loaded(units, rows.stream()
                    .filter(r -> r.comboId() == EngineFixtures.FEMALE)
                    .map(r -> new EngineFixtures.Row(r.indicatorId(), r.unitId(), r.period(), EngineFixtures.TOTAL,
                            r.value(), r.numerator(), r.denominator())).toList());
            ScoreCalculation sliced = new ScoreCalculation(slice, POLICY, TODAY);
            ScoreCalculation expected = new ScoreCalculation(womenOnly, POLICY, TODAY);
            for (Hierarchy.Node unit : units) {
                for (Period period : List.of(Period.year(2025), Period.quarter(2026, 2), Period.semester(2026, 2))) {
                    assertThat(sliced.score(unit.id(), BY_SEX, period, false))
                            .as("seed %s, unit %s, %s", seed, unit.code(), period)
                            .isEqualTo(expected.score(unit.id(), BY_SEX, period, false));
                }
            }
        }
    }

    @Test
    void keepsTheCombinationsTargetsAndLeavesTheOthersOut() {
        ValueStore store = EngineFixtures.emptyStore(TREE);
        Period q1 = Period.quarter(2026, 1);
        store.putActual(3, 101, q1, EngineFixtures.FEMALE, 30, Double.NaN, Double.NaN);
        store.putActual(3, 101, q1, EngineFixtures.MALE, 45, Double.NaN, Double.NaN);
        store.putActual(3, 102, q1, EngineFixtures.FEMALE, 10, Double.NaN, Double.NaN);
        store.putTarget(3, 101, q1, EngineFixtures.FEMALE, TargetType.AT_LEAST, 40, Double.NaN);

        ScoreCalculation women = new ScoreCalculation(ComboSlice.of(store, EngineFixtures.FEMALE, List.of(3L), 0, 3), POLICY, TODAY);
        ScoreCalculation men = new ScoreCalculation(ComboSlice.of(store, EngineFixtures.MALE, List.of(3L), 0, 3), POLICY, TODAY);
        ScoreCalculation total = new ScoreCalculation(store, POLICY, TODAY);

        assertThat(total.score(100, BY_SEX, q1, false).actual().value()).isEqualTo(85.0);
        assertThat(women.score(100, BY_SEX, q1, false).actual().value()).isEqualTo(40.0);
        assertThat(men.score(100, BY_SEX, q1, false).actual().value()).isEqualTo(45.0);
        ScoreCalculation.Score north = women.score(101, BY_SEX, q1, false);
        assertThat(north.target().value()).isEqualTo(40.0);
        assertThat(north.assessment().achievement()).isEqualTo(75.0);
        assertThat(north.assessment().status()).isEqualTo(Status.AMBER);
        assertThat(men.score(101, BY_SEX, q1, false).assessment().status()).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void copiesOnlyThePositionsAskedForAndNothingOfACombinationItNeverSaw() {
        ValueStore store = EngineFixtures.emptyStore(TREE);
        Period q1 = Period.quarter(2026, 1);
        store.putActual(3, 101, q1, EngineFixtures.FEMALE, 30, Double.NaN, Double.NaN);
        store.putActual(3, 102, q1, EngineFixtures.FEMALE, 10, Double.NaN, Double.NaN);

        ValueStore southOnly = ComboSlice.of(store, EngineFixtures.FEMALE, List.of(3L), 2, 3);
        assertThat(southOnly.cellCount()).isEqualTo(1);
        assertThat(new ScoreCalculation(southOnly, POLICY, TODAY).score(100, BY_SEX, q1, false).actual().value())
                .isEqualTo(10.0);
        assertThat(ComboSlice.of(store, 4242, List.of(3L), 0, 3).cellCount()).isZero();
    }
}
