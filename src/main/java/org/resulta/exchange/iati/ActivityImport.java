package org.resulta.exchange.iati;

import org.resulta.exchange.iati.IatiImportReport.Kind;
import org.resulta.exchange.iati.IatiImportReport.Line;
import org.resulta.exchange.iati.IatiImportReport.Outcome;
import org.resulta.measurement.ActualView;
import org.resulta.measurement.EntryLine;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.TargetLine;
import org.resulta.measurement.TargetView;
import org.resulta.results.PlanChange;
import org.resulta.results.PlanRequest;
import org.resulta.results.PlanView;
import org.resulta.results.ResultNodeChange;
import org.resulta.results.ResultNodeReference;
import org.resulta.results.ResultNodeRequest;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsFramework;
import org.resulta.results.ResultsLookup;
import org.resulta.shared.ConflictException;
import org.resulta.shared.ResultLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings one IATI activity into Resulta through the facades: the plan, its results, their indicators, targets and
 * actuals, comparing each with what is stored so that a second import of the same file changes nothing. Runs in
 * the activity's transaction; any refusal by a facade ends the activity, and the caller rolls it back.
 */
final class ActivityImport {

    static final String FRAMEWORK = "rbm";

    private final ResultsFramework results;
    private final ResultsLookup resultsLookup;
    private final IndicatorCatalog catalog;
    private final MeasurementLookup measurementLookup;
    private final PerformanceData data;
    private final String ownerUnitCode;
    private final LocalDate today;
    private final IatiActivity activity;
    private final String planCode;
    private final List<Line> lines = new ArrayList<>();

    ActivityImport(ResultsFramework results, ResultsLookup resultsLookup, IndicatorCatalog catalog,
                   MeasurementLookup measurementLookup, PerformanceData data, String ownerUnitCode, LocalDate today,
                   IatiActivity activity) {
        this.results = results;
        this.resultsLookup = resultsLookup;
        this.catalog = catalog;
        this.measurementLookup = measurementLookup;
        this.data = data;
        this.ownerUnitCode = ownerUnitCode;
        this.today = today;
        this.activity = activity;
        this.planCode = IatiMapping.planCode(activity.identifier());
    }

    String planCode() {
        return planCode;
    }

    List<Line> lines() {
        return lines;
    }

    /** Imports the activity; {@code existing} is the stored plan with the same code, if any (read beforehand). */
    void run(Optional<PlanView> existing) {
        plan(existing);
        int index = 0;
        for (IatiActivity.Result result : activity.results()) {
            index++;
            String resultCode = IatiMapping.resultCode(planCode, index);
            node(result, resultCode);
            int indicatorIndex = 0;
            for (IatiActivity.Indicator indicator : result.indicators()) {
                indicatorIndex++;
                indicator(indicator, resultCode, IatiMapping.indicatorCode(resultCode, indicatorIndex));
            }
        }
    }

    // ---- plan

    private void plan(Optional<PlanView> existing) {
        String name = IatiText.fit(IatiText.blank(activity.title()) ? "IATI activity " + activity.identifier() : activity.title(), 300);
        String description = IatiText.fit(activity.description(), 4000);
        int[] years = IatiMapping.years(activity);
        if (existing.isEmpty()) {
            results.createPlan(new PlanRequest(planCode, name, description, ownerUnitCode, FRAMEWORK, years[0], years[1]));
            add(activity.line(), Kind.ACTIVITY, planCode, Outcome.CREATED, "Draft plan '" + name + "', " + years[0] + "–"
                    + years[1] + ", framework " + FRAMEWORK + (planCode.equals(activity.identifier()) ? ""
                    : " (code made from the identifier " + activity.identifier() + ")"));
            return;
        }
        PlanView plan = existing.get();
        int start = Math.min(plan.startYear(), years[0]);
        int end = Math.max(plan.endYear(), years[1]);
        if (plan.name().equals(name) && Objects.equals(blankToNull(plan.description()), description)
                && plan.startYear() == start && plan.endYear() == end) {
            add(activity.line(), Kind.ACTIVITY, planCode, Outcome.UNCHANGED, "Plan '" + name + "' is as in the file");
            return;
        }
        results.changePlan(planCode, new PlanChange(name, description, plan.frameworkCode(), start, end));
        add(activity.line(), Kind.ACTIVITY, planCode, Outcome.UPDATED, "Plan name, description or years brought in line with the file");
    }

    // ---- results

