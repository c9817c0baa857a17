package org.resulta.exchange.values;

import org.resulta.identity.CurrentUser;
import org.resulta.measurement.CategoryKind;
import org.resulta.measurement.CategoryRequest;
import org.resulta.measurement.CategoryView;
import org.resulta.measurement.Dimension;
import org.resulta.measurement.DisaggregationRequest;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.Disaggregations;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.Measure;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.ConflictException;
import org.resulta.shared.PeriodType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.resulta.exchange.values.Dhis2Json.clip;
import static org.resulta.exchange.values.Dhis2Json.ref;
import static org.resulta.exchange.values.Dhis2Json.text;
import static org.resulta.exchange.values.Dhis2MetadataReport.Line.refused;

/**
 * The part of a DHIS2 metadata import that makes the file's data elements computable: its categories become
 * Resulta categories, its category combinations disaggregations, its aggregate numeric data elements reported
 * indicators, and the DHIS2 mapping learns each data element's indicator and each category option combination's
 * option combination (matched by its set of options, never by name). All through measurement's facades, each
 * object in the savepoint the caller gives, so that a refused one is undone alone.
 * <p>
 * Codes: a category, option or disaggregation takes its DHIS2 code, else its name, else its uid, each turned into
 * letters, digits and dashes (the other characters become dashes; underscores join options in combination
 * codes). An existing category with that code is reused when it has every option (matched by code or name), an
 * existing disaggregation when it has the same categories; otherwise the code followed by the uid is tried.
 */
@Component
class Dhis2DataElementImport {

