package org.resulta.exchange.values;

import org.resulta.measurement.ConstantRequest;
import org.resulta.measurement.ConstantView;
import org.resulta.measurement.Dimension;
import org.resulta.measurement.FormulaConstants;
import org.resulta.measurement.FormulaIndicators;
import org.resulta.measurement.FormulaRequest;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.formula.Formula;
import org.resulta.measurement.calculation.formula.Reference;
import org.resulta.shared.DomainException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.PeriodType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.resulta.exchange.values.Dhis2Json.clip;
import static org.resulta.exchange.values.Dhis2Json.code;
import static org.resulta.exchange.values.Dhis2Json.text;
import static org.resulta.exchange.values.Dhis2MetadataReport.Line.refused;

/**
 * Reads the {@code constants}, {@code indicatorTypes} and {@code indicators} of a DHIS2 metadata file and saves
 * each through measurement's facades, so that exactly the rules of the API apply: a formula's DHIS2 uids are
 * translated through the DHIS2 mapping or refused, named, with their position. Each object is saved in its own
 * savepoint of one transaction: a refused one is undone alone, and a dry run rolls the whole transaction back
 * (so indicators of a dry run may use the constants of the same file).
 * <p>
 * Asked for data elements, it first saves the file's categories, category combinations, data elements and the
 * mapping of their uids ({@link Dhis2DataElementImport}), so that the indicators after them translate.
 * <p>
 * An indicator's kind follows its type's factor: 100 is a percentage, 1 over a denominator of 1 (or a type marked
 * "number") a number, other factors Resulta takes as ratio multipliers (1, 1,000, 10,000, 100,000) a ratio per
 * that many (labelled with the numerator and denominator descriptions), any other factor a number scaled by it.
 */
@Service
class Dhis2MetadataService implements Dhis2MetadataImport {

    private static final Set<BigDecimal> RATIO_MULTIPLIERS = Set.of(BigDecimal.ONE, new BigDecimal(1000),
            new BigDecimal(10000), new BigDecimal(100000));
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final IndicatorCatalog indicators;
    private final FormulaIndicators formulas;
    private final FormulaConstants constants;
    private final MeasurementLookup lookup;
    private final Dhis2DataElementImport dataElements;
    private final Dhis2FormulaIdentifiers identifiers;
    private final JsonMapper json;
    private final TransactionTemplate whole;
    private final TransactionTemplate each;

    Dhis2MetadataService(IndicatorCatalog indicators, FormulaIndicators formulas, FormulaConstants constants,
                         MeasurementLookup lookup, Dhis2DataElementImport dataElements,
                         Dhis2FormulaIdentifiers identifiers, JsonMapper json, PlatformTransactionManager transactions) {
        this.indicators = indicators;
        this.identifiers = identifiers;
        this.dataElements = dataElements;
        this.formulas = formulas;
        this.constants = constants;
        this.lookup = lookup;
        this.json = json;
        this.whole = new TransactionTemplate(transactions);
        this.each = new TransactionTemplate(transactions);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Dhis2MetadataReport importMetadata(InputStream in, Dhis2MetadataOptions options) {
        JsonNode root = read(in, options.dataElements());
        return whole.execute(status -> {
            Tally tally = new Tally();
            Dhis2DataElementImport.Lines structure = options.dataElements()
                    ? dataElements.importDataElements(root, options, this::saved)
                    : new Dhis2DataElementImport.Lines(List.of(), List.of(), List.of(), List.of());
            structure.categories().forEach(tally::count);
            structure.disaggregations().forEach(tally::count);
            structure.dataElements().forEach(tally::count);
            structure.optionCombos().forEach(tally::count);
            List<Dhis2MetadataReport.Line> constantLines = new ArrayList<>();
            for (JsonNode constant : root.path("constants")) {
                constantLines.add(tally.count(constant(constant)));
            }
            Map<String, IndicatorType> types = new HashMap<>();
            for (JsonNode type : root.path("indicatorTypes")) {
                if (type.path("factor").isNumber()) {
                    types.put(text(type, "id"), new IndicatorType(type.path("factor").decimalValue(),
                            type.path("number").asBoolean(false)));
                }
            }
            List<Dhis2MetadataReport.Line> indicatorLines = new ArrayList<>();
            for (JsonNode indicator : root.path("indicators")) {
                indicatorLines.add(tally.count(indicator(indicator, types, options)));
            }
            if (options.dryRun()) {
                status.setRollbackOnly();
            }
            return new Dhis2MetadataReport(options.dryRun(), tally.created, tally.updated, tally.unchanged,
                    tally.refused, structure.categories(), structure.disaggregations(), structure.dataElements(),
                    structure.optionCombos(), List.copyOf(constantLines), List.copyOf(indicatorLines));
        });
    }

    private JsonNode read(InputStream in, boolean dataElements) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidValueException("file", "dhis2-metadata", "The file is not DHIS2 metadata JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("indicators").isArray() && !root.path("constants").isArray()
                && !(dataElements && root.path("dataElements").isArray())) {
            throw new InvalidValueException("file", "dhis2-metadata", "The file has neither \"indicators\" nor "
                    + "\"constants\"" + (dataElements ? " nor \"dataElements\"" : "") + ": export DHIS2 metadata as "
                    + "JSON with its indicators and indicator types");
        }
        return root;
    }