    private void node(IatiActivity.Result result, String code) {
        IatiMapping.LevelChoice level = IatiMapping.level(result.type());
        String statement = IatiText.fit(statementOf(result), 1000);
        String description = IatiText.fit(result.description(), 4000);
        if (level.defaulted()) {
            add(result.line(), Kind.RESULT, code, Outcome.NOTE, "Result type '" + result.type() + "' (9 is Other) names no "
                    + "level of the results chain: imported as an output, the level an activity controls most directly");
        }
        Optional<ResultNodeReference> stored = resultsLookup.nodeReference(code);
        if (stored.isEmpty()) {
            results.addNode(planCode, new ResultNodeRequest(code, level.level(), null, statement, description, null, null, List.of()));
            add(result.line(), Kind.RESULT, code, Outcome.CREATED, level.level().label() + ": " + IatiText.fit(statement, 120)
                    + (result.indicators().isEmpty() ? " (a narrative result: no indicator in the file)" : ""));
            return;
        }
        if (!stored.get().planCode().equals(planCode)) {
            throw new ConflictException("code", "iati-code-taken", "Result code " + code + " is already used by plan "
                    + stored.get().planCode());
        }
        ResultNodeView node = results.node(code);
        if (node.level() != level.level()) {
            throw new ConflictException("type", "iati-level-changed", "Result " + code + " is stored as "
                    + article(node.level()) + " but the file now says " + article(level.level())
                    + "; a result's level never changes, so change it in Resulta first");
        }
        if (node.statement().equals(statement) && Objects.equals(blankToNull(node.description()), description)) {
            add(result.line(), Kind.RESULT, code, Outcome.UNCHANGED, "As in the file");
            return;
        }
        results.changeNode(code, new ResultNodeChange(node.outcomeStage(), statement, description, node.ownerUnitCode(),
                node.programCode()));
        add(result.line(), Kind.RESULT, code, Outcome.UPDATED, "Statement or description brought in line with the file");
    }

    private static String statementOf(IatiActivity.Result result) {
        if (!IatiText.blank(result.title())) {
            return result.title();
        }
        return result.indicators().stream().map(IatiActivity.Indicator::title).filter(t -> !IatiText.blank(t)).findFirst()
                .map(t -> "Result measured by: " + t).orElse("Result without a title (line " + result.line() + ")");
    }

    // ---- indicators

    private void indicator(IatiActivity.Indicator source, String resultCode, String code) {
        IndicatorTranslation t = IndicatorTranslation.of(source, activity.defaultCurrency(), today);
        String name = IatiText.fit(IatiText.blank(source.title()) ? "Indicator " + code : source.title(), 300);
        IndicatorRequest request = new IndicatorRequest(code, resultCode, name, IatiText.fit(source.description(), 4000),
                null, "IATI activity " + activity.identifier(), t.unitOfMeasure(), t.measure(), t.dimension(),
                t.direction(), t.unitAggregation(), t.timeAggregation(), t.frequency(), t.decimals(), null, null, null,
                t.currency(), null, null, t.baselineValue(), t.baselinePeriod(), t.baselineNote(), null);
        Optional<IndicatorView> stored = measurementLookup.find(code);
        String what = t.measure().label().toLowerCase() + ", " + t.direction().label().toLowerCase() + ", "
                + t.frequency().label().toLowerCase();
        Outcome outcome;
        if (stored.isEmpty()) {
            catalog.define(request);
            outcome = Outcome.CREATED;
            add(source.line(), Kind.INDICATOR, code, outcome, IatiText.fit(name, 120) + " (" + what + ")");
        } else if (!stored.get().planCode().equals(planCode)) {
            throw new ConflictException("code", "iati-code-taken", "Indicator code " + code + " is already used by plan "
                    + stored.get().planCode());
        } else if (same(stored.get(), request)) {
            outcome = Outcome.UNCHANGED;
            add(source.line(), Kind.INDICATOR, code, outcome, "As in the file (" + what + ")");
        } else {
            catalog.change(code, request);
            outcome = Outcome.UPDATED;
            add(source.line(), Kind.INDICATOR, code, outcome, "Definition brought in line with the file (" + what + ")");
        }
        if (t.baselineValue() != null || t.baselineNote() != null) {
            String baseline = (t.baselineValue() != null ? t.baselineValue().toPlainString() : "\"" + IatiText.fit(t.baselineNote(), 80) + "\"")
                    + (t.baselinePeriod() != null ? " in " + t.baselinePeriod() : "");
            add(source.line(), Kind.BASELINE, code, outcome, "Baseline " + baseline);
        }
        for (IndicatorTranslation.Remark r : t.remarks()) {
            add(r.line(), r.kind(), r.period() == null ? code : code + "@" + r.period(), r.outcome(), r.message());
        }
        targets(code, t.targets());
        actuals(code, t.actuals());
    }

