package org.resulta.measurement.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.audit.ChangeDescription;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.RuleImportance;
import org.resulta.measurement.RuleViolation;
import org.resulta.measurement.ValidationRuleRequest;
import org.resulta.measurement.ValidationRuleView;
import org.resulta.measurement.ValidationRules;
import org.resulta.measurement.calculation.Aggregation;
import org.resulta.measurement.calculation.Observation;
import org.resulta.measurement.calculation.Outlier;
import org.resulta.measurement.calculation.OutlierDetection;
import org.resulta.measurement.calculation.formula.Formula;
import org.resulta.measurement.calculation.formula.FormulaException;
import org.resulta.measurement.calculation.formula.FormulaValue;
import org.resulta.measurement.calculation.formula.Reference;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Service
@Transactional(readOnly = true)
class ValidationService implements ValidationRules {

    static final String NUMERATOR = "numerator";
    static final String DENOMINATOR = "denominator";
    /** How many periods of a unit's history the outlier check looks at, the current one included. */
    static final int HISTORY = 24;
    /** Fewer present values than this and no outlier is flagged. */
    static final int MINIMUM_HISTORY = 6;

    private final ValidationRuleRepository rules;
    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final PeriodRepository periods;
    private final OrgUnitLookup units;
    private final PeriodCalendar calendar;
    private final DisaggregationService disaggregations;
    private final AuditTrail audit;

    ValidationService(ValidationRuleRepository rules, IndicatorRepository indicators, ValueRepository values,
                      PeriodRepository periods, OrgUnitLookup units, PeriodCalendar calendar,
                      DisaggregationService disaggregations, AuditTrail audit) {
        this.rules = rules;
        this.indicators = indicators;
        this.values = values;
        this.periods = periods;
        this.units = units;
        this.calendar = calendar;
        this.disaggregations = disaggregations;
        this.audit = audit;
    }

