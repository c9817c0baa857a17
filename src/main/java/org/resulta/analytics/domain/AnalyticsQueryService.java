package org.resulta.analytics.domain;

import org.resulta.analytics.AnalyticsCell;
import org.resulta.analytics.AnalyticsDimensions;
import org.resulta.analytics.AnalyticsQueries;
import org.resulta.analytics.AnalyticsQuery;
import org.resulta.analytics.AnalyticsResult;
import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.engine.ComboSlice;
import org.resulta.analytics.engine.FormulaBinding;
import org.resulta.analytics.engine.ScoreCalculation;
import org.resulta.analytics.engine.ValueStore;
import org.resulta.measurement.DataSetRequest;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.Disaggregations;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.ReportingCycle;
import org.resulta.measurement.StatusPolicies;
import org.resulta.measurement.StatusPolicyView;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.PageRequest;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers analytics queries: plans the query ({@link QueryPlanner}), then scores each cell with the scorecard's
 * {@link ScoreModel}, built as the scorecard builds it, over the in-memory engine (or, while it loads, over a store
 * built from the subtree's rows read with SQL). An option combination is scored over a {@link ComboSlice} of the
 * store, by the same rules as totals.
 */
@Service
@Transactional(readOnly = true)
class AnalyticsQueryService implements AnalyticsQueries {

    private final OrgUnitLookup units;
    private final IndicatorCatalog catalog;
    private final MeasurementLookup measurements;
    private final Disaggregations disaggregations;
    private final ReportingCycle reporting;
    private final StatusPolicies policies;
    private final PeriodCalendar calendar;
    private final AnalyticsEngine engine;
    private final ScorecardService scorecards;
    private final long maxCells;
    private final Clock clock = Clock.systemDefaultZone();

    AnalyticsQueryService(OrgUnitLookup units, IndicatorCatalog catalog, MeasurementLookup measurements,
                          Disaggregations disaggregations, ReportingCycle reporting, StatusPolicies policies,
                          PeriodCalendar calendar, AnalyticsEngine engine, ScorecardService scorecards,
                          @Value("${resulta.analytics.max-cells:100000}") long maxCells) {
        this.units = units;
        this.catalog = catalog;
        this.measurements = measurements;
        this.disaggregations = disaggregations;
        this.reporting = reporting;
        this.policies = policies;
        this.calendar = calendar;
        this.engine = engine;
        this.scorecards = scorecards;
        this.maxCells = maxCells;
    }

    @Override
    public AnalyticsResult query(AnalyticsQuery query, PageRequest page) {
        QueryPlan plan = plan(query);
        List<AnalyticsCell> cells = new ArrayList<>(Math.min(page.size(), (int) Math.min(plan.cells(), 10_000)));
        compute(plan, page.offset(), page.size(), cells::add);
        return new AnalyticsResult(plan.dimensions(), cells, page.page(), page.size(), plan.cells());
    }

    @Override
    public void stream(AnalyticsQuery query, CellSink sink) {
        QueryPlan plan = plan(query);
        sink.start(plan.dimensions());
        compute(plan, 0, Long.MAX_VALUE, sink::accept);
    }

    @Override
    public AnalyticsDimensions resolve(AnalyticsQuery query) {
        return plan(query).dimensions();
    }

    private QueryPlan plan(AnalyticsQuery query) {
        if (query.unit() == null || query.unit().isBlank()) {
            throw new InvalidValueException("unit", "unit-required", "Name the unit to read (unit=...)");
        }
        OrgUnitView root = units.find(query.unit().trim())
                .orElseThrow(() -> new NotFoundException("unit", "org unit", query.unit()));
        QueryPlanner planner = new QueryPlanner(new CatalogueMetadata(), calendar, maxCells);
        return planner.plan(query, root, units.subtree(root.id()), catalog.indicatorsForUnit(root.code()));
    }

    /** Gives cells number {@code from} to {@code from + count - 1}, in the plan's order. */
    private void compute(QueryPlan plan, long from, long count, Consumer<AnalyticsCell> sink) {
        if (plan.cells() == 0 || from >= plan.cells()) {
            return;
        }
        Scoring scoring = new Scoring(plan);
        long end = count == Long.MAX_VALUE ? Long.MAX_VALUE : from + count;
        long index = 0;
        for (IndicatorView indicator : plan.indicators()) {
            for (OrgUnitView unit : plan.units()) {
                if (!plan.applies(indicator, unit)) {
                    continue;
                }
                for (Period period : plan.periods()) {
                    for (QueryPlan.Slice slice : plan.slicesOf(indicator)) {
                        if (index >= end) {
                            return;
                        }
                        if (index >= from) {
                            sink.accept(cell(indicator, unit, period, slice, scoring.score(indicator, unit, period, slice)));
                        }
                        index++;
                    }
                }
            }
        }
    }

    private static AnalyticsCell cell(IndicatorView indicator, OrgUnitView unit, Period period, QueryPlan.Slice slice,
                                      ScoreLine line) {
        return new AnalyticsCell(indicator.code(), indicator.name(), unit.code(), unit.name(), period.code(),
                period.label(), slice.code(), slice.name(), line.actual(), line.numerator(), line.denominator(),
                line.targetType(), line.target(), line.targetUpper(), line.targetBasis(), line.achievement(),
                line.status(), indicator.decimals(), line.note());
    }

    /**
     * The models a query scores with: one per traffic-light policy in force and per slice, made when first needed.
     * Totals are scored by the scorecard's own model ({@link ScorecardService#model}: the engine, or SQL while it
     * loads); an option combination over a {@link ComboSlice} of the same store.
     */
    private final class Scoring {

        private final QueryPlan plan;
        private final LocalDate today = LocalDate.now(clock);
        private final LocalDate start;
        private final LocalDate end;
        private final Map<String, ValueStore> slices = new HashMap<>();
        private final Map<String, ScoreModel> models = new HashMap<>();
        private final Map<Period, StatusPolicyView> policyByPeriod = new HashMap<>();
        private ValueStore store;
        private FormulaBinding formulas;

        Scoring(QueryPlan plan) {
            this.plan = plan;
            this.start = plan.periods().get(0).start();
            this.end = plan.periods().stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow();
        }

        ScoreLine score(IndicatorView indicator, OrgUnitView unit, Period period, QueryPlan.Slice slice) {
            StatusPolicyView policy = policyByPeriod.computeIfAbsent(period,
                    p -> policies.inForce(p.end().isBefore(today) ? p.end() : today));
            ScoreModel model = models.computeIfAbsent(policy.version() + "/" + (slice.total() ? "" : slice.code()),
                    key -> slice.total()
                            ? scorecards.model(ScorecardService.Source.ENGINE, plan.root(), plan.indicators(), start,
                            end, policy, today)
                            : new ScoreModel(new ScoreCalculation(slice(slice.code()), policy.policy(), today, formulas()),
                            parent -> units.children(parent.id()).stream()
                                    .sorted(Comparator.comparingInt(OrgUnitView::preOrder)).toList()));
            boolean owns = slice.total() && indicator.ownerUnitCode().equals(unit.code());
            return model.score(unit, indicator, period, owns);
        }

        /** The store combinations are cut from: the engine's, or one read with SQL while it loads. */
        private ValueStore store() {
            if (store == null) {
                store = engine.store().orElseGet(this::storeFromDatabase);
            }
            return store;
        }

        private FormulaBinding formulas() {
            if (formulas == null) {
                formulas = FormulaBindings.of(measurements);
            }
            return formulas;
        }

        /**
         * The store of one option combination, by its code: the combination of that code of each indicator asked
         * for it, and for a formula indicator among them, its components' combinations of the same code (the
         * formula is then computed from them, as DHIS2 disaggregates an indicator by its data elements' categories).
         */
        private ValueStore slice(String comboCode) {
            return slices.computeIfAbsent(comboCode, code -> {
                ValueStore source = store();
                int position = source.hierarchy().position(plan.root().id());
                int subtreeEnd = position < 0 ? 0 : source.hierarchy().subtreeEnd(position);
                Map<Long, Long> comboByIndicator = new HashMap<>();
                boolean computed = false;
                for (IndicatorView indicator : plan.indicators()) {
                    for (QueryPlan.Slice s : plan.slicesOf(indicator)) {
                        if (!s.total() && s.code().equals(code)) {
                            comboByIndicator.put(indicator.id(), (long) s.combo().id());
                            computed |= formulas().computes(indicator.id());
                        }
                    }
                }
                if (computed) {
                    formulas().componentIdsByCode().forEach((component, id) -> measurements
                            .optionComboId(component, code)
                            .ifPresent(combo -> comboByIndicator.putIfAbsent(id, combo.longValue())));
                }
                return ComboSlice.of(source, comboByIndicator, Math.max(position, 0), subtreeEnd);
            });
        }

        private ValueStore storeFromDatabase() {
            return scorecards.databaseStore(plan.root(), plan.indicators(), start, end, formulas());
        }
    }

    /** Names looked up through the other modules' facades. */
    private final class CatalogueMetadata implements QueryPlanner.Metadata {

        @Override
        public Optional<IndicatorView> indicator(String code) {
            return measurements.find(code);
        }

        @Override
        public List<String> dataSetIndicators(String code) {
            return reporting.dataSet(code).indicators().stream().map(DataSetRequest.Member::indicatorCode).toList();
        }

        @Override
        public DisaggregationView disaggregation(String code) {
            return disaggregations.disaggregation(code);
        }

        @Override
        public Optional<OrgUnitView> unit(String code) {
            return units.find(code);
        }

        @Override
        public Optional<List<OrgUnitView>> groupMembers(String code) {
            return units.groupMembers(code);
        }
    }
}
