package org.resulta.measurement.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.FormulaIdentifiers;
import org.resulta.measurement.FormulaIndicators;
import org.resulta.measurement.FormulaRefusedException;
import org.resulta.measurement.FormulaRequest;
import org.resulta.measurement.FormulaView;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.calculation.formula.Formula;
import org.resulta.measurement.calculation.formula.FormulaCatalog;
import org.resulta.measurement.calculation.formula.FormulaException;
import org.resulta.measurement.calculation.formula.IndicatorFormula;
import org.resulta.measurement.calculation.formula.Reference;
import org.resulta.measurement.calculation.formula.ReferenceResolver;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Numbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Formula indicators: checks a formula against the catalogue of indicators and the other formulas when it is
 * saved, and gives the analytics the formulas of the whole government as one {@link FormulaCatalog}.
 * <p>
 * References name Resulta indicators by code ({@code #{DOH-01}}) and, for a disaggregated indicator, one option
 * combination by its code ({@code #{DOH-04.F}}); a code that itself contains a dot is read whole when no indicator
 * and combination match. A DHIS2 operand {@code #{dataElement.categoryOptionCombo}} that names no indicator is
 * translated when the formula is saved through the {@link FormulaIdentifiers} the application provides (exchange's
 * DHIS2 mapping), and the formula is stored in Resulta codes. Named constants {@code C{code}} are bound from the
 * {@link ConstantRepository}.
 */
@Service
@Transactional
class FormulaService implements FormulaIndicators {

    private static final Logger log = LoggerFactory.getLogger(FormulaService.class);

    private final FormulaRepository formulas;
    private final ConstantRepository constants;
    private final ObjectProvider<FormulaIdentifiers> identifiers;
    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final DisaggregationService disaggregations;
    private final AuditTrail audit;
    private volatile Bound bound;

    /** The catalog bound from one list of stored formulas and constants (rebuilt when either list changes). */
    private record Bound(List<FormulaRepository.StoredFormula> source, List<ConstantRepository.StoredConstant> constants,
                         FormulaCatalog catalog) {
    }

    FormulaService(FormulaRepository formulas, ConstantRepository constants, ObjectProvider<FormulaIdentifiers> identifiers,
                   IndicatorRepository indicators, ValueRepository values, DisaggregationService disaggregations,
                   AuditTrail audit) {
        this.formulas = formulas;
        this.constants = constants;
        this.identifiers = identifiers;
        this.indicators = indicators;
        this.values = values;
        this.disaggregations = disaggregations;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FormulaView> formula(String indicatorCode) {
        IndicatorView indicator = indicator(indicatorCode);
        return formulas.find(indicator.id()).map(FormulaService::view);
    }

    @Override
    public FormulaView defineFormula(String indicatorCode, FormulaRequest request) {
        IndicatorView indicator = indicator(indicatorCode);
        if (indicator.retired()) {
            throw new ConflictException("indicatorCode", "indicator-retired", "Indicator " + indicatorCode
                    + " is retired; its formula can no longer change");
        }
        if (indicator.measure() == Measure.TEXT) {
            throw new InvalidValueException("numerator", "formula-qualitative", "Indicator " + indicatorCode
                    + " is qualitative (text): only a numeric indicator can be computed by a formula");
        }
        if (formulas.find(indicator.id()).isEmpty() && values.hasValues(indicator.id())) {
            throw new ConflictException("numerator", "values-exist", "Indicator " + indicatorCode + " already has "
                    + "typed actuals; a formula indicator's actuals are computed. Define a new indicator for the formula");
        }
        BigDecimal factor = request.factor() != null ? request.factor()
                : indicator.measure() == Measure.RATIO && indicator.multiplier() != null ? indicator.multiplier()
                : BigDecimal.ONE;
        if (factor.signum() == 0) {
            throw new InvalidValueException("factor", "formula-factor", "The factor multiplies the formula's value: "
                    + "it cannot be 0 (leave it blank for 1)");
        }
        Formula numerator = parse("numerator", request.numerator().strip());
        Formula denominator = blank(request.denominator()) ? null : parse("denominator", request.denominator().strip());
        IndicatorFormula written = new IndicatorFormula(numerator, denominator, factor.doubleValue());
        Map<Reference, Reference> translations = translations(written);
        // checked as written, so that a refusal names the position the user wrote; stored in Resulta codes
        String numeratorText = numerator.rewritten(translations);
        String denominatorText = denominator == null ? null : denominator.rewritten(translations);
        IndicatorFormula formula = translations.isEmpty() ? written : new IndicatorFormula(Formula.parse(numeratorText),
                denominatorText == null ? null : Formula.parse(denominatorText), factor.doubleValue());
        try {
            FormulaCatalog.of(Map.of(indicator.code(), written), resolver(true, constants.all(), translations));
            catalog().with(indicator.code(), formula);
        } catch (FormulaException e) {
            throw refusal(e);
        }
        FormulaView before = formulas.find(indicator.id()).map(FormulaService::view).orElse(null);
        formulas.save(indicator.id(), numeratorText, denominatorText, factor, Actors.current());
        FormulaView saved = formulas.find(indicator.id()).map(FormulaService::view).orElseThrow();
        audit.record(new AuditEntry(AuditedEntity.INDICATOR, indicator.code(),
                before == null ? AuditAction.CREATE : AuditAction.UPDATE, indicators.ownerUnitId(indicator.code()).orElse(null),
                before == null ? null : describe(before), describe(saved), "formula"));
        return saved;
    }

    @Override
    public void removeFormula(String indicatorCode) {
        IndicatorView indicator = indicator(indicatorCode);
        FormulaView before = formulas.find(indicator.id()).map(FormulaService::view)
                .orElseThrow(() -> new NotFoundException("indicatorCode", "formula", indicatorCode,
                        "the indicator takes typed actuals"));
        formulas.delete(indicator.id());
        audit.record(new AuditEntry(AuditedEntity.INDICATOR, indicator.code(), AuditAction.DELETE,
                indicators.ownerUnitId(indicator.code()).orElse(null), describe(before), null, "formula"));
    }

    // ---- for MeasurementLookup and data entry

    /** Whether the indicator's actuals are computed by a formula. */
    boolean isComputed(long indicatorId) {
        return formulas.all().stream().anyMatch(f -> f.indicatorId() == indicatorId);
    }

    /** The ids of every indicator computed by a formula, at this moment. */
    Set<Long> computedIds() {
        return formulas.all().stream().map(FormulaRepository.StoredFormula::indicatorId).collect(Collectors.toUnmodifiableSet());
    }

    boolean isComputed(String indicatorCode) {
        return catalog().codes().contains(indicatorCode);
    }

    /**
     * Every formula of the government, bound. References are read as when they were saved; one whose indicator has
     * gone since reads no value. A stored formula that no longer parses or closes a cycle (changed behind the
     * application's back) is left out, with a warning in the log.
     */
    FormulaCatalog catalog() {
        List<FormulaRepository.StoredFormula> stored = formulas.all();
        List<ConstantRepository.StoredConstant> constantValues = constants.all();
        Bound current = bound;
        if (current != null && current.source() == stored && current.constants() == constantValues) {
            return current.catalog();
        }
        ReferenceResolver lenient = resolver(false, constantValues, Map.of());
        Map<String, IndicatorFormula> parsed = new LinkedHashMap<>();
        for (FormulaRepository.StoredFormula f : stored) {
            try {
                parsed.put(f.indicatorCode(), new IndicatorFormula(Formula.parse(f.numerator()),
                        f.denominator() == null ? null : Formula.parse(f.denominator()), f.factor().doubleValue()));
            } catch (RuntimeException e) {
                log.warn("Formula of indicator {} left out: {}", f.indicatorCode(), e.getMessage());
            }
        }
        FormulaCatalog catalog = null;
        while (catalog == null) {
            try {
                catalog = FormulaCatalog.of(parsed, lenient);
            } catch (FormulaException e) {
                log.warn("Formula of indicator {} left out: {}", e.formulaCode(), e.getMessage());
                if (e.formulaCode() == null || parsed.remove(e.formulaCode()) == null) {
                    catalog = FormulaCatalog.empty(lenient);
                }
            }
        }
        bound = new Bound(stored, constantValues, catalog);
        return catalog;
    }

    /** The database id of an option combination of an indicator's disaggregation. */
    Optional<Integer> optionComboId(String indicatorCode, String comboCode) {
        return indicators.find(indicatorCode).flatMap(i -> combo(i, comboCode)).map(OptionComboView::id);
    }

    // ---- resolution

    /**
     * Resolves references (strictly or leniently, see {@link #resolve}), those written with another system's
     * identifiers as {@code translations} read them, and values constants by code or DHIS2 uid.
     */
    private ReferenceResolver resolver(boolean strict, List<ConstantRepository.StoredConstant> constantValues,
                                       Map<Reference, Reference> translations) {
        Map<String, Double> values = new HashMap<>();
        for (ConstantRepository.StoredConstant c : constantValues) {
            if (c.dhis2Id() != null) {
                values.put(c.dhis2Id(), c.value().doubleValue());
            }
        }
        constantValues.forEach(c -> values.put(c.code(), c.value().doubleValue()));
        return new ReferenceResolver() {
            @Override
            public Optional<Reference> resolve(Reference reference) {
                return FormulaService.this.resolve(translations.getOrDefault(reference, reference), strict);
            }

            @Override
            public Optional<Double> constant(String key) {
                return Optional.ofNullable(values.get(key));
            }
        };
    }

    /**
     * The operands of a formula that name no Resulta indicator but another system's identifiers that
     * {@link FormulaIdentifiers} map, each with its reading in Resulta codes.
     */
    private Map<Reference, Reference> translations(IndicatorFormula formula) {
        Map<Reference, Reference> readings = new HashMap<>();
        for (Reference reference : formula.references()) {
            if (resolve(reference, true).isPresent()) {
                continue;
            }
            identifiers.orderedStream().map(i -> i.translate(reference)).flatMap(Optional::stream)
                    .filter(t -> resolve(t, true).isPresent()).findFirst()
                    .ifPresent(t -> readings.put(reference, t));
        }
        return readings;
    }

    /**
     * What a reference denotes: an indicator ({@code #{CODE}}), one option combination of it ({@code #{CODE.COMBO}}),
     * or an indicator whose code contains the dot ({@code #{DOH.04}}). Strictly (when a formula is saved) only live
     * numeric indicators and existing combinations; leniently (reading stored formulas) anything, as written.
     */
    private Optional<Reference> resolve(Reference reference, boolean strict) {
        if (reference.hasCombination()) {
            Optional<IndicatorView> item = indicators.find(reference.item()).filter(i -> !strict || usable(i));
            if (item.isPresent() && combo(item.get(), reference.combination()).isPresent()) {
                return Optional.of(reference);
            }
            String whole = reference.item() + "." + reference.combination();
            if (indicators.find(whole).filter(i -> !strict || usable(i)).isPresent()) {
                return Optional.of(new Reference(whole, null, reference.periodOffset()));
            }
            return strict ? Optional.empty() : Optional.of(reference);
        }
        if (indicators.find(reference.item()).filter(i -> !strict || usable(i)).isPresent() || !strict) {
            return Optional.of(reference);
        }
        return Optional.empty();
    }

    private static boolean usable(IndicatorView indicator) {
        return !indicator.retired() && indicator.measure().isNumeric();
    }

    private Optional<OptionComboView> combo(IndicatorView indicator, String comboCode) {
        String disaggregation = indicator.disaggregationCode() == null ? DisaggregationView.NONE
                : indicator.disaggregationCode();
        return disaggregations.find(disaggregation).stream().flatMap(d -> d.combos().stream())
                .filter(c -> c.code().equals(comboCode)).findFirst();
    }

    // ---- refusals

    private static Formula parse(String part, String text) {
        try {
            return Formula.parse(text);
        } catch (FormulaException e) {
            String label = part.equals("numerator") ? "Numerator" : "Denominator";
            throw new FormulaRefusedException(part, "formula-syntax", label + ": " + e.getMessage(), e.term(),
                    e.position());
        }
    }

    private FormulaRefusedException refusal(FormulaException e) {
        String field = e.part() == null ? "numerator" : e.part();
        boolean cycle = e.term() != null && e.term().contains(" -> ");
        String term = e.reference() != null ? e.reference() : e.term();
        String message = e.getMessage();
        if (term != null && term.startsWith("C{")) {
            return new FormulaRefusedException(field, "formula-unknown-constant", message, term, e.position());
        }
        if (!cycle && e.reference() != null) {
            message = unknownReason(term).map(reason -> "The " + field + " references " + term + " at position "
                    + e.position() + ", but " + reason).orElse(message);
        }
        return new FormulaRefusedException(field, cycle ? "formula-cycle" : "formula-unknown-reference", message, term,
                e.position());
    }

    /** Why an existing indicator cannot be referenced, when it exists. */
    private Optional<String> unknownReason(String referenceText) {
        String key = referenceText.substring(2, referenceText.indexOf('}'));
        int dot = key.lastIndexOf('.');
        Optional<IndicatorView> item = indicators.find(key).or(() -> dot < 0 ? Optional.empty()
                : indicators.find(key.substring(0, dot)));
        if (item.isEmpty()) {
            return foreignReason(key, dot);
        }
        IndicatorView i = item.get();
        if (i.retired()) {
            return Optional.of("indicator " + i.code() + " is retired");
        }
        if (!i.measure().isNumeric()) {
            return Optional.of("indicator " + i.code() + " is qualitative (text) and has no numeric value");
        }
        if (!i.code().equals(key)) {
            String combos = disaggregations.find(i.disaggregationCode() == null ? DisaggregationView.NONE
                    : i.disaggregationCode()).map(d -> d.combos().stream().map(OptionComboView::code).toList().toString())
                    .orElse("[]");
            return Optional.of("indicator " + i.code() + " has no option combination '" + key.substring(dot + 1)
                    + "' (its combinations: " + combos + ")");
        }
        return Optional.empty();
    }

    /** Why another system's identifiers in a reference could not be translated, when a {@link FormulaIdentifiers} exists. */
    private Optional<String> foreignReason(String key, int dot) {
        Reference reference = dot < 0 ? Reference.to(key) : Reference.to(key.substring(0, dot), key.substring(dot + 1));
        return identifiers.orderedStream().map(i -> i.whyUntranslated(reference)).flatMap(Optional::stream).findFirst();
    }

    // ---- helpers

    private IndicatorView indicator(String code) {
        return indicators.find(code).orElseThrow(() -> new NotFoundException("code", "indicator", code));
    }

    private static FormulaView view(FormulaRepository.StoredFormula f) {
        IndicatorFormula parsed;
        List<String> references;
        try {
            parsed = new IndicatorFormula(Formula.parse(f.numerator()),
                    f.denominator() == null ? null : Formula.parse(f.denominator()), f.factor().doubleValue());
            references = parsed.references().stream().map(Reference::text).toList();
        } catch (RuntimeException e) {
            references = List.of();
        }
        return new FormulaView(f.indicatorCode(), f.numerator(), f.denominator(), Numbers.plain(f.factor()),
                references, f.changedAt(), f.changedBy());
    }

    private static String describe(FormulaView f) {
        return "numerator=" + f.numerator() + (f.denominator() == null ? "" : "; denominator=" + f.denominator())
                + "; factor=" + f.factor().toPlainString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** 100 rather than 100.000000 or 1E+2. */}
