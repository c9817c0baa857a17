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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast paths for summed counts and recomputed ratios must give exactly what the general rules give: the same
 * doubles, counts of reporting units, notes and latest month, over random trees and cells with gaps (missing
 * values, zero denominators, a yearly cell among monthly ones, values by sex).
 */
class ScoreCalculationFastPathTests {

    private static final TrafficLightPolicy POLICY = new TrafficLightPolicy(90, 75, 130);
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 15);

    private static final IndicatorRules COUNT = rules(1, PeriodType.MONTHLY, AggregationMethod.SUM, false);
    private static final IndicatorRules RATIO = rules(2, PeriodType.MONTHLY, AggregationMethod.RATIO_RECOMPUTE, true);
    private static final IndicatorRules BY_SEX = rules(3, PeriodType.QUARTERLY, AggregationMethod.SUM, false);

    @Test
    void sumsAndRatiosEqualTheGeneralRulesEverywhere() {
        RandomCases.check(30, (random, n) -> {
            List<Hierarchy.Node> units = EngineFixtures.randomTree(random, 1 + random.nextInt(40));
            List<EngineFixtures.Row> rows = new ArrayList<>();
            for (EngineFixtures.Row r : EngineFixtures.randomActuals(random, units, random.nextInt(600))) {
                int gap = random.nextInt(12);
                if (gap == 0 && r.indicatorId() != 2) {
                    r = new EngineFixtures.Row(r.indicatorId(), r.unitId(), r.period(), r.comboId(), Double.NaN,
                            Double.NaN, Double.NaN);
                } else if (gap == 0) {
                    r = new EngineFixtures.Row(2, r.unitId(), r.period(), r.comboId(), Double.NaN, r.numerator(), 0);
                } else if (gap == 1 && r.indicatorId() == 2) {
                    r = new EngineFixtures.Row(2, r.unitId(), r.period(), r.comboId(), Double.NaN, r.numerator(), Double.NaN);
                }
                rows.add(r);
            }
            ValueStore store = EngineFixtures.loaded(units, rows);
            for (int k = random.nextInt(3 * units.size()); k > 0; k--) {
                long unit = units.get(random.nextInt(units.size())).id();
                int year = 2025 + random.nextInt(2);
                Period period = random.nextBoolean() ? Period.year(year) : Period.quarter(year, 1 + random.nextInt(4));
                store.putTarget(1 + random.nextInt(3), unit, period, EngineFixtures.TOTAL, TargetType.AT_LEAST,
                        random.nextInt(500), Double.NaN);
            }
            ScoreCalculation fast = new ScoreCalculation(store, POLICY, TODAY, true);
            ScoreCalculation general = new ScoreCalculation(store, POLICY, TODAY, false);

            List<Period> periods = new ArrayList<>();
            for (int year = 2025; year <= 2026; year++) {
                periods.add(Period.year(year));
                for (int q = 1; q <= 4; q++) {
                    periods.add(Period.quarter(year, q));
                }
                for (int m = 1; m <= 12; m++) {
                    periods.add(Period.month(year, m));
                }
            }
            for (int position = 0; position < units.size(); position++) {
                for (IndicatorRules indicator : List.of(COUNT, RATIO, BY_SEX)) {
                    for (Period period : periods) {
                        String where = "unit " + units.get(position).code() + ", indicator " + indicator.id() + ", " + period;
                        assertThat(fast.actual(position, indicator, period)).as(where)
                                .isEqualTo(general.actual(position, indicator, period));
                        if (ScoreCalculation.assessable(indicator.frequency(), period)) {
                            assertThat(fast.target(position, indicator, period)).as("target of " + where)
                                    .isEqualTo(general.target(position, indicator, period));
                        }
                    }
                }
            }
        });
    }

    @Test
    void otherRulesTakeTheGeneralPath() {
        List<Hierarchy.Node> units = List.of(new Hierarchy.Node(100, "U0", 0, 0, 1));
        ValueStore store = EngineFixtures.emptyStore(units);
        store.putActual(1, 100, Period.month(2025, 1), EngineFixtures.TOTAL, 4, Double.NaN, Double.NaN);
        store.putActual(1, 100, Period.month(2025, 2), EngineFixtures.TOTAL, 6, Double.NaN, Double.NaN);
        IndicatorRules averaged = rules(1, PeriodType.MONTHLY, AggregationMethod.AVERAGE, false);
        ScoreCalculation fast = new ScoreCalculation(store, POLICY, TODAY, true);
        assertThat(fast.actual(0, averaged, Period.quarter(2025, 1)).aggregate().value()).isEqualTo(5.0);
        assertThat(fast.actual(0, COUNT, Period.quarter(2025, 1)).aggregate().value()).isEqualTo(10.0);
    }

    private static IndicatorRules rules(long id, PeriodType frequency, AggregationMethod rule, boolean ratio) {
        return new IndicatorRules(id, frequency, rule, rule, ratio ? 100 : 1, ratio, false, Direction.INCREASE,
                AchievementMethod.RATIO, null);
    }
}