    /** DHIS2's category combination "default": no disaggregation. */
    static final String DEFAULT_CATEGORY_COMBO = "bjDvmb4bfuf";
    private static final Pattern OPTION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,49}");
    private static final Set<String> NUMERIC = Set.of("NUMBER", "INTEGER", "INTEGER_POSITIVE", "INTEGER_NEGATIVE",
            "INTEGER_ZERO_OR_POSITIVE", "PERCENTAGE", "UNIT_INTERVAL");

    private final Disaggregations disaggregations;
    private final IndicatorCatalog indicators;
    private final MeasurementLookup lookup;
    private final ImportJobRepository jobs;
    private final CurrentUser currentUser;

    Dhis2DataElementImport(Disaggregations disaggregations, IndicatorCatalog indicators, MeasurementLookup lookup,
                           ImportJobRepository jobs, CurrentUser currentUser) {
        this.disaggregations = disaggregations;
        this.indicators = indicators;
        this.lookup = lookup;
        this.jobs = jobs;
        this.currentUser = currentUser;
    }

    /** Saves one object in its own savepoint and reports it (a refusal undone alone, with its reason). */
    interface Savepoint {
        Dhis2MetadataReport.Line save(String uid, String code, String name, Supplier<Dhis2MetadataReport.Outcome> save);
    }

    /** The lines of the four kinds of objects, in the file's order. */
    record Lines(List<Dhis2MetadataReport.Line> categories, List<Dhis2MetadataReport.Line> disaggregations,
                 List<Dhis2MetadataReport.Line> dataElements, List<Dhis2MetadataReport.Line> optionCombos) {
    }

    Lines importDataElements(JsonNode root, Dhis2MetadataOptions options, Savepoint savepoint) {
        return new Run(root, options, savepoint).run();
    }

    /** A category as it was saved or found: its Resulta code and the Resulta code of each DHIS2 option uid. */
    private record SavedCategory(String code, Map<String, String> optionCodes) {
    }

    /** One import: what the file holds and what has been saved of it so far. */
    private final class Run {
        private final JsonNode root;
        private final Dhis2MetadataOptions options;
        private final Savepoint savepoint;
        private final String actor;
        private final Map<String, JsonNode> optionsById = new HashMap<>();
        private final Map<String, SavedCategory> categories = new HashMap<>();
        private final Map<String, List<String>> comboCategories = new HashMap<>();
        private final Map<String, DisaggregationView> combos = new HashMap<>();
        private final Map<String, String> refusedCombos = new HashMap<>();
        private final Map<String, String> mapped = new HashMap<>();

        Run(JsonNode root, Dhis2MetadataOptions options, Savepoint savepoint) {
            this.root = root;
            this.options = options;
            this.savepoint = savepoint;
            this.actor = currentUser.require().username();
            for (JsonNode option : root.path("categoryOptions")) {
                String uid = text(option, "id");
                if (uid != null) {
                    optionsById.put(uid, option);
                }
            }
            for (Dhis2Mapping.Entry e : jobs.mapping()) {
                mapped.put(e.kind() + ":" + e.dhis2Id(), e.resultaCode());
            }
        }

        Lines run() {
            List<Dhis2MetadataReport.Line> categoryLines = new ArrayList<>();
            for (JsonNode category : root.path("categories")) {
                if (!isDefault(category)) {
                    categoryLines.add(category(category));
                }
            }
            List<Dhis2MetadataReport.Line> comboLines = new ArrayList<>();
            for (JsonNode combo : root.path("categoryCombos")) {
                if (!DEFAULT_CATEGORY_COMBO.equals(text(combo, "id")) && !isDefault(combo)) {
                    comboLines.add(combo(combo));
                }
            }
            Map<String, PeriodType> frequencies = frequencies();
            List<Dhis2MetadataReport.Line> elementLines = new ArrayList<>();
            for (JsonNode element : root.path("dataElements")) {
                elementLines.add(dataElement(element, frequencies));
            }
            List<Dhis2MetadataReport.Line> cocLines = new ArrayList<>();
            for (JsonNode coc : root.path("categoryOptionCombos")) {
                String combo = ref(coc, "categoryCombo");
                if (!DEFAULT_CATEGORY_COMBO.equals(combo) && !Dhis2Translation.DEFAULT_COMBO.equals(text(coc, "id"))) {
                    cocLines.add(optionCombo(coc, combo));
                }
            }
            return new Lines(List.copyOf(categoryLines), List.copyOf(comboLines), List.copyOf(elementLines),
                    List.copyOf(cocLines));
        }

        // ---- categories

        private Dhis2MetadataReport.Line category(JsonNode c) {
            String uid = text(c, "id");
            String name = name(c);
            String code = resultaCode(c);
            if (uid == null || code == null) {
                return refused(uid, code, name, "A DHIS2 category needs an id, and a code, name or id to make a code of");
            }
            List<CategoryRequest.Option> requested = new ArrayList<>();
            List<String> uids = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            for (JsonNode ref : c.path("categoryOptions")) {
                String optionUid = text(ref, "id");
                JsonNode option = optionsById.get(optionUid);
                if (option == null) {
                    return refused(uid, code, name, "Its category option " + optionUid
                            + " is not in the file's categoryOptions");
                }
                String optionCode = resultaCode(option);
                if (optionCode == null || !taken.add(optionCode.toLowerCase(Locale.ROOT))) {
                    optionCode = optionUid;
                    taken.add(optionCode.toLowerCase(Locale.ROOT));
                }
                requested.add(new CategoryRequest.Option(optionCode, clip(name(option), 200)));
                uids.add(optionUid);
            }
            if (requested.isEmpty()) {
                return refused(uid, code, name, "The category has no categoryOptions");
            }
            SavedCategory[] saved = new SavedCategory[1];
            Dhis2MetadataReport.Line line = savepoint.save(uid, code, name, () -> defineOrReuse(code, uid,
                    candidate -> disaggregations.categories().stream()
                            .filter(k -> k.code().equalsIgnoreCase(candidate)).findFirst(),
                    existing -> reuse(existing, requested) != null,
                    candidate -> disaggregations.defineCategory(new CategoryRequest(candidate, clip(name, 200),
                            kind(name, code), requested)),
                    view -> saved[0] = new SavedCategory(view.code(), optionCodes(uids, reuse(view, requested))),
                    "Categories " + code + " and " + code + "-" + uid + " exist with other options; rename one of them"));
            if (saved[0] != null && line.outcome() != Dhis2MetadataReport.Outcome.REFUSED) {
                categories.put(uid, saved[0]);
                return withCode(line, saved[0].code());
            }
            return line;
        }

        /** The existing category's option codes matching the requested options (by code or name), or null. */
        private static List<String> reuse(CategoryView existing, List<CategoryRequest.Option> requested) {
            List<String> codes = new ArrayList<>();
            for (CategoryRequest.Option o : requested) {
                Optional<CategoryView.Option> same = existing.options().stream()
                        .filter(e -> e.code().equalsIgnoreCase(o.code()) || e.name().equalsIgnoreCase(o.name()))
                        .findFirst();
                if (same.isEmpty()) {
                    return null;
                }
                codes.add(same.get().code());
            }
            return codes;
        }

        private static Map<String, String> optionCodes(List<String> uids, List<String> codes) {
            Map<String, String> result = new LinkedHashMap<>();
            for (int i = 0; i < uids.size(); i++) {
                result.put(uids.get(i), codes.get(i));
            }
            return result;
        }

        // ---- category combinations

        private Dhis2MetadataReport.Line combo(JsonNode c) {
            String uid = text(c, "id");
            String name = name(c);
            String code = resultaCode(c);
            if (uid == null || code == null) {
                return refused(uid, code, name, "A DHIS2 category combination needs an id, and a code, name or id to make a code of");
            }
            List<String> categoryUids = new ArrayList<>();
            List<String> categoryCodes = new ArrayList<>();
            for (JsonNode ref : c.path("categories")) {
                String categoryUid = text(ref, "id");
                SavedCategory category = categories.get(categoryUid);
                if (category == null) {
                    return refusedCombo(uid, code, name, "Its category " + categoryUid
                            + " is not in the file's categories or was refused");
                }
                categoryUids.add(categoryUid);
                categoryCodes.add(category.code());
            }
            if (categoryCodes.isEmpty()) {
                return refusedCombo(uid, code, name, "The category combination has no categories");
            }
            DisaggregationView[] saved = new DisaggregationView[1];
            Dhis2MetadataReport.Line line = savepoint.save(uid, code, name, () -> defineOrReuse(code, uid,
                    candidate -> disaggregations.disaggregations().stream()
                            .filter(d -> d.code().equalsIgnoreCase(candidate)).findFirst(),
                    existing -> existing.categoryCodes().equals(categoryCodes),
                    candidate -> disaggregations.defineDisaggregation(new DisaggregationRequest(candidate,
                            clip(name, 200), categoryCodes)),
                    view -> saved[0] = view,
                    "Disaggregations " + code + " and " + code + "-" + uid + " exist over other categories than "
                            + categoryCodes));
            if (saved[0] != null && line.outcome() != Dhis2MetadataReport.Outcome.REFUSED) {
                combos.put(uid, saved[0]);
                comboCategories.put(uid, categoryUids);
                return withCode(line, saved[0].code());
            }
            refusedCombos.put(uid, line.reason());
            return line;
        }

        /**
         * Defines the object under the first candidate code no object holds (CREATED), or reuses the object holding
         * a candidate when it fits (UNCHANGED); an object that does not fit sends on to the next candidate, and when
         * none is left the object is refused with {@code misfit}. {@code keep} hears the object defined or reused.
         */
        private <V> Dhis2MetadataReport.Outcome defineOrReuse(String code, String uid, Function<String, Optional<V>> holder,
                                                              Predicate<V> fits, Function<String, V> define,
                                                              Consumer<V> keep, String misfit) {
            for (String candidate : candidates(code, uid)) {
                Optional<V> existing = holder.apply(candidate);
                if (existing.isEmpty()) {
                    keep.accept(define.apply(candidate));
                    return Dhis2MetadataReport.Outcome.CREATED;
                }
                if (fits.test(existing.get())) {
                    keep.accept(existing.get());
                    return Dhis2MetadataReport.Outcome.UNCHANGED;
                }
            }
            throw new ConflictException("code", "duplicate-code", misfit);
        }

        private Dhis2MetadataReport.Line refusedCombo(String uid, String code, String name, String reason) {
            refusedCombos.put(uid, reason);
            return refused(uid, code, name, reason);
        }

        // ---- data elements

        /** Each data element's most frequent reporting among the data sets that hold it. */
        private Map<String, PeriodType> frequencies() {
            Map<String, PeriodType> result = new HashMap<>();
            for (JsonNode set : root.path("dataSets")) {
                PeriodType type = periodType(text(set, "periodType"));
                if (type == null) {
                    continue;
                }
                for (JsonNode member : set.path("dataSetElements")) {
                    result.merge(ref(member, "dataElement"), type,
                            (a, b) -> a.months() <= b.months() ? a : b);
                }
            }
            return result;
        }

        private Dhis2MetadataReport.Line dataElement(JsonNode e, Map<String, PeriodType> frequencies) {
            String uid = text(e, "id");
            String code = Dhis2Json.code(e);
            String name = name(e);
            if (uid == null || code == null) {
                return refused(uid, code, name, "Neither the code nor the id can be a Resulta code (letters, digits, "
                        + "dots, dashes or underscores, at most 50)");
            }
            String domain = text(e, "domainType");
            if (domain != null && !domain.equals("AGGREGATE")) {
                return refused(uid, code, name, "Its domainType " + domain + " is not AGGREGATE: Resulta takes "
                        + "aggregate data elements only");
            }
            String valueType = text(e, "valueType");
            if (valueType == null || !NUMERIC.contains(valueType)) {
                return refused(uid, code, name, "Its valueType " + valueType + " is not numeric: Resulta computes "
                        + "with NUMBER, INTEGER (any sign), PERCENTAGE and UNIT_INTERVAL data elements");
            }
            String combo = ref(e, "categoryCombo");
            String disaggregation = null;
            if (combo != null && !DEFAULT_CATEGORY_COMBO.equals(combo)) {
                DisaggregationView view = combos.get(combo);
                if (view == null) {
                    return refused(uid, code, name, "Its categoryCombo " + combo + (refusedCombos.containsKey(combo)
                            ? " was refused: " + refusedCombos.get(combo) : " is not in the file's categoryCombos"));
                }
                disaggregation = view.code();
            }
            Measure measure = valueType.equals("PERCENTAGE") ? Measure.PERCENTAGE : Measure.NUMBER;
            AggregationMethod[] aggregation = aggregation(text(e, "aggregationType"));
            PeriodType frequency = frequencies.getOrDefault(uid,
                    options.frequency() == null ? PeriodType.QUARTERLY : options.frequency());
            IndicatorRequest request = new IndicatorRequest(code, options.resultCode(), clip(name, 300),
                    clip(text(e, "description"), 4000), clip("DHIS2 data element " + uid + " (" + valueType + ", "
                    + text(e, "aggregationType") + ")", 4000), "DHIS2 metadata", null, measure,
                    measure == Measure.NUMBER ? Dimension.QUANTITY : Dimension.QUALITY,
                    options.direction() == null ? Direction.INCREASE : options.direction(), aggregation[0],
                    aggregation[1], frequency, null, null, null, null, null, null, null, null, null, null, null,
                    disaggregation);
            return savepoint.save(uid, code, name, () -> {
                boolean existed = lookup.find(code).isPresent();
                if (existed) {
                    indicators.change(code, request);
                } else {
                    indicators.define(request);
                }
                jobs.putMapping(new Dhis2Mapping.Entry(Dhis2Mapping.Kind.DATA_ELEMENT, uid, code), actor);
                return existed ? Dhis2MetadataReport.Outcome.UPDATED : Dhis2MetadataReport.Outcome.CREATED;
            });
        }

        // ---- category option combinations

        private Dhis2MetadataReport.Line optionCombo(JsonNode coc, String combo) {
            String uid = text(coc, "id");
            String name = name(coc);
            DisaggregationView disaggregation = combos.get(combo);
            if (uid == null) {
                return refused(null, null, name, "A DHIS2 category option combination needs an id");
            }
            if (disaggregation == null) {
                return refused(uid, null, name, "Its categoryCombo " + combo + (refusedCombos.containsKey(combo)
                        ? " was refused" : " is not in the file's categoryCombos"));
            }
            Set<String> optionUids = new HashSet<>();
            for (JsonNode ref : coc.path("categoryOptions")) {
                optionUids.add(text(ref, "id"));
            }
            List<String> wanted = new ArrayList<>();
            for (String categoryUid : comboCategories.get(combo)) {
                Map<String, String> codes = categories.get(categoryUid).optionCodes();
                List<String> here = optionUids.stream().filter(codes::containsKey).toList();
                if (here.size() != 1) {
                    return refused(uid, null, name, "Its categoryOptions " + optionUids + " do not name exactly one "
                            + "option of category " + categories.get(categoryUid).code());
                }
                wanted.add(codes.get(here.get(0)));
            }
            if (optionUids.size() != wanted.size()) {
                return refused(uid, null, name, "Its categoryOptions " + optionUids + " name options outside the "
                        + "categories of " + disaggregation.code());
            }
            Optional<OptionComboView> match = disaggregation.combos().stream()
                    .filter(c -> c.optionCodes().equals(wanted)).findFirst();
            if (match.isEmpty()) {
                return refused(uid, null, name, "No option combination of disaggregation " + disaggregation.code()
                        + " has the options " + wanted);
            }
            String code = match.get().code();
            return savepoint.save(uid, code, name, () -> {
                String before = mapped.get(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO + ":" + uid);
                if (code.equals(before)) {
                    return Dhis2MetadataReport.Outcome.UNCHANGED;
                }
                jobs.putMapping(new Dhis2Mapping.Entry(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, uid, code), actor);
                return before == null ? Dhis2MetadataReport.Outcome.CREATED : Dhis2MetadataReport.Outcome.UPDATED;
            });
        }
    }

    // ---- naming and mapping rules

    private static boolean isDefault(JsonNode node) {
        return "default".equals(text(node, "name")) && (text(node, "code") == null || "default".equals(text(node, "code")));
    }

    private static String name(JsonNode node) {
        String name = text(node, "name");
        return name != null ? name : text(node, "id");
    }

    /**
     * A code of letters, digits and dashes for a category, option or disaggregation: its DHIS2 code, else its name,
     * else its uid, with other characters turned into dashes (one for a run of them) and at most 50 long.
     */
    static String resultaCode(JsonNode node) {
        for (String source : new String[]{text(node, "code"), text(node, "name"), text(node, "id")}) {
            if (source == null) {
                continue;
            }
            if (OPTION_CODE.matcher(source).matches()) {
                return source;
            }
            String code = source.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (code.length() > 50) {
                code = code.substring(0, 50).replaceAll("-+$", "");
            }
            if (!code.isEmpty()) {
                return code;
            }
        }
        return null;
    }

    /** The code itself, then the code followed by the uid (for when another object holds the code). */
    private static List<String> candidates(String code, String uid) {
        String prefix = code.length() > 50 - uid.length() - 1 ? code.substring(0, 50 - uid.length() - 1) : code;
        return List.of(code, prefix + "-" + uid);
    }

    /** What a category divides by, guessed from its name or code. */
    static CategoryKind kind(String name, String code) {
        String words = (name + " " + code).toLowerCase(Locale.ROOT);
        if (words.matches(".*\\b(sex|gender)\\b.*")) {
            return CategoryKind.SEX;
        }
        if (words.matches(".*\\bage\\b.*")) {
            return CategoryKind.AGE_GROUP;
        }
        if (words.contains("disab")) {
            return CategoryKind.DISABILITY;
        }
        if (words.contains("income") || words.contains("quintile")) {
            return CategoryKind.INCOME_GROUP;
        }
        if (words.contains("region") || words.contains("province")) {
            return CategoryKind.REGION;
        }
        return CategoryKind.CUSTOM;
    }

    /**
     * DHIS2's aggregation type as Resulta's methods over units and over time: SUM sums both, AVERAGE averages
     * both, AVERAGE_SUM_ORG_UNIT sums units and averages time, LAST (and LAST_IN_PERIOD) keep the last value over
     * time and sum units (their _AVERAGE_ORG_UNIT forms average units), MIN, MAX and COUNT are the same in both;
     * any other (NONE, DEFAULT, FIRST...) leaves the measure's default.
     */
    static AggregationMethod[] aggregation(String dhis2) {
        if (dhis2 == null) {
            return new AggregationMethod[]{null, null};
        }
        return switch (dhis2) {
            case "SUM" -> new AggregationMethod[]{AggregationMethod.SUM, AggregationMethod.SUM};
            case "AVERAGE" -> new AggregationMethod[]{AggregationMethod.AVERAGE, AggregationMethod.AVERAGE};
            case "AVERAGE_SUM_ORG_UNIT" -> new AggregationMethod[]{AggregationMethod.SUM, AggregationMethod.AVERAGE};
            case "LAST", "LAST_IN_PERIOD" -> new AggregationMethod[]{AggregationMethod.SUM, AggregationMethod.LAST};
            case "LAST_AVERAGE_ORG_UNIT", "LAST_IN_PERIOD_AVERAGE_ORG_UNIT" ->
                    new AggregationMethod[]{AggregationMethod.AVERAGE, AggregationMethod.LAST};
            case "MIN" -> new AggregationMethod[]{AggregationMethod.MIN, AggregationMethod.MIN};
            case "MAX" -> new AggregationMethod[]{AggregationMethod.MAX, AggregationMethod.MAX};
            case "COUNT" -> new AggregationMethod[]{AggregationMethod.COUNT, AggregationMethod.COUNT};
            default -> new AggregationMethod[]{null, null};
        };
    }

    /** DHIS2's period type as Resulta's frequency; null for those Resulta has not (days, weeks, bi-months). */
    static PeriodType periodType(String dhis2) {
        if (dhis2 == null) {
            return null;
        }
        return switch (dhis2) {
            case "Monthly" -> PeriodType.MONTHLY;
            case "Quarterly" -> PeriodType.QUARTERLY;
            case "SixMonthly" -> PeriodType.SEMESTRAL;
            case "Yearly" -> PeriodType.YEARLY;
            case "FinancialApril", "FinancialJuly", "FinancialOct", "FinancialNov" -> PeriodType.FINANCIAL_YEAR;
            default -> null;
        };
    }


    private static Dhis2MetadataReport.Line withCode(Dhis2MetadataReport.Line line, String code) {
        return new Dhis2MetadataReport.Line(line.dhis2Id(), code, line.name(), line.outcome(), line.reason());
    }
}