    @Override
    public List<ValidationRuleView> rules() {
        return rules.all().stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public ValidationRuleView define(ValidationRuleRequest request) {
        if (rules.codeExists(request.code())) {
            throw new ConflictException("code", "duplicate-code", "A validation rule with code '" + request.code() + "' already exists");
        }
        OrgUnitView owner = units.find(request.ownerUnitCode())
                .orElseThrow(() -> new NotFoundException("ownerUnitCode", "org unit", request.ownerUnitCode()));
        checkSide(request.leftSide(), "leftSide", request.periodType());
        checkSide(request.rightSide(), "rightSide", request.periodType());
        rules.insert(request, owner.id(), Actors.current());
        audit.record(new AuditEntry(AuditedEntity.VALIDATION_RULE, request.code(), AuditAction.CREATE, owner.id(), null,
                ChangeDescription.of(request), null));
        return rules().stream().filter(r -> r.code().equals(request.code().trim())).findFirst().orElseThrow();
    }

    @Override
    public List<RuleViolation> check(String unitCode, String periodCode) {
        return violations(unit(unitCode), calendar.parse(periodCode));
    }

    @Override
    public List<RuleViolation> checkSubtree(String unitCode, String periodCode) {
        Period period = calendar.parse(periodCode);
        List<RuleViolation> all = new ArrayList<>();
        for (OrgUnitView unit : units.subtree(unit(unitCode).id())) {
            all.addAll(violations(unit, period));
        }
        return all;
    }

    /** Every broken rule and every outlier of the unit's own values in the period. */
    List<RuleViolation> violations(OrgUnitView unit, Period period) {
        List<RuleViolation> found = new ArrayList<>();
        List<ValidationRuleRepository.StoredRule> applicable = rules.all().stream()
                .filter(r -> r.periodType() == period.type())
                .filter(r -> units.find(r.ownerUnitId()).map(o -> o.contains(unit)).orElse(false)).toList();
        if (!applicable.isEmpty()) {
            found.addAll(brokenRules(unit, period, applicable));
        }
        found.addAll(outliers(unit, period));
        return found;
    }

    private List<RuleViolation> brokenRules(OrgUnitView unit, Period period, List<ValidationRuleRepository.StoredRule> applicable) {
        Map<String, Formula[]> parsed = new LinkedHashMap<>();
        Map<String, IndicatorView> byCode = new HashMap<>();
        Set<Integer> offsets = new LinkedHashSet<>();
        for (ValidationRuleRepository.StoredRule rule : applicable) {
            Formula left = Formula.parse(rule.leftSide());
            Formula right = Formula.parse(rule.rightSide());
            parsed.put(rule.code(), new Formula[]{left, right});
            for (Reference ref : references(left, right)) {
                indicators.find(ref.item()).ifPresent(i -> byCode.put(i.code(), i));
                offsets.add(ref.periodOffset());
            }
        }
        Map<Integer, Period> shifted = new HashMap<>();
        for (int offset : offsets) {
            shifted.put(offset, shift(period, offset));
        }
        Map<Integer, Integer> periodIds = new HashMap<>();
        shifted.forEach((offset, p) -> periods.find(p).ifPresent(id -> periodIds.put(offset, id)));
        Map<String, List<ValueRepository.Cell>> cells = new HashMap<>();
        Map<Long, String> codeOf = new HashMap<>();
        byCode.values().forEach(i -> codeOf.put(i.id(), i.code()));
        Map<Integer, Integer> offsetOfPeriod = new HashMap<>();
        periodIds.forEach((offset, id) -> offsetOfPeriod.put(id, offset));
        for (ValueRepository.Cell cell : values.cells(unit.id(), periodIds.values(), codeOf.keySet())) {
            cells.computeIfAbsent(codeOf.get(cell.indicatorId()) + "|" + offsetOfPeriod.get(cell.periodId()),
                    k -> new ArrayList<>()).add(cell);
        }
        List<RuleViolation> broken = new ArrayList<>();
        for (ValidationRuleRepository.StoredRule rule : applicable) {
            Formula[] sides = parsed.get(rule.code());
            FormulaValue left = sides[0].evaluate(ref -> value(ref, byCode, cells));
            FormulaValue right = sides[1].evaluate(ref -> value(ref, byCode, cells));
            if (left.value() == null || right.value() == null) {
                continue;
            }
            if (!rule.operator().holds(left.value(), right.value())) {
                broken.add(new RuleViolation(rule.code(), rule.name(), rule.importance(), unit.code(), period.code(),
                        left.value(), right.value(), rule.name() + ": " + rule.leftSide() + " (" + plain(left.value())
                        + ") must be " + rule.operator().symbol() + " " + rule.rightSide() + " (" + plain(right.value()) + ")",
                        references(sides[0], sides[1]).stream().map(Reference::item).distinct().toList()));
            }
        }
        return broken;
    }

    /**
     * A value far from the unit's own history of the indicator: the modified z-score (median absolute deviation,
     * threshold 3.5) over the last {@link #HISTORY} periods, with at least {@link #MINIMUM_HISTORY} values.
     */
    private List<RuleViolation> outliers(OrgUnitView unit, Period period) {
        Optional<Integer> current = periods.find(period);
        if (current.isEmpty()) {
            return List.of();
        }
        List<Period> history = period.andPrevious(HISTORY);
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            int position = history.size() - 1 - i;
            periods.find(history.get(i)).ifPresent(id -> index.put(id, position));
        }
        List<IndicatorView> numeric = indicators.ownedBy(owners(unit)).stream()
                .filter(i -> i.frequency() == period.type())
                .filter(i -> i.measure() != Measure.TEXT && i.measure() != Measure.YES_NO).toList();
        if (numeric.isEmpty()) {
            return List.of();
        }
        Map<Long, IndicatorView> byId = new HashMap<>();
        numeric.forEach(i -> byId.put(i.id(), i));
        Map<Long, Map<Integer, List<ValueRepository.Cell>>> series = new HashMap<>();
        for (ValueRepository.Cell cell : values.cells(unit.id(), index.keySet(), byId.keySet())) {
            series.computeIfAbsent(cell.indicatorId(), k -> new HashMap<>())
                    .computeIfAbsent(index.get(cell.periodId()), k -> new ArrayList<>()).add(cell);
        }
        List<RuleViolation> flagged = new ArrayList<>();
        series.forEach((indicatorId, byPosition) -> {
            IndicatorView indicator = byId.get(indicatorId);
            if (!byPosition.containsKey(history.size() - 1)) {
                return;
            }
            double[] points = new double[history.size()];
            int present = 0;
            for (int p = 0; p < points.length; p++) {
                Double v = total(indicator, byPosition.getOrDefault(p, List.of()));
                points[p] = v == null ? Double.NaN : v;
                present += v == null ? 0 : 1;
            }
            if (present < MINIMUM_HISTORY) {
                return;
            }
            for (Outlier outlier : OutlierDetection.byModifiedZScore(points).outliers()) {
                if (outlier.period() == points.length - 1) {
                    flagged.add(new RuleViolation(RuleViolation.OUTLIER, "Unusual value", RuleImportance.WARNING,
                            unit.code(), period.code(), outlier.value(), null, indicator.code() + " = "
                            + plain(outlier.value()) + " is far from this unit's last " + present
                            + " values (modified z-score " + String.format(java.util.Locale.ROOT, "%.1f", outlier.score())
                            + "): check it", List.of(indicator.code())));
                }
            }
        });
        return flagged;
    }

    // ---- evaluation

