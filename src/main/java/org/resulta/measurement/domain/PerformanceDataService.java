package org.resulta.measurement.domain;

import org.resulta.measurement.ActualRequest;
import org.resulta.measurement.ActualView;
import org.resulta.measurement.ActualsRecorded;
import org.resulta.measurement.DataEntrySheet;
import org.resulta.measurement.EntryError;
import org.resulta.measurement.EntryLine;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.InvalidEntriesException;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.TargetLine;
import org.resulta.measurement.TargetRequest;
import org.resulta.measurement.TargetView;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private final Clock clock;

    PerformanceDataService(IndicatorRepository indicators, ValueRepository values, PeriodRepository periods,
                           OrgUnitLookup units, PeriodCalendar calendar, ApplicationEventPublisher events) {
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
        Period period = calendar.parse(request.period());
        List<EntryError> errors = ValueRules.checkTarget(indicator, period, request.type(), request.value(),
                request.upperValue(), request.narrative());
        if (!errors.isEmpty()) {
            throw new InvalidEntriesException(errors);
        }
        values.upsertTarget(indicator.id(), unit.id(), periods.idFor(period), request.type(), request.value(),
                request.upperValue(), request.narrative(), Actors.current());
        return values.targets(indicator.id(), unit.id()).stream().filter(t -> t.period().equals(period.code()))
                .findFirst().orElseThrow();
    }

    @Override
    public int setTargets(String unitCode, List<TargetLine> lines) {
        OrgUnitView unit = activeUnit(unitCode);
        Map<String, IndicatorView> applicable = new LinkedHashMap<>();
        indicatorsRelatedTo(unit).forEach(i -> applicable.put(i.code(), i));
        List<EntryError> errors = new ArrayList<>();
        List<ValueRepository.TargetRow> rows = new ArrayList<>();
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
            List<EntryError> problems = ValueRules.checkTarget(indicator, period, line.type(), line.value(),
                    line.upperValue(), line.narrative());
            if (problems.isEmpty()) {
                rows.add(new ValueRepository.TargetRow(indicator.id(), periods.idFor(period), line.type(), line.value(),
                        line.upperValue(), line.narrative()));
            } else {
                problems.forEach(p -> errors.add(p.forPeriod(period.code())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntriesException(errors);
        }
        values.upsertTargets(unit.id(), rows, Actors.current());
        return rows.size();
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
                request.denominator(), request.text(), request.comment()))));
        return values.actuals(indicator.id(), unit.id()).stream().filter(a -> a.period().equals(period.code()))
                .findFirst().orElseThrow();
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
                .collect(Collectors.toMap(TargetView::indicatorCode, Function.identity()));
        Map<String, ActualView> actuals = periodId.map(id -> values.actualsFor(unit.id(), id)).orElse(List.of()).stream()
                .collect(Collectors.toMap(ActualView::indicatorCode, Function.identity()));
        List<DataEntrySheet.Row> rows = due.stream()
                .map(i -> new DataEntrySheet.Row(i, targets.get(i.code()), actuals.get(i.code()))).toList();
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
            var periodError = ValueRules.checkActualPeriod(indicator, period, today);
            if (periodError.isPresent()) {
                errors.add(periodError.get());
                continue;
            }
            EntryLine e = line.entry();
            ValueRules.CheckedActual checked = ValueRules.checkActual(indicator, e.value(), e.numerator(),
                    e.denominator(), e.text());
            if (checked.isValid()) {
                rows.add(new ValueRepository.ActualRow(indicator.id(), checked.value(), checked.numerator(),
                        checked.denominator(), checked.text(), blankToNull(e.comment())));
            } else {
                errors.addAll(checked.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntriesException(errors);
        }
        if (rows.isEmpty()) {
            return;
        }
        values.upsertActuals(unit.id(), periods.idFor(period), rows, Actors.current());
        events.publishEvent(new ActualsRecorded(unit.code(), lines.stream().map(l -> l.indicator().code()).toList(),
                List.of(period.code())));
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

    private List<IndicatorView> reportable(OrgUnitView unit, Period period) {
        return indicatorsApplyingTo(unit).stream().filter(i -> i.frequency() == period.type()).toList();
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
}
