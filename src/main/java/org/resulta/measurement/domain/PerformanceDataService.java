package org.resulta.measurement.domain;

import org.resulta.audit.AuditTrail;
import org.resulta.measurement.ActualRequest;
import org.resulta.measurement.ActualView;
import org.resulta.measurement.ActualsRecorded;
import org.resulta.measurement.DataEntrySheet;
import org.resulta.measurement.EntryError;
import org.resulta.measurement.EntryLine;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.InvalidEntriesException;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.TargetLine;
import org.resulta.measurement.TargetRequest;
import org.resulta.measurement.TargetView;
import org.resulta.measurement.TargetsSet;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
@Transactional
class PerformanceDataService implements PerformanceData {

    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final PeriodRepository periods;
    private final OrgUnitLookup units;
    private final PeriodCalendar calendar;
    private final ApplicationEventPublisher events;
    private final DisaggregationService disaggregations;
    private final AuditTrail audit;
    private final ObjectProvider<ReportingService> reporting;
    private final Clock clock;
    private final FormulaService formulas;

    PerformanceDataService(IndicatorRepository indicators, ValueRepository values, PeriodRepository periods,
                           OrgUnitLookup units, PeriodCalendar calendar, ApplicationEventPublisher events,
                           DisaggregationService disaggregations, AuditTrail audit,
                           ObjectProvider<ReportingService> reporting, FormulaService formulas) {
        this.reporting = reporting;
        this.formulas = formulas;
        this.disaggregations = disaggregations;
        this.audit = audit;
        this.indicators = indicators;
        this.values = values;
        this.periods = periods;
        this.units = units;
        this.calendar = calendar;
        this.events = events;
        this.clock = Clock.systemDefaultZone();
    }

    @Override
    public TargetView setTarget(String indicatorCode, TargetRequest request) {
        IndicatorView indicator = indicator(indicatorCode);
        OrgUnitView unit = activeUnit(request.unitCode());
        requireApplies(indicator, unit);
        storeTargets(unit, List.of(new TargetLine(indicatorCode, request.period(), request.type(), request.value(),
                request.upperValue(), request.narrative(), request.optionCombo())), Map.of(indicator.code(), indicator));
        String period = calendar.parse(request.period()).code();
        String combo = blank(request.optionCombo()) ? OptionComboView.TOTAL : request.optionCombo().trim();
        return values.targets(indicator.id(), unit.id()).stream()
                .filter(t -> t.period().equals(period) && t.optionCombo().equals(combo)).findFirst().orElseThrow();
    }

    @Override
    public int setTargets(String unitCode, List<TargetLine> lines) {
        OrgUnitView unit = activeUnit(unitCode);
        Map<String, IndicatorView> applicable = new LinkedHashMap<>();
        indicatorsRelatedTo(unit).forEach(i -> applicable.put(i.code(), i));
        return storeTargets(unit, lines, applicable);
    }

