package org.resulta.measurement.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.audit.ChangeDescription;
import org.resulta.identity.CurrentUser;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorQuery;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.ValueRecord;
import org.resulta.measurement.calculation.formula.FormulaCatalog;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.results.ResultNodeReference;
import org.resulta.results.ResultsLookup;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.resulta.shared.PeriodCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
@Transactional
class IndicatorService implements IndicatorCatalog, MeasurementLookup {

    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final ResultsLookup results;
    private final OrgUnitLookup units;
    private final CurrentUser currentUser;
    private final PeriodCalendar calendar;
    private final DisaggregationService disaggregations;
    private final AuditTrail audit;
    private final FormulaService formulas;

    IndicatorService(IndicatorRepository indicators, ValueRepository values, ResultsLookup results,
                     OrgUnitLookup units, CurrentUser currentUser, PeriodCalendar calendar,
                     DisaggregationService disaggregations, AuditTrail audit, FormulaService formulas) {
        this.formulas = formulas;
        this.disaggregations = disaggregations;
        this.audit = audit;
        this.indicators = indicators;
        this.values = values;
        this.results = results;
        this.units = units;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<IndicatorView> indicators(IndicatorQuery query, PageRequest page) {
        int from = 0;
        int to = Integer.MAX_VALUE;
        List<Long> ancestors = List.of();
        var scope = currentUser.scope();
        if (scope.isPresent()) {
            OrgUnitView unit = units.find(scope.get().id()).orElseThrow();
            from = unit.preOrder();
            to = unit.subtreeEnd();
            ancestors = unit.ancestorIds();
        }
        long total = indicators.count(query, from, to, ancestors);
        List<IndicatorView> items = total == 0 ? List.of()
                : indicators.search(query, from, to, ancestors, page.offset(), page.size());
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorView indicator(String code) {
        return indicators.find(code).orElseThrow(() -> new NotFoundException("code", "indicator", code));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorView> indicatorsForUnit(String unitCode) {
        OrgUnitView unit = units.find(unitCode).orElseThrow(() -> new NotFoundException("unitCode", "org unit", unitCode));
        return indicators.relatedTo(unit.preOrder(), unit.subtreeEnd(), unit.ancestorIds());
    }

    @Override
    public IndicatorView define(IndicatorRequest request) {
        IndicatorDefinition definition = IndicatorDefinition.from(request, calendar);
        if (indicators.codeExists(definition.code())) {
            throw new ConflictException("code", "duplicate-code", "An indicator with code '" + definition.code() + "' already exists");
        }
        ResultNodeReference node = result(request.resultCode());
        indicators.insert(definition, node.nodeId(), node.planOwnerUnitId(), disaggregationId(request),
                indicators.nextSortOrder(node.nodeId()), Actors.current());
        IndicatorView created = indicator(definition.code());
        audit.record(new AuditEntry(AuditedEntity.INDICATOR, created.code(), AuditAction.CREATE, node.planOwnerUnitId(),
                null, ChangeDescription.of(request), null));
        return created;
    }

    @Override
    public IndicatorView change(String code, IndicatorRequest request) {
        IndicatorView current = indicator(code);
        if (!current.code().equals(request.code())) {
            throw new InvalidValueException("code", "code-immutable", "An indicator's code cannot change ('"
                    + current.code() + "' to '" + request.code() + "'); define a new indicator instead");
        }
        IndicatorDefinition definition = IndicatorDefinition.from(request, calendar);
        if (request.resultWeight() == null) {
            definition = definition.withResultWeight(current.resultWeight());
        }
        ResultNodeReference node = result(request.resultCode());
        if (!node.planCode().equals(current.planCode())) {
            throw new InvalidValueException("resultCode", "same-plan", "Indicator " + code + " belongs to plan "
                    + current.planCode() + "; it can move to another result of that plan only");
        }
        Integer disaggregation = disaggregationId(request);
        String newDisaggregation = disaggregation == null ? DisaggregationView.NONE : request.disaggregationCode().trim();
        if (values.hasValues(current.id()) && (definition.measure() != current.measure()
                || definition.frequency() != current.frequency()
                || !newDisaggregation.equals(current.disaggregationCode()))) {
            throw new ConflictException("measure", "values-exist", "Indicator " + code + " already has actuals; "
                    + "its measure, frequency and disaggregation can no longer change (retire it and define a new one)");
        }
        if (definition.measure() == Measure.TEXT && formulas.isComputed(current.id())) {
            throw new InvalidValueException("measure", "formula-qualitative", "Indicator " + code + " is computed by "
                    + "its formula, so it stays numeric; remove the formula first");
        }
        indicators.update(current.id(), definition, node.nodeId(), disaggregation, Actors.current());
        IndicatorView changed = indicator(code);
        ChangeDescription diff = ChangeDescription.between(current, changed);
        if (!diff.isEmpty()) {
            audit.record(new AuditEntry(AuditedEntity.INDICATOR, code, AuditAction.UPDATE, node.planOwnerUnitId(),
                    diff.before(), diff.after(), null));
        }
        return changed;
    }

    @Override
    public IndicatorView retire(String code, String reason) {
        IndicatorView current = indicator(code);
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "required", "Give a reason for retiring an indicator");
        }
        if (current.retired()) {
            throw new ConflictException("code", "already-retired", "Indicator " + code + " was already retired");
        }
        indicators.retire(current.id(), reason.trim(), Actors.current());
        audit.record(new AuditEntry(AuditedEntity.INDICATOR, code, AuditAction.RETIRE,
                units.find(current.ownerUnitCode()).map(OrgUnitView::id).orElse(null), null, null, reason.trim()));
        return indicator(code);
    }

    // ---- MeasurementLookup

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorView> indicatorsOwnedBy(Collection<Long> unitIds) {
        return indicators.ownedBy(unitIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IndicatorView> find(String code) {
        return indicators.find(code);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ValueRecord> actuals(Collection<Long> indicatorIds, int preOrderFrom, int preOrderTo, LocalDate start,
                                     LocalDate end) {
        return values.actualRecords(indicatorIds, preOrderFrom, preOrderTo, start, end);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isComputed(String indicatorCode) {
        return formulas.isComputed(indicatorCode);
    }

    @Override
    @Transactional(readOnly = true)
    public FormulaCatalog formulas() {
        return formulas.catalog();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Integer> optionComboId(String indicatorCode, String comboCode) {
        return formulas.optionComboId(indicatorCode, comboCode);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ValueRecord> targets(Collection<Long> indicatorIds, int preOrderFrom, int preOrderTo, LocalDate start,
                                     LocalDate end) {
        return values.targetRecords(indicatorIds, preOrderFrom, preOrderTo, start, end);
    }

    /** The disaggregation the request names, or null for none. */
    private Integer disaggregationId(IndicatorRequest request) {
        String code = request.disaggregationCode();
        if (code == null || code.isBlank() || DisaggregationView.NONE.equals(code.trim())) {
            return null;
        }
        return disaggregations.idOf(code.trim())
                .orElseThrow(() -> new NotFoundException("disaggregationCode", "disaggregation", code));
    }

    private ResultNodeReference result(String code) {
        return results.nodeReference(code).orElseThrow(() -> new NotFoundException("resultCode", "result", code));
    }
}