    // ---- constants

    private Dhis2MetadataReport.Line constant(JsonNode c) {
        String uid = text(c, "id");
        String code = code(c);
        String name = text(c, "name") != null ? text(c, "name") : code;
        if (uid == null || code == null || !c.path("value").isNumber()) {
            return refused(uid, code, name, "A DHIS2 constant needs an id, a code or id Resulta can use as a code, and a numeric value");
        }
        ConstantRequest request = new ConstantRequest(code, uid, name, c.path("value").decimalValue(),
                text(c, "description"));
        return saved(uid, code, name, () -> {
            // looked up in the list: a "not found" thrown inside the savepoint would doom the whole transaction
            Optional<ConstantView> existing = constants.constants().stream()
                    .filter(k -> uid.equals(k.dhis2Id()) || code.equals(k.code())).findFirst();
            if (existing.isPresent()) {
                constants.changeConstant(existing.get().code(), request);
                return Dhis2MetadataReport.Outcome.UPDATED;
            }
            constants.createConstant(request);
            return Dhis2MetadataReport.Outcome.CREATED;
        });
    }

    // ---- indicators

    /** A DHIS2 indicator type: the factor its indicators' ratios are multiplied by, and whether it is a plain number. */
    private record IndicatorType(BigDecimal factor, boolean number) {
    }