    private static boolean same(IndicatorView v, IndicatorRequest r) {
        return v.resultCode().equals(r.resultCode()) && v.name().equals(r.name())
                && Objects.equals(blankToNull(v.definition()), blankToNull(r.definition()))
                && Objects.equals(blankToNull(v.dataSource()), blankToNull(r.dataSource()))
                && Objects.equals(blankToNull(v.unitOfMeasure()), blankToNull(r.unitOfMeasure()))
                && v.measure() == r.measure() && v.dimension() == r.dimension() && v.direction() == r.direction()
                && v.frequency() == r.frequency() && Objects.equals(v.currency(), r.currency())
                && (r.decimals() == null || v.decimals() == r.decimals())
                && (r.unitAggregation() == null || v.unitAggregation() == r.unitAggregation())
                && (r.timeAggregation() == null || v.timeAggregation() == r.timeAggregation())
                && sameNumber(v.baselineValue(), r.baselineValue())
                && Objects.equals(v.baselinePeriod(), r.baselinePeriod())
                && Objects.equals(blankToNull(v.baselineNote()), blankToNull(r.baselineNote()));
    }

    // ---- values

    private void targets(String code, List<IndicatorTranslation.TargetLine> targets) {
        if (targets.isEmpty()) {
            return;
        }
        Map<String, TargetView> stored = new LinkedHashMap<>();
        data.targets(code, ownerUnitCode).stream().filter(v -> OptionComboView.TOTAL.equals(v.optionCombo()))
                .forEach(v -> stored.put(v.period(), v));
        List<TargetLine> changed = new ArrayList<>();
        for (IndicatorTranslation.TargetLine t : targets) {
            TargetView before = stored.get(t.period().code());
            String shown = t.value() != null ? t.type().label().toLowerCase() + " " + t.value().toPlainString()
                    : "\"" + IatiText.fit(t.narrative(), 80) + "\"";
            String message = "Target " + shown + (t.readAs() != null ? " (" + t.readAs() + ")" : "");
            if (before != null && before.type() == t.type() && sameNumber(before.value(), t.value())
                    && Objects.equals(blankToNull(before.narrative()), blankToNull(t.narrative()))) {
                add(t.line(), Kind.TARGET, code + "@" + t.period().code(), Outcome.UNCHANGED, message);
                continue;
            }
            changed.add(new TargetLine(code, t.period().code(), t.type(), t.value(), null, t.narrative()));
            add(t.line(), Kind.TARGET, code + "@" + t.period().code(), before == null ? Outcome.CREATED : Outcome.UPDATED, message);
        }
        if (!changed.isEmpty()) {
            data.setTargets(ownerUnitCode, changed);
        }
    }

    private void actuals(String code, List<IndicatorTranslation.ActualLine> actuals) {
        if (actuals.isEmpty()) {
            return;
        }
        Map<String, ActualView> stored = new LinkedHashMap<>();
        data.actuals(code, ownerUnitCode).stream().filter(v -> OptionComboView.TOTAL.equals(v.optionCombo()))
                .forEach(v -> stored.put(v.period(), v));
        for (IndicatorTranslation.ActualLine a : actuals) {
            ActualView before = stored.get(a.period().code());
            String shown = a.value() != null ? a.value().toPlainString() : "\"" + IatiText.fit(a.text(), 80) + "\"";
            String message = "Actual " + shown + (a.readAs() != null ? " (" + a.readAs() + ")" : "");
            if (before != null && sameNumber(before.value(), a.value()) && Objects.equals(blankToNull(before.text()), blankToNull(a.text()))
                    && Objects.equals(blankToNull(before.comment()), blankToNull(a.comment()))) {
                add(a.line(), Kind.ACTUAL, code + "@" + a.period().code(), Outcome.UNCHANGED, message);
                continue;
            }
            data.recordActuals(ownerUnitCode, a.period().code(),
                    List.of(new EntryLine(code, a.value(), null, null, a.text(), a.comment())));
            add(a.line(), Kind.ACTUAL, code + "@" + a.period().code(), before == null ? Outcome.CREATED : Outcome.UPDATED, message);
        }
    }

    // ---- helpers

    private void add(int line, Kind kind, String code, Outcome outcome, String message) {
        lines.add(new Line(line, activity.identifier(), kind, code, outcome, message));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String article(ResultLevel level) {
        String word = level.label().toLowerCase();
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
