package org.resulta.measurement.domain;

import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.UnitPlacement;
import org.resulta.measurement.ActualsImport;
import org.resulta.measurement.ActualsRecorded;
import org.resulta.measurement.EntryError;
import org.resulta.measurement.ImportListener;
import org.resulta.measurement.ImportOptions;
import org.resulta.measurement.ImportRejection;
import org.resulta.measurement.ImportSource;
import org.resulta.measurement.ImportTally;
import org.resulta.measurement.ImportedActual;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.OptionComboView;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Actors;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads a stream of actuals in one transaction: each row checked in memory with the rules of the data-entry form
 * ({@link ValueRules}, the option combination, the report's approval state and expiry), valid rows written a
 * batch at a time by {@link BulkActualWriter}, every change audited, and {@link ActualsRecorded} published after
 * the commit from a temporary file of the changed cells. Memory holds one batch and small bounded caches.
 */
@Service
class ActualsLoader implements ActualsImport {

    static final int BATCH = 5_000;
    private static final int PROGRESS_EVERY = 2_000;
    private static final int CACHE_LIMIT = 50_000;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final IndicatorRepository indicators;
    private final OrgUnitLookup units;
    private final PeriodCalendar calendar;
    private final PeriodRepository periods;
    private final DisaggregationService disaggregations;
    private final ObjectProvider<ReportingService> reporting;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final BulkActualWriter writer;
    private final DataSetRepository dataSets;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemDefaultZone();

    private final FormulaService formulas;

    ActualsLoader(IndicatorRepository indicators, OrgUnitLookup units, PeriodCalendar calendar, PeriodRepository periods,
                  DisaggregationService disaggregations, ObjectProvider<ReportingService> reporting,
                  CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events,
                  BulkActualWriter writer, DataSetRepository dataSets, PlatformTransactionManager transactionManager,
                  FormulaService formulas) {
        this.formulas = formulas;
        this.indicators = indicators;
        this.units = units;
        this.calendar = calendar;
        this.periods = periods;
        this.disaggregations = disaggregations;
        this.reporting = reporting;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.writer = writer;
        this.dataSets = dataSets;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public ImportTally load(ImportSource source, ImportOptions options, ImportListener listener) {
        Optional<UnitPlacement> scope = currentUser.scope();
        String actor = Actors.current();
        try (ChangedCells changed = new ChangedCells()) {
            Run run = new Run(options, listener, scope, actor, changed);
            ImportTally tally = transactions.execute(status -> {
                source.read(run::accept);
                run.flush();
                ImportTally t = run.tally();
                if (!t.saved()) {
                    status.setRollbackOnly();
                }
                return t;
            });
            listener.progress(run.read, run.rejected);
            if (tally != null && tally.saved()) {
                changed.announce(events::publishEvent);
            }
            return tally;
        }
    }

    /** A row that passed every check, waiting in the current batch. */
    private record Pending(long line, OrgUnitView unit, IndicatorView indicator, String periodCode, int periodId,
                           String comboCode, ValueRepository.ActualRow row) {

        String key() {
            return BulkActualWriter.Keyed.key(indicator.id(), unit.id(), periodId, row.comboId());
        }
    }

    /** Which indicators of which units a data set of this frequency holds: only their rows can meet a closed report. */
    private record Covered(PeriodType frequency, Set<Long> indicators, Set<Long> units) {
    }

    /** One load in progress: counters, bounded caches and the current batch. */
    private final class Run {

        private final ImportOptions options;
        private final ImportListener listener;
        private final Optional<UnitPlacement> scope;
        private final String actor;
        private final ChangedCells changed;
        private final LocalDate today = LocalDate.now(clock);
        private final DisaggregationService.Snapshot combos = disaggregations.snapshot();
        private final Map<String, Period> periodsByText = new HashMap<>();
        private final Map<Period, Integer> periodIds = new HashMap<>();
        private final Map<Period, String> periodCodes = new HashMap<>();
        private final Map<String, Optional<EntryError>> closed = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<EntryError>> eldest) {
                return size() > CACHE_LIMIT;
            }
        };
        private final List<Pending> batch = new ArrayList<>(BATCH);
        private final Map<String, IndicatorView> indicatorsByCode = new HashMap<>();
        /** Indicators computed by a formula: their actuals are never typed, so never imported. */
        private final Set<Long> computed = formulas.computedIds();
        private final Map<String, OrgUnitView> unitsByCode = new HashMap<>();
        private final List<Covered> covered = dataSets.all().stream().map(d -> new Covered(d.frequency(),
                Set.copyOf(d.indicators().keySet()), Set.copyOf(d.units()))).toList();
        private long read;
        private long rejected;
        private long created;
        private long updated;
        private long unchanged;

        Run(ImportOptions options, ImportListener listener, Optional<UnitPlacement> scope, String actor,
            ChangedCells changed) {
            this.options = options;
            this.listener = listener;
            this.scope = scope;
            this.actor = actor;
            this.changed = changed;
        }

        void accept(ImportedActual row) {
            read++;
            Pending checked = check(row);
            if (checked != null) {
                listener.accepted(checked.unit().code(), checked.periodCode());
                batch.add(checked);
                if (batch.size() >= BATCH) {
                    flush();
                }
            }
            if (read % PROGRESS_EVERY == 0) {
                listener.progress(read, rejected);
            }
        }

        ImportTally tally() {
            boolean saved = !options.dryRun() && (options.skipInvalid() || rejected == 0);
            return new ImportTally(read, rejected, created, updated, unchanged, saved);
        }

        private boolean writing() {
            return !options.dryRun() && (options.skipInvalid() || rejected == 0);
        }

        private void reject(ImportedActual row, String field, String rule, String value, String message) {
            rejected++;
            listener.rejected(new ImportRejection(row.line(), field, rule, value, message));
        }

        /** The row ready to store, or null when refused (the refusal is reported). */
        private Pending check(ImportedActual row) {
            String indicatorCode = trim(row.indicator());
            if (indicatorCode == null) {
                reject(row, "indicator", "indicator-required", null, "Give the indicator's code");
                return null;
            }
            IndicatorView indicator = indicator(indicatorCode);
            if (indicator == null) {
                reject(row, "indicator", "unknown-indicator", indicatorCode, "There is no indicator '" + indicatorCode + "'");
                return null;
            }
            String unitCode = trim(row.unit());
            OrgUnitView unit = unitCode == null ? null : unit(unitCode);
            if (unit == null) {
                reject(row, "unit", unitCode == null ? "unit-required" : "unknown-unit", unitCode,
                        unitCode == null ? "Give the unit's code" : "There is no org unit '" + unitCode + "'");
                return null;
            }
            if (scope.isPresent() && !(unit.preOrder() >= scope.get().preOrder()
                    && unit.preOrder() < scope.get().preOrder() + scope.get().subtreeSize())) {
                reject(row, "unit", "unit-out-of-scope", unitCode, "You may not enter data for unit " + unitCode
                        + ": it lies outside your scope (" + scope.get().code() + ")");
                return null;
            }
            if (unit.isRetired()) {
                reject(row, "unit", "unit-retired", unitCode, "Unit " + unitCode + " is retired and takes no new values");
                return null;
            }
            if (indicator.retired()) {
                reject(row, "indicator", "indicator-retired", indicatorCode, "Indicator " + indicatorCode + " is retired");
                return null;
            }
            if (computed.contains(indicator.id())) {
                reject(row, "indicator", "computed-indicator", indicatorCode, "Indicator " + indicatorCode
                        + " is computed by its formula from other indicators: its actuals cannot be entered or imported"
                        + " (import the indicators its formula references)");
                return null;
            }
            OrgUnitView owner = unit(indicator.ownerUnitCode());
            if (owner == null || !owner.contains(unit)) {
                reject(row, "indicator", "indicator-not-applicable", indicatorCode, "Indicator " + indicatorCode
                        + " belongs to the plan of " + indicator.ownerUnitCode() + "; unit " + unitCode
                        + " does not report it");
                return null;
            }
            Period period = period(row);
            if (period == null) {
                return null;
            }
            Optional<EntryError> periodError = ValueRules.checkActualPeriod(indicator, period, today);
            if (periodError.isPresent()) {
                reject(row, "period", periodError.get().rule(), row.period(), periodError.get().message());
                return null;
            }
            String comboText = trim(row.optionCombo());
            Integer comboId = combo(row, indicator, comboText);
            if (comboId == null) {
                return null;
            }
            BigDecimal value = null;
            String text = null;
            if (indicator.measure() == Measure.TEXT) {
                text = row.value();
            } else if (indicator.measure() != Measure.RATIO) {
                value = number(row, "value", row.value());
                if (value == null && trim(row.value()) != null) {
                    return null;
                }
            }
            BigDecimal numerator = null;
            BigDecimal denominator = null;
            if (indicator.measure() == Measure.RATIO) {
                numerator = number(row, "numerator", row.numerator());
                denominator = number(row, "denominator", row.denominator());
                if ((numerator == null && trim(row.numerator()) != null)
                        || (denominator == null && trim(row.denominator()) != null)) {
                    return null;
                }
            }
            ValueRules.CheckedActual checked = ValueRules.checkActual(indicator, value, numerator, denominator, text);
            if (!checked.isValid()) {
                EntryError first = checked.errors().get(0);
                reject(row, first.field(), first.rule(), raw(row, first.field()), checked.errors().stream()
                        .map(EntryError::message).collect(Collectors.joining("; ")));
                return null;
            }
            int periodId = periodId(period);
            Optional<EntryError> refusal = !inAReport(indicator, unit, period) ? Optional.empty()
                    : closed.computeIfAbsent(unit.id() + ":" + periodId + ":" + indicator.id(), k -> reporting.getObject()
                    .entryRefusals(unit, period, periodId, List.of(indicator)).stream().findFirst());
            if (refusal.isPresent()) {
                reject(row, "period", refusal.get().rule(), period.code(), refusal.get().message());
                return null;
            }
            String comment = trim(row.comment());
            String comboCode = combos.combos().get(comboId).code();
            return new Pending(row.line(), unit, indicator, periodCodes.computeIfAbsent(period, Period::code), periodId, comboCode,
                    new ValueRepository.ActualRow(indicator.id(), comboId, checked.value(), checked.numerator(),
                            checked.denominator(), checked.text(), comment));
        }

        private boolean inAReport(IndicatorView indicator, OrgUnitView unit, Period period) {
            for (Covered c : covered) {
                if (c.frequency() == period.type() && c.indicators().contains(indicator.id()) && c.units().contains(unit.id())) {
                    return true;
                }
            }
            return false;
        }

        /** The indicator of a code, remembered for the load (unknown codes are not). */
        private IndicatorView indicator(String code) {
            IndicatorView known = indicatorsByCode.get(code);
            if (known == null) {
                known = indicators.find(code).orElse(null);
                if (known != null && indicatorsByCode.size() < CACHE_LIMIT) {
                    indicatorsByCode.put(code, known);
                }
            }
            return known;
        }

        /** The unit of a code, remembered for the load (unknown codes are not). */
        private OrgUnitView unit(String code) {
            OrgUnitView known = unitsByCode.get(code);
            if (known == null) {
                known = units.find(code).orElse(null);
                if (known != null && unitsByCode.size() < CACHE_LIMIT) {
                    unitsByCode.put(code, known);
                }
            }
            return known;
        }

        private Period period(ImportedActual row) {
            String text = trim(row.period());
            if (text == null) {
                reject(row, "period", "period-required", null, "Give the period, as " + PeriodCalendar.FORMATS);
                return null;
            }
            Period cached = periodsByText.get(text);
            if (cached != null) {
                return cached;
            }
            try {
                Period period = calendar.parse(text);
                if (periodsByText.size() < CACHE_LIMIT) {
                    periodsByText.put(text, period);
                }
                return period;
            } catch (InvalidValueException e) {
                reject(row, "period", e.rule(), text, e.getMessage());
                return null;
            }
        }

        private int periodId(Period period) {
            return periodIds.computeIfAbsent(period, p -> periods.idFor(p));
        }

        private Integer combo(ImportedActual row, IndicatorView indicator, String code) {
            boolean total = code == null || OptionComboView.TOTAL.equals(code);
            if (!indicator.isDisaggregated()) {
                if (total) {
                    return combos.totalComboId();
                }
                reject(row, "disaggregation", "not-disaggregated", code, "Indicator " + indicator.code()
                        + " is not disaggregated: leave the disaggregation blank");
                return null;
            }
            var disaggregation = combos.byId().get(combos.idByCode().get(indicator.disaggregationCode()));
            if (total) {
                reject(row, "disaggregation", "total-is-computed", code, "Indicator " + indicator.code()
                        + " is disaggregated by " + disaggregation.name() + ": give each combination; its total is computed");
                return null;
            }
            for (OptionComboView c : disaggregation.combos()) {
                if (c.code().equals(code)) {
                    return c.id();
                }
            }
            reject(row, "disaggregation", "unknown-option-combo", code, "'" + code + "' is not a combination of "
                    + disaggregation.name() + " (expected one of " + disaggregation.combos().stream()
                    .map(OptionComboView::code).collect(Collectors.joining(", ")) + ")");
            return null;
        }

        private BigDecimal number(ImportedActual row, String field, String text) {
            String t = trim(text);
            if (t == null) {
                return null;
            }
            if (!NUMBER.matcher(t).matches()) {
                reject(row, field, "number-format", t, "'" + t + "' is not a number: write digits with a dot for "
                        + "decimals and no thousands separators or currency signs (such as 1234.5)");
                return null;
            }
            return new BigDecimal(t);
        }

        /** Writes the batch: reads what is stored for its keys, then inserts, updates and audits what differs. */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            Map<String, Pending> lastPerKey = new LinkedHashMap<>();
            Set<Long> unitIds = new HashSet<>();
            Set<Integer> periodSet = new HashSet<>();
            Set<Long> indicatorIds = new HashSet<>();
            for (Pending p : batch) {
                lastPerKey.put(p.key(), p);
                unitIds.add(p.unit().id());
                periodSet.add(p.periodId());
                indicatorIds.add(p.indicator().id());
            }
            unchanged += batch.size() - lastPerKey.size();
            batch.clear();
            Map<String, ValueRepository.StoredActual> stored = writer.existing(unitIds, periodSet, indicatorIds);
            List<BulkActualWriter.Keyed> inserts = new ArrayList<>();
            List<BulkActualWriter.Keyed> updates = new ArrayList<>();
            List<AuditEntry> audited = new ArrayList<>();
            boolean write = writing();
            String reason = options.source() == null ? "Imported" : "Imported: " + options.source();
            for (Pending p : lastPerKey.values()) {
                ValueRepository.StoredActual before = stored.get(p.key());
                if (before != null && before.sameAs(p.row())) {
                    unchanged++;
                    continue;
                }
                var keyed = new BulkActualWriter.Keyed(p.unit().id(), p.periodId(), p.row());
                if (before == null) {
                    created++;
                    inserts.add(keyed);
                } else {
                    updated++;
                    updates.add(keyed);
                }
                if (write) {
                    audited.add(ValueAudit.actual(new ValueRepository.ActualChange(p.row(), before), p.indicator().code(),
                            p.unit().id(), p.unit().code(), p.periodCode(), p.comboCode(), reason));
                    changed.add(p.unit().code(), p.indicator().code(), p.periodCode(),
                            new ActualsRecorded.Cell(p.indicator().id(), p.unit().id(), p.periodCode(),
                                    p.row().comboId(), p.row().value(), p.row().numerator(), p.row().denominator()));
                }
            }
            if (write) {
                OffsetDateTime now = OffsetDateTime.now();
                writer.insert(inserts, actor, now);
                writer.update(updates, actor, now);
                audit.record(audited);
            }
        }
    }

    private static String raw(ImportedActual row, String field) {
        return switch (field) {
            case "numerator" -> row.numerator();
            case "denominator" -> row.denominator();
            default -> row.value();
        };
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
