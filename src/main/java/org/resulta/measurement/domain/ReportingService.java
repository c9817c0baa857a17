package org.resulta.measurement.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.audit.ChangeDescription;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.Permission;
import org.resulta.identity.SignedInUser;
import org.resulta.identity.UnitPlacement;
import org.resulta.measurement.ApprovalState;
import org.resulta.measurement.DataSetRequest;
import org.resulta.measurement.DataSetView;
import org.resulta.measurement.EntryError;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.InvalidEntriesException;
import org.resulta.measurement.ReportStateChanged;
import org.resulta.measurement.ReportView;
import org.resulta.measurement.ReportingCycle;
import org.resulta.measurement.ReportingStatus;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
@Transactional
class ReportingService implements ReportingCycle {

    static final int REMINDER_MONTHS = 6;

    private final DataSetRepository dataSets;
    private final IndicatorRepository indicators;
    private final PeriodRepository periods;
    private final OrgUnitLookup units;
    private final PeriodCalendar calendar;
    private final DisaggregationService disaggregations;
    private final VarianceCheck varianceCheck;
    private final ValidationService validation;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemDefaultZone();
    private final java.util.concurrent.atomic.AtomicReference<List<DataSetRepository.StoredDataSet>> cache =
            new java.util.concurrent.atomic.AtomicReference<>();

    private final FormulaService formulas;