    private Dhis2MetadataReport.Line indicator(JsonNode i, Map<String, IndicatorType> types,
                                               Dhis2MetadataOptions options) {
        String uid = text(i, "id");
        String code = code(i);
        String name = text(i, "name") != null ? text(i, "name") : code;
        String numerator = text(i, "numerator");
        String denominator = text(i, "denominator");
        String typeId = text(i.path("indicatorType"), "id");
        if (code == null) {
            return refused(uid, null, name, "Neither the code nor the id can be a Resulta code (letters, digits, "
                    + "dots, dashes or underscores, at most 50)");
        }
        if (numerator == null || denominator == null) {
            return refused(uid, code, name, "The indicator has no numerator or no denominator");
        }
        IndicatorType type = types.get(typeId);
        if (type == null || type.factor().signum() == 0) {
            return refused(uid, code, name, "Its indicator type " + typeId + " is not in the file's indicatorTypes, "
                    + "or has no factor");
        }
        BigDecimal factor = type.factor();
        boolean alone = denominator.strip().equals("1");
        boolean number = type.number();
        Measure measure;
        BigDecimal multiplier = null;
        if (factor.compareTo(HUNDRED) == 0) {
            measure = Measure.PERCENTAGE;
        } else if (factor.compareTo(BigDecimal.ONE) == 0 && (alone || number)
                || RATIO_MULTIPLIERS.stream().noneMatch(m -> m.compareTo(factor) == 0)) {
            measure = Measure.NUMBER;
        } else {
            measure = Measure.RATIO;
            multiplier = factor;
        }
        String numeratorLabel = label(i, "numeratorDescription", "Numerator");
        String denominatorLabel = label(i, "denominatorDescription", "Denominator");
        IndicatorRequest definition = new IndicatorRequest(code, options.resultCode(), clip(name, 300),
                clip(text(i, "description"), 4000), clip("DHIS2 indicator " + uid + ": (" + numerator + ") / ("
                + denominator + ") x " + factor.stripTrailingZeros().toPlainString(), 4000), "DHIS2 metadata",
                null, measure, measure == Measure.NUMBER ? Dimension.QUANTITY : Dimension.QUALITY,
                options.direction() == null ? Direction.INCREASE : options.direction(), null, null,
                frequency(numerator, denominator, options), null, multiplier,
                measure == Measure.RATIO ? numeratorLabel : null, measure == Measure.RATIO ? denominatorLabel : null,
                null, null, null, null, null, null, null);
        FormulaRequest formula = new FormulaRequest(numerator, alone ? null : denominator, factor);
        return saved(uid, code, name, () -> {
            boolean existed = lookup.find(code).isPresent();
            if (!existed) {
                indicators.define(definition);
            }
            formulas.defineFormula(code, formula);
            return existed ? Dhis2MetadataReport.Outcome.UPDATED : Dhis2MetadataReport.Outcome.CREATED;
        });
    }

    /**
     * A new indicator's frequency: the one asked for (quarterly by default), or the coarsest of the indicators its
     * formula reads when that is coarser. An indicator over yearly data elements is yearly: asked for quarters, it
     * would never have a value.
     */
    private PeriodType frequency(String numerator, String denominator, Dhis2MetadataOptions options) {
        PeriodType chosen = options.frequency() == null ? PeriodType.QUARTERLY : options.frequency();
        for (String side : List.of(numerator, denominator)) {
            List<Reference> references;
            try {
                references = Formula.parse(side).references();
            } catch (RuntimeException unreadable) {
                continue; // refused with its reason when the formula is saved
            }
            for (Reference reference : references) {
                Optional<IndicatorView> read = lookup.find(reference.item())
                        .or(() -> identifiers.translate(reference).flatMap(r -> lookup.find(r.item())));
                if (read.isPresent() && read.get().frequency().months() > chosen.months()) {
                    chosen = read.get().frequency();
                }
            }
        }
        return chosen;
    }

    // ---- helpers

    /** Saves one object in its own savepoint; a refusal undoes it alone and becomes the line's reason. */
    Dhis2MetadataReport.Line saved(String uid, String code, String name,
                                           Supplier<Dhis2MetadataReport.Outcome> save) {
        try {
            Dhis2MetadataReport.Outcome outcome = each.execute(status -> save.get());
            return new Dhis2MetadataReport.Line(uid, code, name, outcome, null);
        } catch (DomainException e) {
            if ("resultCode".equals(e.field())) {
                throw e;
            }
            return refused(uid, code, name, e.getMessage());
        } catch (AccessDeniedException e) {
            return refused(uid, code, name, "Not allowed: constants are changed by a system-wide administrator; "
                    + "indicators, categories, disaggregations and the DHIS2 mapping by whoever manages the result's plan");
        }
    }


    private static String label(JsonNode node, String field, String otherwise) {
        String label = text(node, field);
        return label == null ? otherwise : clip(label, 300);
    }

    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        int refused;

        Dhis2MetadataReport.Line count(Dhis2MetadataReport.Line line) {
            switch (line.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REFUSED -> refused++;
            }
            return line;
        }
    }
}
