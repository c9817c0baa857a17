package org.resulta.analytics.domain;

import org.resulta.analytics.IndicatorSeries;
import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.ScorecardView;
import org.resulta.analytics.Scorecards;
import org.resulta.analytics.SeriesPoint;
import org.resulta.analytics.SubUnitRow;
import org.resulta.analytics.UnitSummary;
import org.resulta.analytics.engine.FormulaBinding;
import org.resulta.analytics.engine.ValueStore;
import org.resulta.analytics.engine.ScoreCalculation;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.StatusPolicies;
import org.resulta.measurement.StatusPolicyView;
import org.resulta.measurement.calculation.Status;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

@Service
@Transactional(readOnly = true)
class ScorecardService implements Scorecards {

    static final int MAX_SERIES_POINTS = 120;

    private final OrgUnitLookup units;
    private final IndicatorCatalog catalog;
    private final MeasurementLookup measurements;
    private final StatusPolicies policies;
    private final PeriodCalendar calendar;
    private final AnalyticsEngine engine;
    private final Clock clock = Clock.systemDefaultZone();

    /** Where figures come from: the in-memory engine when it is loaded, else SQL over the unit's subtree. */
    enum Source {
        ENGINE, DATABASE
    }

    ScorecardService(OrgUnitLookup units, IndicatorCatalog catalog, MeasurementLookup measurements,
                     StatusPolicies policies, PeriodCalendar calendar, AnalyticsEngine engine) {
        this.engine = engine;
        this.units = units;
        this.catalog = catalog;
        this.measurements = measurements;
        this.policies = policies;
        this.calendar = calendar;
    }

    @Override
    public ScorecardView scorecard(String unitCode, String periodCode) {
        return scorecard(unitCode, periodCode, preferred());
    }

    @Override
    public IndicatorSeries series(String indicatorCode, String unitCode, String from, String to) {
        return series(indicatorCode, unitCode, from, to, preferred());
    }

    @Override
    public List<SubUnitRow> bySubUnit(String indicatorCode, String unitCode, String periodCode) {
        return bySubUnit(indicatorCode, unitCode, periodCode, preferred());
    }

    /*
     * The three methods below take the source explicitly, so that a test can compare the engine with SQL. They are
     * public only for the proxy to reach them; the class is not visible outside the module's domain package.
     */

    private Source preferred() {
        return engine.store().isPresent() ? Source.ENGINE : Source.DATABASE;
    }

    public ScorecardView scorecard(String unitCode, String periodCode, Source source) {
        OrgUnitView unit = unit(unitCode);
        Period period = calendar.parse(periodCode);
        LocalDate today = LocalDate.now(clock);
        List<IndicatorView> indicators = catalog.indicatorsForUnit(unitCode);
        StatusPolicyView policy = policyFor(period, today);
        ScoreModel model = model(source, unit, indicators, period.start(), period.end(), policy, today);
        Owners owners = new Owners();

        List<ScoreLine> lines = new ArrayList<>();
        for (IndicatorView indicator : indicators) {
            lines.add(model.score(unit, indicator, period, indicator.ownerUnitCode().equals(unit.code())));
        }
        List<UnitSummary> subUnits = new ArrayList<>();
        for (OrgUnitView child : model.childrenOf(unit)) {
            if (child.isRetired()) {
                continue;
            }
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            for (IndicatorView indicator : indicators) {
                OrgUnitView owner = owners.of(indicator);
                if (owner.contains(child) || child.contains(owner)) {
                    Status s = model.score(child, indicator, period, owner.id() == child.id()).status();
                    counts.merge(s, 1, Integer::sum);
                }
            }
            subUnits.add(new UnitSummary(child.code(), child.name(), child.type().label(), !child.isLeaf(), counts));
        }
        return new ScorecardView(unit.code(), unit.name(), unit.type().label(), period.code(), period.label(),
                period.hasEndedBefore(today), policy.version(), policy.greenMin().doubleValue(),
                policy.amberMin().doubleValue(), lines, countByStatus(lines), subUnits);
    }