    ReportingService(DataSetRepository dataSets, IndicatorRepository indicators, PeriodRepository periods,
                     OrgUnitLookup units, PeriodCalendar calendar, DisaggregationService disaggregations,
                     VarianceCheck varianceCheck, ValidationService validation, CurrentUser currentUser,
                     AuditTrail audit, ApplicationEventPublisher events, FormulaService formulas) {
        this.formulas = formulas;
        this.validation = validation;
        this.dataSets = dataSets;
        this.indicators = indicators;
        this.periods = periods;
        this.units = units;
        this.calendar = calendar;
        this.disaggregations = disaggregations;
        this.varianceCheck = varianceCheck;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    // ---- data sets

    @Override
    @Transactional(readOnly = true)
    public List<DataSetView> dataSets() {
        Map<Long, String> indicatorCodes = new LinkedHashMap<>();
        Map<Long, String> unitCodes = new LinkedHashMap<>();
        return all().stream().map(d -> view(d, indicatorCodes, unitCodes)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public DataSetView dataSet(String code) {
        return view(require(code), new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    @Override
    public DataSetView define(DataSetRequest request) {
        if (request.expiryDays() != null && request.expiryDays() < request.dueDays()) {
            throw new InvalidValueException("expiryDays", "expiry-before-due", "Entry would close (" + request.expiryDays()
                    + " days after the period) before the report is due (" + request.dueDays() + " days)");
        }
        if (dataSets.codeExists(request.code())) {
            throw new ConflictException("code", "duplicate-code", "A data set with code '" + request.code() + "' already exists");
        }
        OrgUnitView owner = unit("ownerUnitCode", request.ownerUnitCode());
        Map<Long, Boolean> members = new LinkedHashMap<>();
        for (DataSetRequest.Member m : request.indicators()) {
            IndicatorView indicator = indicators.find(m.indicatorCode())
                    .orElseThrow(() -> new NotFoundException("indicators", "indicator", m.indicatorCode()));
            if (formulas.isComputed(indicator.id())) {
                throw new InvalidValueException("indicators", "computed-indicator", "Indicator " + indicator.code()
                        + " is computed by its formula: a reporting form lists the indicators whose values are entered");
            }
            if (indicator.frequency() != request.frequency()) {
                throw new InvalidValueException("indicators", "member-frequency", "Indicator " + indicator.code()
                        + " is reported " + indicator.frequency().label().toLowerCase() + ", not "
                        + request.frequency().label().toLowerCase() + " like the data set");
            }
            members.put(indicator.id(), m.explainVariance());
        }
        List<Long> reporting = new ArrayList<>();
        for (String code : request.unitCodes()) {
            OrgUnitView unit = unit("unitCodes", code);
            if (!owner.contains(unit)) {
                throw new InvalidValueException("unitCodes", "unit-outside-owner", "Unit " + code
                        + " lies outside " + owner.code() + ", which owns the data set");
            }
            reporting.add(unit.id());
        }
        dataSets.insert(request, owner.id(), members, reporting, Actors.current());
        cache.set(null);
        audit.record(new AuditEntry(AuditedEntity.DATA_SET, request.code(), AuditAction.CREATE, owner.id(), null,
                ChangeDescription.of(request), null));
        return dataSet(request.code());
    }

    // ---- board

    @Override
    @Transactional(readOnly = true)
    public List<ReportView> board(String unitCode, String periodCode) {
        OrgUnitView root = unit("unitCode", unitCode);
        Period period = calendar.parse(periodCode);
        List<ReportView> rows = new ArrayList<>();
        for (DataSetRepository.StoredDataSet dataSet : all()) {
            if (dataSet.frequency() != period.type()) {
                continue;
            }
            List<OrgUnitView> reporting = reportingUnits(dataSet, root);
            rows.addAll(reports(dataSet, reporting, period));
        }
        return rows;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportView report(String dataSetCode, String unitCode, String periodCode) {
        DataSetRepository.StoredDataSet dataSet = require(dataSetCode);
        OrgUnitView unit = assigned(dataSet, unitCode);
        return reports(dataSet, List.of(unit), periodOf(dataSet, periodCode)).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportView> reminders() {
        SignedInUser me = currentUser.require();
        Optional<UnitPlacement> scope = currentUser.scope();
        LocalDate today = LocalDate.now(clock);
        List<ReportView> waiting = new ArrayList<>();
        for (DataSetRepository.StoredDataSet dataSet : all()) {
            List<OrgUnitView> reporting = dataSet.units().stream().map(units::find).flatMap(Optional::stream)
                    .filter(u -> scope.isEmpty() || within(scope.get(), u)).toList();
            if (reporting.isEmpty()) {
                continue;
            }
            Period period = calendar.containing(today.minusMonths(REMINDER_MONTHS), dataSet.frequency());
            for (; !period.start().isAfter(today); period = period.next()) {
                for (ReportView r : reports(dataSet, reporting, period)) {
                    boolean mine = switch (r.status()) {
                        case MISSING, OVERDUE -> me.has(Permission.DATA_ENTER);
                        case SUBMITTED -> me.has(Permission.DATA_VERIFY);
                        case VERIFIED -> me.has(Permission.DATA_APPROVE) && approverInScope(dataSet, r.unitCode(), scope);
                        default -> false;
                    };
                    if (mine) {
                        waiting.add(r);
                    }
                }
            }
        }
        waiting.sort(Comparator.comparing(ReportView::dueDate).reversed());
        return waiting.size() > 50 ? waiting.subList(0, 50) : waiting;
    }

    // ---- workflow

    @Override
    public ReportView submit(String dataSetCode, String unitCode, String period) {
        return step(dataSetCode, unitCode, period, ApprovalWorkflow.Step.SUBMIT, null);
    }

    @Override
    public ReportView verify(String dataSetCode, String unitCode, String period) {
        return step(dataSetCode, unitCode, period, ApprovalWorkflow.Step.VERIFY, null);
    }

    @Override
    public ReportView approve(String dataSetCode, String unitCode, String period) {
        return step(dataSetCode, unitCode, period, ApprovalWorkflow.Step.APPROVE, null);
    }

    @Override
    public ReportView lock(String dataSetCode, String unitCode, String period) {
        return step(dataSetCode, unitCode, period, ApprovalWorkflow.Step.LOCK, null);
    }

    @Override
    public ReportView returnForCorrection(String dataSetCode, String unitCode, String period, String reason) {
        return step(dataSetCode, unitCode, period, ApprovalWorkflow.Step.RETURN, reason);
    }

    @Override
    public ReportView reopen(String dataSetCode, String unitCode, String period, String reason) {
        return step(dataSetCode, unitCode, period, ApprovalWorkflow.Step.REOPEN, reason);
    }

    @Override
    public ReportView grantException(String dataSetCode, String unitCode, String periodCode, LocalDate openUntil,
                                     String reason) {
        DataSetRepository.StoredDataSet dataSet = require(dataSetCode);
        OrgUnitView unit = assigned(dataSet, unitCode);
        Period period = periodOf(dataSet, periodCode);
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "reason-required", "Give a reason for opening entry after it closed");
        }
        if (openUntil == null || openUntil.isBefore(LocalDate.now(clock))) {
            throw new InvalidValueException("openUntil", "date-in-past", "An exception must stay open until today or later");
        }
        dataSets.insertException(dataSet.id(), unit.id(), periods.idFor(period), openUntil, reason.trim(), Actors.current());
        audit.record(new AuditEntry(AuditedEntity.APPROVAL, key(dataSet, unit, period), AuditAction.REOPEN, unit.id(),
                null, "entry open until " + openUntil, reason.trim()));
        return report(dataSetCode, unitCode, periodCode);
    }

    private ReportView step(String dataSetCode, String unitCode, String periodCode, ApprovalWorkflow.Step step,
                            String reason) {
        DataSetRepository.StoredDataSet dataSet = require(dataSetCode);
        OrgUnitView unit = assigned(dataSet, unitCode);
        Period period = periodOf(dataSet, periodCode);
        int periodId = periods.idFor(period);
        ApprovalState current = dataSets.approval(dataSet.id(), unit.id(), periodId)
                .map(DataSetRepository.Approval::state).orElse(ApprovalState.OPEN);
        String report = key(dataSet, unit, period);
        ApprovalState next = ApprovalWorkflow.next(current, step, reason, report);
        if (step == ApprovalWorkflow.Step.SUBMIT) {
            List<EntryError> missing = new ArrayList<>(varianceCheck.unexplained(dataSet, unit, period, periodId));
            missing.addAll(blockingViolations(dataSet, unit, period));
            if (!missing.isEmpty()) {
                throw new InvalidEntriesException(missing);
            }
        }
        dataSets.setState(dataSet.id(), unit.id(), periodId, next, reason == null ? null : reason.trim(),
                step == ApprovalWorkflow.Step.SUBMIT, Actors.current());
        audit.record(new AuditEntry(AuditedEntity.APPROVAL, report, action(step), unit.id(), "state=" + current,
                "state=" + next, reason == null ? null : reason.trim()));
        events.publishEvent(new ReportStateChanged(dataSet.code(), unit.code(), period.code(), current, next,
                Actors.current(), reason));
        return report(dataSetCode, unitCode, periodCode);
    }

    /** Broken blocking rules that involve an indicator of the data set. */
    private List<EntryError> blockingViolations(DataSetRepository.StoredDataSet dataSet, OrgUnitView unit, Period period) {
        java.util.Set<String> members = new java.util.HashSet<>();
        dataSet.indicators().keySet().forEach(id -> indicators.find(id).ifPresent(i -> members.add(i.code())));
        return validation.violations(unit, period).stream()
                .filter(v -> v.isBlocking() && v.indicatorCodes().stream().anyMatch(members::contains))
                .map(v -> new EntryError(v.indicatorCodes().stream().filter(members::contains).findFirst().orElseThrow(),
                        "value", "validation-rule", v.message())).toList();
    }

    // ---- entry gate, used by the value services

    /**
     * Why values of these indicators for the unit and period cannot change now: a report of a data set that holds
     * them is no longer open, or its entry has closed without an exception. Empty when they can.
     */
    List<EntryError> entryRefusals(OrgUnitView unit, Period period, int periodId, List<IndicatorView> touched) {
        List<EntryError> refusals = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (DataSetRepository.StoredDataSet dataSet : all()) {
            if (dataSet.frequency() != period.type() || !dataSet.units().contains(unit.id())) {
                continue;
            }
            List<IndicatorView> inSet = touched.stream().filter(i -> dataSet.indicators().containsKey(i.id())).toList();
            if (inSet.isEmpty()) {
                continue;
            }
            ApprovalState state = dataSets.approval(dataSet.id(), unit.id(), periodId)
                    .map(DataSetRepository.Approval::state).orElse(ApprovalState.OPEN);
            String why = null;
            String rule = null;
            if (state != ApprovalState.OPEN) {
                rule = "report-" + state.name().toLowerCase();
                why = "The report '" + dataSet.name() + "' of " + unit.code() + " for " + period.code() + " is "
                        + state.name().toLowerCase() + ": its values change only after it is returned or reopened";
            } else if (closesOn(dataSet, period) != null && today.isAfter(closesOn(dataSet, period))
                    && !dataSets.hasException(dataSet.id(), unit.id(), periodId, today)) {
                rule = "entry-closed";
                why = "Entry for '" + dataSet.name() + "', " + period.code() + " closed on " + closesOn(dataSet, period)
                        + "; ask the approving office for an exception";
            }
            if (why != null) {
                for (IndicatorView i : inSet) {
                    refusals.add(new EntryError(i.code(), "period", rule, why));
                }
            }
        }
        return refusals;
    }

    // ---- helpers

    /** Data sets change rarely and are read on every save: held in memory, dropped when one is defined. */
    private List<DataSetRepository.StoredDataSet> all() {
        List<DataSetRepository.StoredDataSet> all = cache.get();
        if (all == null) {
            all = dataSets.all();
            cache.set(all);
        }
        return all;
    }

    private List<ReportView> reports(DataSetRepository.StoredDataSet dataSet, List<OrgUnitView> reporting, Period period) {
        if (reporting.isEmpty()) {
            return List.of();
        }
        int periodId = periods.idFor(period);
        List<Long> unitIds = reporting.stream().map(OrgUnitView::id).toList();
        Map<Long, DataSetRepository.Approval> approvals = dataSets.approvals(dataSet.id(), periodId, unitIds);
        Map<Long, Integer> counts = dataSets.valueCounts(dataSet.indicators().keySet(), unitIds, periodId);
        int expected = expectedValues(dataSet);
        LocalDate due = period.end().plusDays(dataSet.dueDays());
        LocalDate closes = closesOn(dataSet, period);
        LocalDate today = LocalDate.now(clock);
        List<ReportView> rows = new ArrayList<>();
        for (OrgUnitView unit : reporting) {
            DataSetRepository.Approval approval = approvals.get(unit.id());
            ApprovalState state = approval == null ? ApprovalState.OPEN : approval.state();
            int entered = counts.getOrDefault(unit.id(), 0);
            boolean late = approval != null && approval.submittedAt() != null
                    && approval.submittedAt().toLocalDate().isAfter(due);
            rows.add(new ReportView(dataSet.code(), dataSet.name(), unit.code(), unit.name(), period.code(),
                    period.label(), due, closes, entered, expected, state, status(state, entered, expected, due, closes,
                    today, dataSets.hasException(dataSet.id(), unit.id(), periodId, today)), late,
                    approval == null ? null : approval.reason(), approval == null ? null : approval.changedBy(),
                    approval == null ? null : approval.changedAt()));
        }
        return rows;
    }

    /** The board's status: the approval state once submitted; for an open report, how it stands against its dates. */
    static ReportingStatus status(ApprovalState state, int entered, int expected, LocalDate due, LocalDate closes,
                                  LocalDate today, boolean exception) {
        return switch (state) {
            case SUBMITTED -> ReportingStatus.SUBMITTED;
            case VERIFIED -> ReportingStatus.VERIFIED;
            case APPROVED -> ReportingStatus.APPROVED;
            case LOCKED -> ReportingStatus.LOCKED;
            case OPEN -> {
                if (closes != null && today.isAfter(closes) && !exception) {
                    yield ReportingStatus.CLOSED;
                }
                if (!today.isAfter(due)) {
                    yield entered == 0 ? ReportingStatus.NOT_DUE : ReportingStatus.IN_PROGRESS;
                }
                yield entered == 0 ? ReportingStatus.MISSING : ReportingStatus.OVERDUE;
            }
        };
    }

    private int expectedValues(DataSetRepository.StoredDataSet dataSet) {
        var snapshot = disaggregations.snapshot();
        int expected = 0;
        for (Long indicatorId : dataSet.indicators().keySet()) {
            Optional<IndicatorView> indicator = indicators.find(indicatorId);
            expected += indicator.filter(IndicatorView::isDisaggregated)
                    .map(i -> snapshot.byId().get(disaggregations.idOf(i.disaggregationCode()).orElseThrow()).combos().size())
                    .orElse(1);
        }
        return expected;
    }

    private static LocalDate closesOn(DataSetRepository.StoredDataSet dataSet, Period period) {
        return dataSet.expiryDays() == null ? null : period.end().plusDays(dataSet.expiryDays());
    }

    private List<OrgUnitView> reportingUnits(DataSetRepository.StoredDataSet dataSet, OrgUnitView root) {
        return dataSet.units().stream().map(units::find).flatMap(Optional::stream).filter(root::contains).toList();
    }

    private boolean approverInScope(DataSetRepository.StoredDataSet dataSet, String unitCode, Optional<UnitPlacement> scope) {
        if (scope.isEmpty()) {
            return true;
        }
        return approverOf(dataSet, units.find(unitCode).orElseThrow()).map(a -> within(scope.get(), a)).orElse(false);
    }

    /** The unit {@code approvalLevels} levels above the reporting unit, or the root when the tree is not that deep. */
    Optional<OrgUnitView> approverOf(DataSetRepository.StoredDataSet dataSet, OrgUnitView unit) {
        List<Long> above = unit.ancestorIds();
        if (above.isEmpty()) {
            return Optional.of(unit);
        }
        int index = Math.max(0, above.size() - dataSet.approvalLevels());
        return units.find(above.get(index));
    }

    private static boolean within(UnitPlacement scope, OrgUnitView unit) {
        return unit.preOrder() >= scope.preOrder() && unit.preOrder() < scope.preOrder() + scope.subtreeSize();
    }

    private DataSetView view(DataSetRepository.StoredDataSet d, Map<Long, String> indicatorCodes, Map<Long, String> unitCodes) {
        List<DataSetRequest.Member> members = d.indicators().entrySet().stream()
                .map(e -> new DataSetRequest.Member(indicatorCodes.computeIfAbsent(e.getKey(),
                        id -> indicators.find(id).map(IndicatorView::code).orElse("?")), e.getValue())).toList();
        List<String> reporting = d.units().stream().map(id -> unitCodes.computeIfAbsent(id,
                u -> units.find(u).map(OrgUnitView::code).orElse("?"))).toList();
        return new DataSetView(d.code(), d.name(), d.frequency(), d.dueDays(), d.expiryDays(), d.approvalLevels(),
                units.find(d.ownerUnitId()).map(OrgUnitView::code).orElse("?"), members, reporting);
    }

    DataSetRepository.StoredDataSet require(String code) {
        return all().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("dataSetCode", "data set", code));
    }

    private OrgUnitView assigned(DataSetRepository.StoredDataSet dataSet, String unitCode) {
        OrgUnitView unit = unit("unitCode", unitCode);
        if (!dataSet.units().contains(unit.id())) {
            throw new InvalidValueException("unitCode", "unit-not-reporting", "Unit " + unitCode + " does not report "
                    + dataSet.name());
        }
        return unit;
    }

    private Period periodOf(DataSetRepository.StoredDataSet dataSet, String periodCode) {
        Period period = calendar.parse(periodCode);
        if (period.type() != dataSet.frequency()) {
            throw new InvalidValueException("period", "period-frequency", dataSet.name() + " is reported "
                    + dataSet.frequency().label().toLowerCase() + ", not for " + period.code());
        }
        return period;
    }

    private OrgUnitView unit(String field, String code) {
        return units.find(code).orElseThrow(() -> new NotFoundException(field, "org unit", code));
    }

    private static String key(DataSetRepository.StoredDataSet dataSet, OrgUnitView unit, Period period) {
        return dataSet.code() + "|" + unit.code() + "|" + period.code();
    }

    private static AuditAction action(ApprovalWorkflow.Step step) {
        return switch (step) {
            case SUBMIT -> AuditAction.SUBMIT;
            case VERIFY -> AuditAction.VERIFY;
            case APPROVE -> AuditAction.APPROVE;
            case LOCK -> AuditAction.LOCK;
            case RETURN -> AuditAction.RETURN;
            case REOPEN -> AuditAction.REOPEN;
        };
    }
}
