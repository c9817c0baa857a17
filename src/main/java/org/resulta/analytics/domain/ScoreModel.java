package org.resulta.analytics.domain;

import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.engine.BulkLoad;
import org.resulta.analytics.engine.ComboIndex;
import org.resulta.analytics.engine.FormulaBinding;
import org.resulta.analytics.engine.Hierarchy;
import org.resulta.analytics.engine.IndicatorRules;
import org.resulta.analytics.engine.PeriodIndex;
import org.resulta.analytics.engine.ScoreCalculation;
import org.resulta.analytics.engine.TargetFigure;
import org.resulta.analytics.engine.ValueStore;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.ValueRecord;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.measurement.calculation.TrafficLightPolicy;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores indicators for units as {@link ScoreLine}s: the arithmetic is the engine's {@link ScoreCalculation}, run
 * either over the in-memory engine or over a small store built from the values of one subtree read with SQL
 * (while the engine is loading). Plain Java, no Spring.
 */
final class ScoreModel {

    private final ScoreCalculation calculation;
    private final Function<OrgUnitView, List<OrgUnitView>> children;

    /** Over the engine; {@code children} gives a unit's direct sub-units in pre-order. */
    ScoreModel(ScoreCalculation calculation, Function<OrgUnitView, List<OrgUnitView>> children) {
        this.calculation = calculation;
        this.children = children;
    }

    /**
     * Over values loaded for one subtree.
     *
     * @param units the subtree of the unit scored (and any below it), in pre-order
     */
    ScoreModel(List<OrgUnitView> units, List<ValueRecord> actualRecords, List<ValueRecord> targetRecords,
               TrafficLightPolicy policy, LocalDate today) {
        this(units, actualRecords, targetRecords, policy, today, FormulaBinding.NONE);
    }

    /** Over values loaded for one subtree, computing formula indicators (their components' values loaded too). */
    ScoreModel(List<OrgUnitView> units, List<ValueRecord> actualRecords, List<ValueRecord> targetRecords,
               TrafficLightPolicy policy, LocalDate today, FormulaBinding formulas) {
        this(new ScoreCalculation(store(units, actualRecords, targetRecords), policy, today, formulas),
                childrenWithin(units));
    }

    List<OrgUnitView> childrenOf(OrgUnitView unit) {
        return children.apply(unit);
    }

    ScoreLine score(OrgUnitView unit, IndicatorView indicator, Period period, boolean unitOwnsIndicator) {
        ScoreCalculation.Score score = calculation.score(unit.id(), rules(indicator), period, unitOwnsIndicator);
        TargetFigure target = score.target();
        return new ScoreLine(indicator.code(), indicator.name(), indicator.planCode(), indicator.resultCode(),
                indicator.resultStatement(), indicator.resultLevel(), indicator.measure(), indicator.direction(),
                indicator.unitOfMeasure(), indicator.decimals(),
                target == null ? null : target.type(),
                target == null || Double.isNaN(target.value()) ? null : target.value(),
                target == null ? null : target.upper(), target == null ? null : target.basis(),
                score.actual().value(), score.actual().numerator(), score.actual().denominator(),
                score.reportingUnits(), score.assessment().achievement(), score.assessment().status(),
                score.assessment().note(), indicator.resultWeight().doubleValue());
    }

    /** The rules the engine scores an indicator by. */
    static IndicatorRules rules(IndicatorView indicator) {
        return new IndicatorRules(indicator.id(), indicator.frequency(), indicator.timeAggregation(),
                indicator.unitAggregation(), indicator.ratioMultiplier(), indicator.measure() == Measure.RATIO,
                indicator.measure() == Measure.TEXT, indicator.direction(), indicator.achievementMethod(),
                indicator.baseline());
    }

    /** The engine's numbering of units given in pre-order: each unit's parent is the last id of its path. */
    static Hierarchy hierarchy(List<OrgUnitView> units) {
        List<Hierarchy.Node> nodes = new ArrayList<>(units.size());
        for (OrgUnitView u : units) {
            List<Long> above = u.ancestorIds();
            nodes.add(new Hierarchy.Node(u.id(), u.code(), above.isEmpty() ? 0 : above.get(above.size() - 1),
                    u.preOrder(), u.subtreeSize()));
        }
        return new Hierarchy(nodes);
    }

    static ValueStore store(List<OrgUnitView> units, List<ValueRecord> actuals, List<ValueRecord> targets) {
        long total = actuals.stream().filter(ValueRecord::total).mapToLong(ValueRecord::optionComboId).findFirst()
                .orElse(targets.stream().filter(ValueRecord::total).mapToLong(ValueRecord::optionComboId).findFirst()
                        .orElse(Long.MIN_VALUE));
        ComboIndex combos = new ComboIndex(total);
        PeriodIndex periods = new PeriodIndex();
        ValueStore store = new ValueStore(hierarchy(units), periods, combos);
        BulkLoad load = store.bulkLoad();
        for (ValueRecord r : actuals) {
            combos.register(r.optionComboId(), 0);
            load.actual(r.indicatorId(), r.unitId(), periods.slot(periodOf(r)), r.optionComboId(), r.value(),
                    r.numerator(), r.denominator());
        }
        for (ValueRecord r : targets) {
            combos.register(r.optionComboId(), 0);
            load.target(r.indicatorId(), r.unitId(), periods.slot(periodOf(r)), r.optionComboId(),
                    TargetType.valueOf(r.kind()), r.value(), r.upperValue());
        }
        load.finish();
        return store;
    }

    /** The period a record belongs to, from its dates (a financial year by its code). */
    static Period periodOf(ValueRecord r) {
        long months = ChronoUnit.MONTHS.between(r.periodStart().withDayOfMonth(1), r.periodEnd().withDayOfMonth(1)) + 1;
        PeriodType type = switch ((int) months) {
            case 1 -> PeriodType.MONTHLY;
            case 3 -> PeriodType.QUARTERLY;
            case 6 -> PeriodType.SEMESTRAL;
            default -> r.periodCode().startsWith("FY") ? PeriodType.FINANCIAL_YEAR : PeriodType.YEARLY;
        };
        return Period.containing(r.periodStart(), type, r.periodStart().getMonth());
    }

    static Function<OrgUnitView, List<OrgUnitView>> childrenWithin(List<OrgUnitView> units) {
        Map<Long, List<OrgUnitView>> children = new HashMap<>();
        Map<Long, OrgUnitView> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (OrgUnitView u : units) {
            List<Long> above = u.ancestorIds();
            if (!above.isEmpty() && byId.containsKey(above.get(above.size() - 1))) {
                children.computeIfAbsent(above.get(above.size() - 1), k -> new ArrayList<>()).add(u);
            }
        }
        return unit -> children.getOrDefault(unit.id(), List.of());
    }
}