    public IndicatorSeries series(String indicatorCode, String unitCode, String from, String to, Source source) {
        OrgUnitView unit = unit(unitCode);
        IndicatorView indicator = catalog.indicator(indicatorCode);
        LocalDate today = LocalDate.now(clock);
        Period first;
        Period last;
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            last = calendar.containing(today, indicator.frequency());
            first = calendar.containing(LocalDate.of(today.getYear() - 2, 1, 1), indicator.frequency());
        } else {
            first = calendar.parse(from);
            last = calendar.parse(to);
        }
        if (first.type() != last.type()) {
            throw new InvalidValueException("to", "series-period-types", "A series runs over periods of one type: "
                    + from + " and " + to + " differ");
        }
        if (last.compareTo(first) < 0) {
            throw new InvalidValueException("to", "series-order", "The series ends (" + to + ") before it starts (" + from + ")");
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = first; !p.start().isAfter(last.start()); p = p.next()) {
            periods.add(p);
            if (periods.size() > MAX_SERIES_POINTS) {
                throw new InvalidValueException("to", "series-too-long", "A series has at most " + MAX_SERIES_POINTS
                        + " periods; narrow " + from + " to " + to);
            }
        }
        StatusPolicyView policy = policyFor(last, today);
        ScoreModel model = model(source, unit, List.of(indicator), first.start(), last.end(), policy, today);
        boolean owns = indicator.ownerUnitCode().equals(unit.code());
        List<SeriesPoint> points = new ArrayList<>();
        for (Period p : periods) {
            ScoreLine line = model.score(unit, indicator, p, owns);
            points.add(new SeriesPoint(p.code(), p.label(), line.target(), line.targetUpper(), line.actual(),
                    line.achievement(), line.status()));
        }
        return new IndicatorSeries(indicator.code(), unit.code(), unit.name(), first.type().label(), points);
    }

    public List<SubUnitRow> bySubUnit(String indicatorCode, String unitCode, String periodCode, Source source) {
        OrgUnitView unit = unit(unitCode);
        IndicatorView indicator = catalog.indicator(indicatorCode);
        Period period = calendar.parse(periodCode);
        LocalDate today = LocalDate.now(clock);
        ScoreModel model = model(source, unit, List.of(indicator), period.start(), period.end(), policyFor(period, today),
                today);
        OrgUnitView owner = new Owners().of(indicator);
        List<SubUnitRow> rows = new ArrayList<>();
        rows.add(new SubUnitRow(unit.code(), unit.name(), true,
                model.score(unit, indicator, period, owner.id() == unit.id())));
        for (OrgUnitView child : model.childrenOf(unit)) {
            if (!child.isRetired() && (owner.contains(child) || child.contains(owner))) {
                rows.add(new SubUnitRow(child.code(), child.name(), false,
                        model.score(child, indicator, period, owner.id() == child.id())));
            }
        }
        return rows;
    }

    @Override
    public String defaultPeriod() {
        return calendar.containing(LocalDate.now(clock), PeriodType.QUARTERLY).previous().code();
    }

    /** The model scorecards score by; analytics queries score their totals by it too (hence not private). */
    public ScoreModel model(Source source, OrgUnitView unit, List<IndicatorView> indicators, LocalDate start,
                             LocalDate end, StatusPolicyView policy, LocalDate today) {
        var store = engine.store();
        FormulaBinding formulas = FormulaBindings.of(measurements);
        if (source == Source.ENGINE && store.isPresent()) {
            return new ScoreModel(new ScoreCalculation(store.get(), policy.policy(), today, formulas), parent ->
                    units.children(parent.id()).stream().sorted(Comparator.comparingInt(OrgUnitView::preOrder)).toList());
        }
        return new ScoreModel(new ScoreCalculation(databaseStore(unit, indicators, start, end, formulas), policy.policy(),
                today, formulas), ScoreModel.childrenWithin(units.subtree(unit.id())));
    }

    /**
     * The values of a subtree read with SQL (while the engine loads): the indicators' actuals and targets for the
     * dates, and the actuals of every indicator a formula references, a year either side (a formula may shift
     * periods with periodOffset).
     */
    ValueStore databaseStore(OrgUnitView unit, List<IndicatorView> indicators, LocalDate start, LocalDate end,
                             FormulaBinding formulas) {
        List<Long> ids = indicators.stream().map(IndicatorView::id).toList();
        Set<Long> withComponents = new LinkedHashSet<>(ids);
        withComponents.addAll(formulas.componentIds());
        LocalDate from = formulas.isEmpty() ? start : start.minusYears(1);
        LocalDate to = formulas.isEmpty() ? end : end.plusYears(1);
        return ScoreModel.store(units.subtree(unit.id()),
                measurements.actuals(withComponents, unit.preOrder(), unit.subtreeEnd(), from, to),
                measurements.targets(ids, unit.preOrder(), unit.subtreeEnd(), start, end));
    }

    private StatusPolicyView policyFor(Period period, LocalDate today) {
        return policies.inForce(period.end().isBefore(today) ? period.end() : today);
    }

    private OrgUnitView unit(String code) {
        return units.find(code).orElseThrow(() -> new NotFoundException("unitCode", "org unit", code));
    }

    private static Map<Status, Integer> countByStatus(List<ScoreLine> lines) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        lines.forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        return counts;
    }

    /** Owner units of indicators, looked up once each. */
    private final class Owners {
        private final Map<String, OrgUnitView> cache = new HashMap<>();

        OrgUnitView of(IndicatorView indicator) {
            return cache.computeIfAbsent(indicator.ownerUnitCode(), code -> units.find(code).orElseThrow());
        }
    }
}
