package org.resulta.analytics.engine;

import org.junit.jupiter.api.Test;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.Status;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.measurement.calculation.TrafficLightPolicy;
import org.resulta.measurement.calculation.formula.FormulaCatalog;
import org.resulta.measurement.calculation.formula.IndicatorFormula;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;
import org.resulta.shared.RandomCases;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Formula indicators in the engine (DOMAIN.md 13.5): computed from the components rolled up for the same subtree
 * and period, never from computed values. The worked example, on a region R with districts D1 and D2:
 * <pre>
 * 2025Q3          births in a facility   all births   share (x 100)   female births   births by sex
 *   D1                  80                  100          80.0              30              30 + 70
 *   D2                 170                  200          85.0              60              60 + 40
 *   R (rolled up)      250                  300          83.3 (not 82.5, the mean of the shares)
 *   female share of R: 90 / 200 x 100 = 45.0
 * 2025Q2 D1: 0 facility births of 0: division by zero, no value
 * </pre>
 */
class FormulaEvaluationTests {

    private static final TrafficLightPolicy POLICY = new TrafficLightPolicy(90, 75, 130);
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 15);
    private static final Period Q3 = Period.quarter(2025, 3);

    private static final long FACILITY = 1;
    private static final long BY_SEX = 3;
    private static final long ALL = 4;
    private static final long SHARE = 10;
    private static final long FEMALE_SHARE = 11;
    private static final long SHARE_GAP = 12;

    private static final IndicatorRules FACILITY_RULES = count(FACILITY, PeriodType.MONTHLY);
    private static final IndicatorRules BY_SEX_RULES = count(BY_SEX, PeriodType.QUARTERLY);
    private static final IndicatorRules ALL_RULES = count(ALL, PeriodType.QUARTERLY);

    private static final List<Hierarchy.Node> REGION = List.of(new Hierarchy.Node(100, "R", 0, 0, 3),
            new Hierarchy.Node(101, "D1", 100, 1, 1), new Hierarchy.Node(102, "D2", 100, 2, 1));

    private static final FormulaBinding BINDING = binding();

    @Test
    void rollsUpAFormulaAsTheRatioOfTheSummedComponents() {
        ValueStore store = workedExample();
        ScoreCalculation calculation = new ScoreCalculation(store, POLICY, TODAY, BINDING);

        assertThat(value(calculation, 101, SHARE, Q3)).isCloseTo(80.0, within(1e-9));
        assertThat(value(calculation, 102, SHARE, Q3)).isCloseTo(85.0, within(1e-9));
        ScoreCalculation.Score region = calculation.score(100, percentage(SHARE), Q3, true);
        assertThat(region.actual().value()).isCloseTo(250.0 / 300 * 100, within(1e-9)).isNotCloseTo(82.5, within(0.1));
        assertThat(region.actual().numerator()).isEqualTo(250.0);
        assertThat(region.actual().denominator()).isEqualTo(300.0);
        assertThat(region.reportingUnits()).isEqualTo(2);
    }

    @Test
    void aFormulaOverASubtreeEqualsTheFormulaOfTheRolledUpComponents() {
        ScoreCalculation calculation = new ScoreCalculation(workedExample(), POLICY, TODAY, BINDING);

        double facility = calculation.score(100, FACILITY_RULES, Q3, true).actual().value();
        double all = calculation.score(100, ALL_RULES, Q3, true).actual().value();

        assertThat(value(calculation, 100, SHARE, Q3)).isEqualTo(facility / all * 100);
    }

    @Test
    void computesAFormulaOverOneOptionCombination() {
        ScoreCalculation calculation = new ScoreCalculation(workedExample(), POLICY, TODAY, BINDING);

        assertThat(value(calculation, 100, FEMALE_SHARE, Q3)).isCloseTo(45.0, within(1e-9));
        assertThat(value(calculation, 101, FEMALE_SHARE, Q3)).isCloseTo(30.0, within(1e-9));
    }

    @Test
    void computesAFormulaOverAnotherFormula() {
        ScoreCalculation calculation = new ScoreCalculation(workedExample(), POLICY, TODAY, BINDING);

        assertThat(value(calculation, 100, SHARE_GAP, Q3)).isCloseTo(250.0 / 300 * 100 - 45.0, within(1e-9));
    }

    @Test
    void divisionByZeroGivesNoValueWithTheReason() {
        ValueStore store = workedExample();
        store.putTarget(SHARE, 101, Period.quarter(2025, 2), EngineFixtures.TOTAL, TargetType.AT_LEAST, 90, Double.NaN);
        ScoreCalculation calculation = new ScoreCalculation(store, POLICY, TODAY, BINDING);

        ScoreCalculation.Score score = calculation.score(101, percentage(SHARE), Period.quarter(2025, 2), true);

        assertThat(score.actual().value()).isNull();
        assertThat(score.actual().note()).contains("Division by zero");
        assertThat(score.assessment().status()).isEqualTo(Status.NO_DATA);
        assertThat(score.assessment().note()).contains("Division by zero");
    }

    @Test
    void aMissingComponentGivesNoValueNamingIt() {
        ValueStore store = workedExample();
        store.putActual(FACILITY, 101, Period.month(2025, 1), EngineFixtures.TOTAL, 12, Double.NaN, Double.NaN);
        ScoreCalculation calculation = new ScoreCalculation(store, POLICY, TODAY, BINDING);

        ScoreCalculation.Score score = calculation.score(101, percentage(SHARE), Period.quarter(2025, 1), true);

        assertThat(score.actual().value()).isNull();
        assertThat(score.assessment().note()).contains("#{ALL}");
    }

    @Test
    void assessesTheComputedValueAgainstTheFormulaIndicatorsTargets() {
        ValueStore store = workedExample();
        store.putTarget(SHARE, 101, Q3, EngineFixtures.TOTAL, TargetType.AT_LEAST, 100, Double.NaN);
        store.putTarget(SHARE, 102, Q3, EngineFixtures.TOTAL, TargetType.AT_LEAST, 85, Double.NaN);
        ScoreCalculation calculation = new ScoreCalculation(store, POLICY, TODAY, BINDING);

        ScoreCalculation.Score district = calculation.score(101, percentage(SHARE), Q3, true);
        ScoreCalculation.Score region = calculation.score(100, percentage(SHARE), Q3, true);

        assertThat(district.assessment().achievement()).isCloseTo(80.0, within(1e-9));
        assertThat(district.assessment().status()).isEqualTo(Status.AMBER);
        // the region's target is its districts' targets weighted by their denominators: (100 x 100 + 85 x 200) / 300
        assertThat(region.target().value()).isCloseTo(90.0, within(1e-9));
        assertThat(region.assessment().achievement()).isCloseTo(250.0 / 300 * 100 / 90 * 100, within(1e-9));
    }

    @Test
    void aSavedComponentChangesTheFormulaAtOnce() {
        ValueStore store = workedExample();
        store.putActual(ALL, 102, Q3, EngineFixtures.TOTAL, 340, Double.NaN, Double.NaN);

        assertThat(value(new ScoreCalculation(store, POLICY, TODAY, BINDING), 100, SHARE, Q3))
                .isCloseTo(250.0 / 440 * 100, within(1e-9));
    }

    /** Over random trees and cells: every unit's formula value is the formula of its rolled-up components. */
    @Test
    void everyUnitsFormulaIsTheFormulaOfItsRolledUpComponents() {
        FormulaCatalog catalog = FormulaCatalog.of(Map.of("RATE", IndicatorFormula.ratio("#{ONE}", "#{THREE}", 1000)),
                Optional::of);
        FormulaBinding binding = new FormulaBinding(catalog, Map.of(20L, "RATE"),
                Map.of("ONE", count(1, PeriodType.MONTHLY), "THREE", count(3, PeriodType.QUARTERLY)), Map.of());
        IndicatorRules rate = percentage(20);
        RandomCases.check(25, (random, n) -> {
            List<Hierarchy.Node> units = EngineFixtures.randomTree(random, 1 + random.nextInt(30));
            ValueStore store = EngineFixtures.loaded(units, EngineFixtures.randomActuals(random, units, random.nextInt(400)));
            ScoreCalculation calculation = new ScoreCalculation(store, POLICY, TODAY, binding);
            for (Hierarchy.Node unit : units) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    Period period = Period.quarter(2025 + random.nextInt(2), quarter);
                    Double one = calculation.score(unit.id(), count(1, PeriodType.MONTHLY), period, true).actual().value();
                    Double three = calculation.score(unit.id(), count(3, PeriodType.QUARTERLY), period, true).actual().value();
                    Double formula = calculation.score(unit.id(), rate, period, true).actual().value();
                    if (one == null || three == null || three == 0) {
                        assertThat(formula).as("%s %s", unit.code(), period).isNull();
                    } else {
                        assertThat(formula).as("%s %s", unit.code(), period).isEqualTo(one / three * 1000);
                    }
                }
            }
        });
    }

    // ---- fixtures

    private static ValueStore workedExample() {
        ValueStore store = EngineFixtures.emptyStore(REGION);
        store.define(ALL, ValueStore.Kind.PLAIN);
        month(store, 101, 2025, 7, 30);
        month(store, 101, 2025, 8, 25);
        month(store, 101, 2025, 9, 25);
        month(store, 102, 2025, 7, 170);
        store.putActual(ALL, 101, Q3, EngineFixtures.TOTAL, 100, Double.NaN, Double.NaN);
        store.putActual(ALL, 102, Q3, EngineFixtures.TOTAL, 200, Double.NaN, Double.NaN);
        store.putActual(BY_SEX, 101, Q3, EngineFixtures.FEMALE, 30, Double.NaN, Double.NaN);
        store.putActual(BY_SEX, 101, Q3, EngineFixtures.MALE, 70, Double.NaN, Double.NaN);
        store.putActual(BY_SEX, 102, Q3, EngineFixtures.FEMALE, 60, Double.NaN, Double.NaN);
        store.putActual(BY_SEX, 102, Q3, EngineFixtures.MALE, 40, Double.NaN, Double.NaN);
        month(store, 101, 2025, 4, 0);
        store.putActual(ALL, 101, Period.quarter(2025, 2), EngineFixtures.TOTAL, 0, Double.NaN, Double.NaN);
        return store;
    }

    private static void month(ValueStore store, long unit, int year, int month, double value) {
        store.putActual(FACILITY, unit, Period.month(year, month), EngineFixtures.TOTAL, value, Double.NaN, Double.NaN);
    }

    private static FormulaBinding binding() {
        Map<String, IndicatorFormula> formulas = new LinkedHashMap<>();
        formulas.put("SHARE", IndicatorFormula.ratio("#{FACILITY}", "#{ALL}", 100));
        formulas.put("FEMALE-SHARE", IndicatorFormula.ratio("#{BY-SEX.F}", "#{BY-SEX}", 100));
        formulas.put("SHARE-GAP", IndicatorFormula.expression("#{SHARE} - #{FEMALE-SHARE}"));
        FormulaCatalog catalog = FormulaCatalog.of(formulas, Optional::of);
        return new FormulaBinding(catalog, Map.of(SHARE, "SHARE", FEMALE_SHARE, "FEMALE-SHARE", SHARE_GAP, "SHARE-GAP"),
                Map.of("FACILITY", FACILITY_RULES, "ALL", ALL_RULES, "BY-SEX", BY_SEX_RULES),
                Map.of("BY-SEX.F", EngineFixtures.FEMALE));
    }

    private static Double value(ScoreCalculation calculation, long unit, long formula, Period period) {
        return calculation.score(unit, percentage(formula), period, true).actual().value();
    }

    private static IndicatorRules count(long id, PeriodType frequency) {
        return new IndicatorRules(id, frequency, AggregationMethod.SUM, AggregationMethod.SUM, 1, false, false,
                Direction.INCREASE, AchievementMethod.RATIO, null);
    }

    /** A formula indicator reported quarterly, its targets combined like a ratio's (weighted by denominators). */
    private static IndicatorRules percentage(long id) {
        return new IndicatorRules(id, PeriodType.QUARTERLY, AggregationMethod.RATIO_RECOMPUTE,
                AggregationMethod.RATIO_RECOMPUTE, 100, true, false, Direction.INCREASE, AchievementMethod.RATIO, null);
    }
}