    /** An operand's value for the unit: a combination's, a ratio's component, or the total by the unit rule. */
    private Double value(Reference ref, Map<String, IndicatorView> byCode, Map<String, List<ValueRepository.Cell>> cells) {
        IndicatorView indicator = byCode.get(ref.item());
        if (indicator == null) {
            return null;
        }
        List<ValueRepository.Cell> found = cells.getOrDefault(indicator.code() + "|" + ref.periodOffset(), List.of());
        if (found.isEmpty()) {
            return null;
        }
        String combination = ref.combination();
        if (NUMERATOR.equals(combination) || DENOMINATOR.equals(combination)) {
            double sum = 0;
            for (ValueRepository.Cell c : found) {
                double part = NUMERATOR.equals(combination) ? c.numerator() : c.denominator();
                if (Double.isNaN(part)) {
                    return null;
                }
                sum += part;
            }
            return sum;
        }
        if (combination != null) {
            return found.stream().filter(c -> c.combination().equals(combination)).findFirst()
                    .map(c -> Double.isNaN(c.value()) ? null : c.value()).orElse(null);
        }
        return total(indicator, found);
    }

    private static Double total(IndicatorView indicator, List<ValueRepository.Cell> cells) {
        if (cells.isEmpty()) {
            return null;
        }
        List<Observation> observations = cells.stream().map(c -> indicator.measure() == Measure.RATIO
                ? Observation.ratio(c.numerator(), c.denominator(), indicator.ratioMultiplier())
                : Observation.of(c.value())).toList();
        var aggregate = Aggregation.aggregate(indicator.unitAggregation(), observations, indicator.ratioMultiplier());
        return aggregate.value();
    }

    // ---- definition checks

    private void checkSide(String text, String field, PeriodType periodType) {
        Formula formula;
        try {
            formula = Formula.parse(text);
        } catch (FormulaException e) {
            throw new InvalidValueException(field, "formula-syntax", e.getMessage());
        }
        for (Reference ref : formula.references()) {
            IndicatorView indicator = indicators.find(ref.item()).orElseThrow(() -> new InvalidValueException(field,
                    "unknown-reference", "'" + ref.text() + "' names no indicator: '" + ref.item() + "' is unknown"));
            if (indicator.frequency() != periodType) {
                throw new InvalidValueException(field, "reference-frequency", "'" + ref.text() + "' is reported "
                        + indicator.frequency().label().toLowerCase() + ", not " + periodType.label().toLowerCase()
                        + " like the rule");
            }
            String combination = ref.combination();
            if (combination == null) {
                continue;
            }
            if (NUMERATOR.equals(combination) || DENOMINATOR.equals(combination)) {
                if (indicator.measure() != Measure.RATIO) {
                    throw new InvalidValueException(field, "not-a-ratio", "'" + ref.text() + "': only a ratio has a "
                            + combination + "; " + indicator.code() + " is a " + indicator.measure().label().toLowerCase());
                }
                continue;
            }
            DisaggregationView disaggregation = disaggregations.find(indicator.disaggregationCode()).orElseThrow();
            if (disaggregation.combos().stream().map(OptionComboView::code).noneMatch(combination::equals)) {
                throw new InvalidValueException(field, "unknown-option-combo", "'" + ref.text() + "': " + combination
                        + " is not a combination of " + indicator.code() + " (disaggregation " + disaggregation.code() + ")");
            }
        }
    }

    // ---- helpers

    private ValidationRuleView view(ValidationRuleRepository.StoredRule r) {
        List<String> codes;
        try {
            codes = references(Formula.parse(r.leftSide()), Formula.parse(r.rightSide())).stream()
                    .map(Reference::item).distinct().toList();
        } catch (FormulaException e) {
            codes = List.of();
        }
        return new ValidationRuleView(r.code(), r.name(), r.description(), r.leftSide(), r.operator(), r.rightSide(),
                r.importance(), r.periodType(), units.find(r.ownerUnitId()).map(OrgUnitView::code).orElse("?"), codes);
    }

    private static List<Reference> references(Formula left, Formula right) {
        List<Reference> all = new ArrayList<>(left.references());
        all.addAll(right.references());
        return all;
    }

    private static Period shift(Period period, int offset) {
        Period p = period;
        for (int i = 0; i < Math.abs(offset); i++) {
            p = offset < 0 ? p.previous() : p.next();
        }
        return p;
    }

    private static List<Long> owners(OrgUnitView unit) {
        List<Long> owners = new ArrayList<>(unit.ancestorIds());
        owners.add(unit.id());
        return owners;
    }

    private OrgUnitView unit(String code) {
        return units.find(code).orElseThrow(() -> new NotFoundException("unitCode", "org unit", code));
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