    /** Checks every line, then stores all of them or none. */
    private int storeTargets(OrgUnitView unit, List<TargetLine> lines, Map<String, IndicatorView> applicable) {
        List<EntryError> errors = new ArrayList<>();
        List<ValueRepository.TargetRow> rows = new ArrayList<>();
        List<TargetsSet.Cell> cells = new ArrayList<>();
        for (TargetLine line : lines) {
            IndicatorView indicator = applicable.get(line.indicatorCode());
            if (indicator == null) {
                errors.add(new EntryError(line.indicatorCode(), "indicatorCode", "indicator-not-applicable",
                        "Indicator '" + line.indicatorCode() + "' is unknown or does not apply to unit " + unit.code()));
                continue;
            }
            Period period;
            try {
                period = calendar.parse(line.period());
            } catch (InvalidValueException e) {
                errors.add(new EntryError(line.indicatorCode(), line.period(), "period", e.rule(), e.getMessage()));
                continue;
            }
            ComboChoice combo = combo(indicator, line.optionCombo(), true);
            if (combo.error() != null) {
                errors.add(combo.error().forPeriod(period.code()));
                continue;
            }
            List<EntryError> problems = ValueRules.checkTarget(indicator, period, line.type(), line.value(),
                    line.upperValue(), line.narrative());
            if (problems.isEmpty()) {
                rows.add(new ValueRepository.TargetRow(indicator.id(), periods.idFor(period), combo.id(), line.type(),
                        line.value(), line.upperValue(), line.narrative()));
                cells.add(new TargetsSet.Cell(indicator.id(), unit.id(), period.code(), combo.id(), line.type(),
                        line.value(), line.upperValue()));
            } else {
                problems.forEach(p -> errors.add(p.forPeriod(period.code())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntriesException(errors);
        }
        List<ValueRepository.TargetChange> changes = values.upsertTargets(unit.id(), rows, Actors.current());
        Map<Long, String> codes = new HashMap<>();
        applicable.values().forEach(i -> codes.put(i.id(), i.code()));
        Map<Integer, String> periodCodes = new HashMap<>();
        lines.forEach(l -> {
            try {
                Period p = calendar.parse(l.period());
                periodCodes.putIfAbsent(periods.idFor(p), p.code());
            } catch (InvalidValueException ignored) {
                // refused above
            }
        });
        var combos = disaggregations.snapshot().combos();
        audit.record(changes.stream().map(c -> ValueAudit.target(c, codes.get(c.row().indicatorId()), unit.id(),
                unit.code(), periodCodes.get(c.row().periodId()), combos.get(c.row().comboId()).code())).toList());
        if (!changes.isEmpty()) {
            events.publishEvent(new TargetsSet(unit.code(), cells));
        }
        return changes.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TargetView> targets(String indicatorCode, String unitCode) {
        return values.targets(indicator(indicatorCode).id(), unit(unitCode).id());
    }

    @Override
    public ActualView recordActual(String indicatorCode, ActualRequest request) {
        IndicatorView indicator = indicator(indicatorCode);
        OrgUnitView unit = activeUnit(request.unitCode());
        requireApplies(indicator, unit);
        Period period = calendar.parse(request.period());
        save(unit, period, List.of(new Line(indicator, new EntryLine(indicatorCode, request.value(), request.numerator(),
                request.denominator(), request.text(), request.comment(), request.optionCombo()))));
        String combo = blank(request.optionCombo()) ? OptionComboView.TOTAL : request.optionCombo().trim();
        return values.actuals(indicator.id(), unit.id()).stream()
                .filter(a -> a.period().equals(period.code()) && a.optionCombo().equals(combo)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActualView> actuals(String indicatorCode, String unitCode) {
        return values.actuals(indicator(indicatorCode).id(), unit(unitCode).id());
    }

    @Override
    @Transactional(readOnly = true)
    public DataEntrySheet entrySheet(String unitCode, String periodCode) {
        OrgUnitView unit = unit(unitCode);
        Period period = calendar.parse(periodCode);
        List<IndicatorView> due = reportable(unit, period);
        var periodId = periods.find(period);
        Map<String, TargetView> targets = periodId.map(id -> values.targetsFor(unit.id(), id)).orElse(List.of()).stream()
                .collect(Collectors.toMap(t -> t.indicatorCode() + "@" + t.optionCombo(), Function.identity()));
        Map<String, ActualView> actuals = periodId.map(id -> values.actualsFor(unit.id(), id)).orElse(List.of()).stream()
                .collect(Collectors.toMap(a -> a.indicatorCode() + "@" + a.optionCombo(), Function.identity()));
        List<DataEntrySheet.Row> rows = new ArrayList<>();
        for (IndicatorView i : due) {
            TargetView target = targets.get(i.code() + "@" + OptionComboView.TOTAL);
            if (i.isDisaggregated()) {
                List<DataEntrySheet.Cell> cells = disaggregations.snapshot().byId().get(disaggregationId(i)).combos().stream()
                        .map(c -> new DataEntrySheet.Cell(c, actuals.get(i.code() + "@" + c.code()))).toList();
                rows.add(new DataEntrySheet.Row(i, target, null, cells));
            } else {
                rows.add(new DataEntrySheet.Row(i, target, actuals.get(i.code() + "@" + OptionComboView.TOTAL), List.of()));
            }
        }
        boolean open = !period.start().isAfter(LocalDate.now(clock)) && !unit.isRetired();
        return new DataEntrySheet(unit.code(), unit.name(), period.code(), period.label(), open, rows);
    }

    @Override
    public List<ActualView> recordActuals(String unitCode, String periodCode, List<EntryLine> lines) {
        OrgUnitView unit = activeUnit(unitCode);
        Period period = calendar.parse(periodCode);
        Map<String, IndicatorView> reportable = new LinkedHashMap<>();
        indicatorsApplyingTo(unit).forEach(i -> reportable.put(i.code(), i));
        List<Line> toSave = new ArrayList<>();
        List<EntryError> errors = new ArrayList<>();
        for (EntryLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            IndicatorView indicator = reportable.get(line.indicatorCode());
            if (indicator == null) {
                errors.add(new EntryError(line.indicatorCode(), "indicatorCode", "indicator-not-applicable",
                        "Indicator '" + line.indicatorCode() + "' is unknown or not reported by unit " + unit.code()));
            } else {
                toSave.add(new Line(indicator, line));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntriesException(errors);
        }
        save(unit, period, toSave);
        return periods.find(period).map(id -> values.actualsFor(unit.id(), id)).orElse(List.of());
    }

    private record Line(IndicatorView indicator, EntryLine entry) {
    }

    /** Checks every line first; stores all of them or none. */
    private void save(OrgUnitView unit, Period period, List<Line> lines) {
        List<EntryError> errors = new ArrayList<>();
        List<ValueRepository.ActualRow> rows = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Line line : lines) {
            IndicatorView indicator = line.indicator();
            if (formulas.isComputed(indicator.id())) {
                errors.add(new EntryError(indicator.code(), "value", "computed-indicator", "Indicator "
                        + indicator.code() + " is computed by its formula from other indicators: its actuals cannot "
                        + "be entered or imported (enter the indicators its formula references)"));
                continue;
            }
            var periodError = ValueRules.checkActualPeriod(indicator, period, today);
            if (periodError.isPresent()) {
                errors.add(periodError.get());
                continue;
            }
            EntryLine e = line.entry();
            ComboChoice combo = combo(indicator, e.optionCombo(), false);
            if (combo.error() != null) {
                errors.add(combo.error());
                continue;
            }
            ValueRules.CheckedActual checked = ValueRules.checkActual(indicator, e.value(), e.numerator(),
                    e.denominator(), e.text());
            if (checked.isValid()) {
                rows.add(new ValueRepository.ActualRow(indicator.id(), combo.id(), checked.value(), checked.numerator(),
                        checked.denominator(), checked.text(), blankToNull(e.comment())));
            } else {
                errors.addAll(checked.errors().stream().map(x -> combo.named() ? x.forCombo(e.optionCombo().trim()) : x).toList());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntriesException(errors);
        }
        if (rows.isEmpty()) {
            return;
        }
        int periodId = periods.idFor(period);
        List<EntryError> closed = reporting.getObject().entryRefusals(unit, period, periodId,
                lines.stream().map(Line::indicator).distinct().toList());
        if (!closed.isEmpty()) {
            throw new InvalidEntriesException(closed);
        }
        List<ValueRepository.ActualChange> changes = values.upsertActuals(unit.id(), periodId, rows, Actors.current());
        if (changes.isEmpty()) {
            return;
        }
        Map<Long, String> codes = new HashMap<>();
        lines.forEach(l -> codes.put(l.indicator().id(), l.indicator().code()));
        var combos = disaggregations.snapshot().combos();
        audit.record(changes.stream().map(c -> ValueAudit.actual(c, codes.get(c.row().indicatorId()), unit.id(),
                unit.code(), period.code(), combos.get(c.row().comboId()).code(), null)).toList());
        events.publishEvent(new ActualsRecorded(unit.code(), lines.stream().map(l -> l.indicator().code()).toList(),
                List.of(period.code()), rows.stream().map(r -> new ActualsRecorded.Cell(r.indicatorId(), unit.id(),
                period.code(), r.comboId(), r.value(), r.numerator(), r.denominator())).toList()));
    }

    /** Indicators owned by the unit, a unit above it or a unit below it. */
    private List<IndicatorView> indicatorsRelatedTo(OrgUnitView unit) {
        return indicators.relatedTo(unit.preOrder(), unit.subtreeEnd(), unit.ancestorIds());
    }

    /** Indicators of the unit's own plans and of the plans of the units above it. */
    private List<IndicatorView> indicatorsApplyingTo(OrgUnitView unit) {
        List<Long> owners = new ArrayList<>(unit.ancestorIds());
        owners.add(unit.id());
        return indicators.ownedBy(owners);
    }

    /** Indicators due at the period's frequency whose actuals are typed (formula indicators are computed). */
    private List<IndicatorView> reportable(OrgUnitView unit, Period period) {
        return indicatorsApplyingTo(unit).stream().filter(i -> i.frequency() == period.type())
                .filter(i -> !formulas.isComputed(i.id())).toList();
    }

    private void requireApplies(IndicatorView indicator, OrgUnitView unit) {
        OrgUnitView owner = units.find(indicator.ownerUnitCode()).orElseThrow();
        if (!owner.contains(unit) && !unit.contains(owner)) {
            throw new ConflictException("unitCode", "indicator-not-applicable", "Indicator " + indicator.code()
                    + " belongs to the plan of " + owner.code() + "; unit " + unit.code()
                    + " lies outside that part of the organisation");
        }
        if (indicator.retired()) {
            throw new ConflictException("indicatorCode", "indicator-retired", "Indicator " + indicator.code() + " is retired");
        }
    }

    private IndicatorView indicator(String code) {
        return indicators.find(code).orElseThrow(() -> new NotFoundException("indicatorCode", "indicator", code));
    }

    private OrgUnitView unit(String code) {
        return units.find(code).orElseThrow(() -> new NotFoundException("unitCode", "org unit", code));
    }

    private OrgUnitView activeUnit(String code) {
        OrgUnitView unit = unit(code);
        if (unit.isRetired()) {
            throw new ConflictException("unitCode", "unit-retired", "Unit " + code + " is retired and takes no new values");
        }
        return unit;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The option combination a value goes to, or why it cannot; {@code named} when the line named one. */
    private record ComboChoice(int id, boolean named, EntryError error) {
    }

    /**
     * A value of an indicator without disaggregation goes to the total. A disaggregated indicator takes actuals
     * per combination only (its total is computed); its targets may be set for the total or per combination.
     */
    private ComboChoice combo(IndicatorView indicator, String code, boolean forTarget) {
        var snapshot = disaggregations.snapshot();
        boolean total = blank(code) || OptionComboView.TOTAL.equals(code.trim());
        if (!indicator.isDisaggregated()) {
            return total ? new ComboChoice(snapshot.totalComboId(), false, null)
                    : new ComboChoice(0, true, new EntryError(indicator.code(), "optionCombo", "not-disaggregated",
                    "Indicator " + indicator.code() + " is not disaggregated: leave the option combination blank"));
        }
        var disaggregation = snapshot.byId().get(disaggregationId(indicator));
        if (total) {
            return forTarget ? new ComboChoice(snapshot.totalComboId(), false, null)
                    : new ComboChoice(0, false, new EntryError(indicator.code(), "optionCombo", "total-is-computed",
                    "Indicator " + indicator.code() + " is disaggregated by " + disaggregation.name()
                            + ": enter each combination; its total is computed"));
        }
        return disaggregation.combos().stream().filter(c -> c.code().equals(code.trim())).findFirst()
                .map(c -> new ComboChoice(c.id(), true, null))
                .orElseGet(() -> new ComboChoice(0, true, new EntryError(indicator.code(), "optionCombo", "unknown-option-combo",
                        "'" + code + "' is not a combination of " + disaggregation.name() + " (expected one of "
                                + disaggregation.combos().stream().map(OptionComboView::code).collect(Collectors.joining(", ")) + ")")));
    }

    private int disaggregationId(IndicatorView indicator) {
        return disaggregations.idOf(indicator.disaggregationCode()).orElseThrow();
    }
}
