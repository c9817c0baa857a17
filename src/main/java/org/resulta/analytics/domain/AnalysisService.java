package org.resulta.analytics.domain;

import org.resulta.analytics.EquityBasis;
import org.resulta.analytics.EquityRow;
import org.resulta.analytics.EquityView;
import org.resulta.analytics.IndicatorChoice;
import org.resulta.analytics.IndicatorSeries;
import org.resulta.analytics.PerformanceAnalyses;
import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.ScoreView;
import org.resulta.analytics.evaluation.ScoreMethod;
import org.resulta.analytics.Scorecards;
import org.resulta.analytics.SeriesPoint;
import org.resulta.analytics.StrategyBasis;
import org.resulta.analytics.StrategyRow;
import org.resulta.analytics.StrategyView;
import org.resulta.analytics.SubUnitRow;
import org.resulta.analytics.TrendView;
import org.resulta.analytics.evaluation.BreakDetection;
import org.resulta.analytics.evaluation.ChangeBands;
import org.resulta.analytics.evaluation.EquityGap;
import org.resulta.analytics.evaluation.EquityGaps;
import org.resulta.analytics.evaluation.Figure;
import org.resulta.analytics.evaluation.GroupValue;
import org.resulta.analytics.evaluation.LevelShift;
import org.resulta.analytics.evaluation.Projection;
import org.resulta.analytics.evaluation.StrategyClassification;
import org.resulta.analytics.evaluation.StrategyClassifier;
import org.resulta.analytics.evaluation.TrendProjection;
import org.resulta.analytics.evaluation.ValueForMoney;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.Disaggregations;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.ValueRecord;
import org.resulta.measurement.calculation.Aggregate;
import org.resulta.measurement.calculation.Aggregation;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Observation;
import org.resulta.measurement.calculation.Outlier;
import org.resulta.measurement.calculation.OutlierDetection;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The analyses on real figures: it reads the rolled-up figures from {@link Scorecards} (the engine, or SQL while it
 * loads) and the disaggregated values from measurement, and hands them to the plain rules of
 * {@code analytics.evaluation}. What counts as an output, an input or an outcome, and which pairs a program makes,
 * is {@link StrategyCandidates}' business.
 */
@Service
@Transactional(readOnly = true)
class AnalysisService implements PerformanceAnalyses {

    static final String TOTAL = "total";
    /** On track when the projected achievement reaches the target. */
    static final double ON_TRACK_FROM = 100;

    private final Scorecards scorecards;
    private final IndicatorCatalog catalog;
    private final MeasurementLookup measurements;
    private final Disaggregations disaggregations;
    private final OrgUnitLookup units;
    private final StrategyCandidates candidates;
    private final ChainScores chainScores;
    private final PeriodCalendar calendar;
    private final Clock clock = Clock.systemDefaultZone();
    private final StrategyClassifier classifier = new StrategyClassifier(ChangeBands.DEFAULT);

    AnalysisService(Scorecards scorecards, IndicatorCatalog catalog, MeasurementLookup measurements,
                    Disaggregations disaggregations, OrgUnitLookup units, StrategyCandidates candidates,
                    ChainScores chainScores, PeriodCalendar calendar) {
        this.chainScores = chainScores;
        this.scorecards = scorecards;
        this.catalog = catalog;
        this.measurements = measurements;
        this.disaggregations = disaggregations;
        this.units = units;
        this.candidates = candidates;
        this.calendar = calendar;
    }

    @Override
    public String defaultPeriod() {
        return calendar.containing(LocalDate.now(clock), PeriodType.YEARLY).previous().code();
    }

    // ---- the five strategies

    @Override
    public StrategyView strategies(String unitCode, String periodCode, StrategyBasis basis, String outputCode,
                                   String inputCode, String outcomeCode) {
        OrgUnitView unit = unit(unitCode);
        Period period = period(periodCode);
        Period previous = period.previous();
        StrategyCandidates.Found found = candidates.find(unitCode);
        IndicatorView outcome = chosen(outcomeCode, found.outcomes(), "outcome");
        List<StrategyRow> rows = new ArrayList<>();
        String note = null;
        boolean programsCompare = found.pairs().stream().anyMatch(p -> p.input() != null);
        StrategyBasis shown = basis != null ? basis : programsCompare ? StrategyBasis.PROGRAMS : StrategyBasis.SUB_UNITS;
        IndicatorView output = null;
        IndicatorView input = null;
        if (shown == StrategyBasis.PROGRAMS) {
            for (StrategyCandidates.Pair pair : found.pairs()) {
                rows.add(programRow(pair, unit, period, previous, outcome));
            }
            if (rows.isEmpty()) {
                note = "No program of this unit has both an output count and an input with costs: compare sub-units instead";
            }
        } else {
            StrategyCandidates.Pair first = found.pairs().stream().filter(p -> p.input() != null).findFirst().orElse(null);
            output = outputCode != null && !outputCode.isBlank() ? chosen(outputCode, found.outputs(), "output")
                    : first != null ? first.output() : found.outputs().stream().findFirst().orElse(null);
            input = inputCode != null && !inputCode.isBlank() ? chosen(inputCode, found.inputs(), "input")
                    : first != null && first.input() != null ? first.input() : found.inputs().stream().findFirst().orElse(null);
            if (output == null || input == null) {
                note = "This unit has no " + (output == null ? "output count" : "input indicator") + " to compare";
            } else {
                rows.addAll(subUnitRows(output, input, outcome, unit, period, previous));
            }
        }
        return new StrategyView(unit.code(), unit.name(), period.code(), period.label(), previous.code(),
                previous.label(), shown, output == null ? null : output.code(), input == null ? null : input.code(),
                outcome == null ? null : outcome.code(), rows, choices(found.outputs()), choices(found.inputs()),
                choices(found.outcomes()), note);
    }

    private StrategyRow programRow(StrategyCandidates.Pair pair, OrgUnitView unit, Period period, Period previous,
                                   IndicatorView outcome) {
        if (pair.input() == null) {
            return row(pair.programCode(), pair.programName(), false, pair.output(), null, null, null, null, null, null,
                    "No input indicator with costs is attached to this program's results");
        }
        ScoreLine out = total(pair.output(), unit, period);
        ScoreLine in = total(pair.input(), unit, period);
        ScoreLine outBefore = total(pair.output(), unit, previous);
        ScoreLine inBefore = total(pair.input(), unit, previous);
        ScoreLine outcomeLine = outcome == null ? null : total(outcome, unit, period);
        return row(pair.programCode(), pair.programName(), false, pair.output(), pair.input(), out, in, outBefore,
                inBefore, outcomeLine, null);
    }

    private List<StrategyRow> subUnitRows(IndicatorView output, IndicatorView input, IndicatorView outcome,
                                          OrgUnitView unit, Period period, Period previous) {
        Map<String, ScoreLine> in = byUnit(input, unit, period);
        Map<String, ScoreLine> inBefore = byUnit(input, unit, previous);
        Map<String, ScoreLine> outBefore = byUnit(output, unit, previous);
        Map<String, ScoreLine> outcomes = outcome == null ? Map.of() : byUnit(outcome, unit, period);
        List<StrategyRow> rows = new ArrayList<>();
        for (SubUnitRow r : scorecards.bySubUnit(output.code(), unit.code(), period.code())) {
            rows.add(row(r.unitCode(), r.unitName(), r.total(), output, input, r.line(), in.get(r.unitCode()),
                    outBefore.get(r.unitCode()), inBefore.get(r.unitCode()), outcomes.get(r.unitCode()), null));
        }
        return rows;
    }

    private StrategyRow row(String code, String name, boolean total, IndicatorView output, IndicatorView input,
                            ScoreLine out, ScoreLine in, ScoreLine outBefore, ScoreLine inBefore, ScoreLine outcome,
                            String why) {
        Double o = actual(out);
        Double i = actual(in);
        Double ob = actual(outBefore);
        Double ib = actual(inBefore);
        StrategyClassification c = why != null ? null : classifier.classify(number(ob), number(ib), number(o), number(i));
        Figure costPerOutput = ValueForMoney.costPerOutput(number(i), number(o));
        Figure before = ValueForMoney.costPerOutput(number(ib), number(ob));
        Figure economy = economy(out, in);
        Figure effectiveness = out == null || out.target() == null ? Figure.none("No output target")
                : ValueForMoney.effectiveness(number(o), out.target());
        Figure costEffectiveness = outcome == null ? Figure.none("No outcome chosen")
                : ValueForMoney.costEffectiveness(number(i), number(actual(outcome)));
        return new StrategyRow(code, name, total, output.code(), output.name(), output.unitOfMeasure(),
                input == null ? null : input.code(), input == null ? null : input.name(),
                input == null ? null : input.unitOfMeasure(), ob, o, ib, i,
                c == null ? null : c.output(), c == null ? null : c.input(), c == null ? null : c.outputChange(),
                c == null ? null : c.inputChange(), c == null ? null : c.efficiencyChange(),
                c == null ? null : c.movement(), c == null ? null : c.strategy(), c == null ? why : c.description(),
                costPerOutput, before, economy, effectiveness, costEffectiveness);
    }

    /** Actual unit cost over planned unit cost, the plan being the input's target over the output's target. */
    private static Figure economy(ScoreLine out, ScoreLine in) {
        if (out == null || in == null || out.target() == null || in.target() == null) {
            return Figure.none("No planned unit cost: the output or the input has no target");
        }
        Figure planned = ValueForMoney.costPerOutput(in.target(), out.target());
        Figure actual = ValueForMoney.costPerOutput(number(actual(in)), number(actual(out)));
        if (!planned.hasValue() || !actual.hasValue()) {
            return Figure.none(!planned.hasValue() ? "No planned unit cost: " + planned.reason()
                    : "No actual unit cost: " + actual.reason());
        }
        return ValueForMoney.economy(actual.value(), planned.value());
    }

    // ---- equity

    @Override
    public EquityView equity(String unitCode, String indicatorCode, String periodCode, EquityBasis basis,
                             String reference, Double threshold) {
        OrgUnitView unit = unit(unitCode);
        Period period = period(periodCode);
        Period previous = period.previous();
        List<IndicatorView> numeric = catalog.indicatorsForUnit(unitCode).stream()
                .filter(i -> i.measure().isNumeric() && !i.retired())
                .sorted(Comparator.comparing((IndicatorView i) -> !i.isDisaggregated()).thenComparing(IndicatorView::code))
                .toList();
        IndicatorView indicator = indicatorCode == null || indicatorCode.isBlank()
                ? numeric.stream().findFirst().orElseThrow(() -> new NotFoundException("indicator", "indicator with figures",
                unitCode, "This unit has no numeric indicator"))
                : chosen(indicatorCode, numeric, "indicator");
        EquityBasis shown = basis != null ? basis : indicator.isDisaggregated() ? EquityBasis.GROUPS : EquityBasis.SUB_UNITS;
        if (shown == EquityBasis.GROUPS && !indicator.isDisaggregated()) {
            throw new InvalidValueException("basis", "equity-not-disaggregated", indicator.code()
                    + " is not reported by groups (sex, disability, income...): compare sub-units instead");
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, GroupValue> values = new LinkedHashMap<>();
        String note = null;
        ScoreLine now = total(indicator, unit, period);
        ScoreLine before = total(indicator, unit, previous);
        names.put(TOTAL, unit.name() + " (all)");
        values.put(TOTAL, new GroupValue(TOTAL, number(actual(before)), number(actual(now))));
        if (shown == EquityBasis.GROUPS) {
            DisaggregationView disaggregation = disaggregations.disaggregation(indicator.disaggregationCode());
            Map<Integer, OptionComboView> combos = new LinkedHashMap<>();
            disaggregation.combos().stream().filter(c -> !c.isTotal()).forEach(c -> combos.put(c.id(), c));
            Map<Integer, double[]> byCombo = groupValues(indicator, unit, period, previous, combos.keySet());
            combos.values().forEach(c -> {
                names.put(c.code(), c.name());
                double[] v = byCombo.get(c.id());
                values.put(c.code(), new GroupValue(c.code(), v[0], v[1]));
            });
        } else {
            Map<String, ScoreLine> then = byUnit(indicator, unit, previous);
            for (SubUnitRow r : scorecards.bySubUnit(indicator.code(), unit.code(), period.code())) {
                if (!r.total()) {
                    names.put(r.unitCode(), r.unitName());
                    values.put(r.unitCode(), new GroupValue(r.unitCode(), number(actual(then.get(r.unitCode()))),
                            number(r.line().actual())));
                }
            }
            if (values.size() == 1) {
                note = "This unit has no sub-units reporting " + indicator.code();
            }
        }
        String defaultReference = shown == EquityBasis.GROUPS ? lastKey(names) : TOTAL;
        String ref = reference == null || reference.isBlank() ? defaultReference : reference;
        if (!values.containsKey(ref)) {
            throw new InvalidValueException("reference", "equity-reference", "No group " + ref + " to compare with: choose one of "
                    + String.join(", ", values.keySet()));
        }
        GroupValue referenceValue = values.get(ref);
        double limit = threshold != null ? threshold
                : Double.isFinite(referenceValue.current()) ? Math.round(Math.abs(referenceValue.current())) / 100.0 : 0;
        if (!Double.isFinite(limit) || limit < 0) {
            throw new InvalidValueException("threshold", "equity-threshold", "The widening threshold is zero or more, not " + threshold);
        }
        List<GroupValue> groups = values.values().stream().filter(g -> !g.group().equals(ref) && !g.group().equals(TOTAL)).toList();
        List<EquityRow> rows = new ArrayList<>();
        for (EquityGap gap : new EquityGaps(limit).against(referenceValue, groups)) {
            GroupValue g = values.get(gap.group());
            rows.add(new EquityRow(gap.group(), names.get(gap.group()), value(g.previous()), value(g.current()),
                    gap.gap(), gap.ratio(), gap.previousGap(), gap.widening(), gap.flagged(), gap.note()));
        }
        List<IndicatorChoice> references = names.entrySet().stream()
                .map(e -> new IndicatorChoice(e.getKey(), e.getValue(), null)).toList();
        return new EquityView(unit.code(), unit.name(), indicator.code(), indicator.name(), indicator.unitOfMeasure(),
                indicator.decimals(), period.code(), period.label(), previous.code(), previous.label(), shown,
                indicator.isDisaggregated() ? indicator.disaggregationCode() : null, ref, names.get(ref),
                value(referenceValue.current()), value(referenceValue.previous()), limit, rows, choices(numeric),
                references, note);
    }

    /**
     * Each option combination's value in the previous and this period ({@code [previous, current]}, NaN when
     * none), rolled up the way the engine rolls up the total: each unit's series over time, then the units.
     */
    private Map<Integer, double[]> groupValues(IndicatorView indicator, OrgUnitView unit, Period period,
                                               Period previous, java.util.Set<Integer> combos) {
        List<ValueRecord> records = measurements.actuals(List.of(indicator.id()), unit.preOrder(), unit.subtreeEnd(),
                previous.start(), period.end());
        Map<Integer, double[]> result = new HashMap<>();
        for (Integer combo : combos) {
            double[] v = new double[2];
            for (int p = 0; p < 2; p++) {
                Period within = p == 0 ? previous : period;
                Map<Long, List<ValueRecord>> byUnit = new LinkedHashMap<>();
                for (ValueRecord r : records) {
                    if (r.optionComboId() == combo && !r.periodStart().isBefore(within.start())
                            && !r.periodEnd().isAfter(within.end())
                            && ScoreModel.periodOf(r).type() == indicator.frequency()) {
                        byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
                    }
                }
                List<List<Observation>> series = new ArrayList<>();
                for (List<ValueRecord> unitRecords : byUnit.values()) {
                    series.add(unitRecords.stream().sorted(Comparator.comparing(ValueRecord::periodStart))
                            .map(r -> observation(r, indicator)).toList());
                }
                Aggregate a = Aggregation.rollUp(indicator.timeAggregation(), indicator.unitAggregation(), series,
                        indicator.ratioMultiplier());
                v[p] = a.hasValue() ? a.value() : Double.NaN;
            }
            result.put(combo, v);
        }
        return result;
    }

    private static Observation observation(ValueRecord r, IndicatorView indicator) {
        return !Double.isNaN(r.numerator()) && !Double.isNaN(r.denominator())
                ? Observation.ratio(r.numerator(), r.denominator(), indicator.ratioMultiplier()) : Observation.of(r.value());
    }

    // ---- scores up the chain and the tree

    @Override
    public ScoreView scores(String unitCode, String periodCode, ScoreMethod method) {
        unit(unitCode);
        return chainScores.scores(unitCode, period(periodCode).code(), method == null ? ScoreMethod.WEIGHTED_MEAN : method);
    }

    // ---- trend and projection

    @Override
    public TrendView trend(String indicatorCode, String unitCode, String periodCode) {
        IndicatorView indicator = catalog.indicator(indicatorCode);
        OrgUnitView unit = unit(unitCode);
        LocalDate today = LocalDate.now(clock);
        Period chosen = periodCode == null || periodCode.isBlank() ? calendar.containing(today, PeriodType.YEARLY) : period(periodCode);
        Period year = Period.year(chosen.year());
        PeriodType frequency = indicator.frequency();
        List<Period> parts = frequency == PeriodType.YEARLY || frequency == PeriodType.FINANCIAL_YEAR
                ? List.of(year) : year.split(frequency);
        List<Period> ended = parts.stream().filter(p -> p.hasEndedBefore(today)).toList();
        double[] soFar = new double[ended.size()];
        if (!ended.isEmpty()) {
            IndicatorSeries series = scorecards.series(indicator.code(), unit.code(), ended.get(0).code(),
                    ended.get(ended.size() - 1).code());
            for (int i = 0; i < soFar.length; i++) {
                soFar[i] = number(series.points().get(i).actual());
            }
        }
        ScoreLine annual = total(indicator, unit, year);
        Double annualTarget = annual.target();
        AggregationMethod method = indicator.timeAggregation();
        String methodNote = null;
        if (method == AggregationMethod.RATIO_RECOMPUTE) {
            method = AggregationMethod.AVERAGE;
            methodNote = "the year's rate is projected as the mean of the periods' rates";
        }
        Projection projection = new TrendProjection(ON_TRACK_FROM).project(soFar, parts.size(), method,
                indicator.direction(), annualTarget == null ? Double.NaN : annualTarget);
        boolean floor = java.util.Arrays.stream(soFar).filter(Double::isFinite).allMatch(v -> v >= 0);
        List<TrendView.TrendPoint> points = new ArrayList<>();
        double cumulativeActual = 0;
        double cumulativeProjected = 0;
        boolean summed = method == AggregationMethod.SUM;
        for (int i = 0; i < parts.size(); i++) {
            Period p = parts.get(i);
            Double actual = i < soFar.length ? value(soFar[i]) : null;
            Double trend = projection.trend() == null ? null : floor ? Math.max(0, projection.trend().at(i)) : projection.trend().at(i);
            Double known = actual != null ? actual : trend;
            if (actual != null) {
                cumulativeActual += actual;
            }
            if (known != null) {
                cumulativeProjected += known;
            }
            points.add(new TrendView.TrendPoint(p.code(), p.label(), actual, trend,
                    summed && i < soFar.length ? cumulativeActual : null,
                    summed && projection.trend() != null ? cumulativeProjected : null));
        }
        return new TrendView(indicator.code(), indicator.name(), unit.code(), unit.name(), year.code(),
                method.label(), annualTarget, projection.projected(), projection.projectedAchievement(),
                projection.onTrack(), verdict(indicator, year, annualTarget, projection, methodNote), points,
                projection.trend() == null ? null : projection.trend().slope(),
                projection.trend() == null ? null : projection.trend().rSquared(), markers(indicator, unit));
    }

    private static String verdict(IndicatorView indicator, Period year, Double target, Projection projection, String methodNote) {
        if (!projection.hasValue()) {
            return "No projection for " + year.label() + ": " + lower(projection.reason());
        }
        String unit = indicator.unitOfMeasure() == null ? "" : " " + indicator.unitOfMeasure();
        String text = (projection.onTrack() ? "On track" : "Not on track") + " to meet the annual target: the trend so far leads to "
                + format(projection.projected()) + unit + " for " + year.label() + " against a target of "
                + format(target) + unit
                + (projection.projectedAchievement() == null ? "" : " (" + format(projection.projectedAchievement()) + "% achievement)");
        return text + (methodNote == null ? "" : "; " + methodNote) + (projection.reason() == null ? "" : "; " + lower(projection.reason())) + ".";
    }

    /** The level shift and outliers of the unit's series over the last three years. */
    private List<TrendView.Marker> markers(IndicatorView indicator, OrgUnitView unit) {
        IndicatorSeries series = scorecards.series(indicator.code(), unit.code(), null, null);
        List<SeriesPoint> points = series.points().stream().filter(p -> p.actual() != null || p.target() != null).toList();
        double[] values = points.stream().mapToDouble(p -> number(p.actual())).toArray();
        List<TrendView.Marker> markers = new ArrayList<>();
        LevelShift shift = new BreakDetection(3, 3).find(values);
        if (shift.isBreak()) {
            SeriesPoint at = points.get(shift.period());
            markers.add(new TrendView.Marker(at.period(), at.periodLabel(), "break", at.actual(),
                    "The level shifted from " + format(shift.before()) + " to " + format(shift.after()) + " from "
                            + at.periodLabel() + (shift.strength() == null ? "" : " (" + format(shift.strength())
                            + " standard deviations)")));
        }
        for (Outlier o : OutlierDetection.byModifiedZScore(values).outliers()) {
            SeriesPoint at = points.get(o.period());
            markers.add(new TrendView.Marker(at.period(), at.periodLabel(), "outlier", o.value(),
                    format(o.value()) + " in " + at.periodLabel() + " is far from the unit's usual values (robust z-score "
                            + format(o.score()) + ")"));
        }
        return markers;
    }

    // ---- shared

    private ScoreLine total(IndicatorView indicator, OrgUnitView unit, Period period) {
        return scorecards.bySubUnit(indicator.code(), unit.code(), period.code()).get(0).line();
    }

    private Map<String, ScoreLine> byUnit(IndicatorView indicator, OrgUnitView unit, Period period) {
        Map<String, ScoreLine> lines = new HashMap<>();
        scorecards.bySubUnit(indicator.code(), unit.code(), period.code()).forEach(r -> lines.put(r.unitCode(), r.line()));
        return lines;
    }

    private static IndicatorView chosen(String code, List<IndicatorView> among, String what) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<IndicatorView> found = among.stream().filter(i -> i.code().equals(code)).findFirst();
        return found.orElseThrow(() -> new InvalidValueException(what, "analysis-" + what, code + " cannot serve as the "
                + what + " here: choose one of " + String.join(", ", among.stream().map(IndicatorView::code).toList())));
    }

    private static List<IndicatorChoice> choices(List<IndicatorView> indicators) {
        return indicators.stream().map(i -> new IndicatorChoice(i.code(), i.name(), i.unitOfMeasure())).toList();
    }

    private Period period(String code) {
        return code == null || code.isBlank() ? calendar.parse(defaultPeriod()) : calendar.parse(code);
    }

    private OrgUnitView unit(String code) {
        return units.find(code).orElseThrow(() -> new NotFoundException("unitCode", "org unit", code));
    }

    private static Double actual(ScoreLine line) {
        return line == null ? null : line.actual();
    }

    private static double number(Double d) {
        return d == null ? Double.NaN : d;
    }

    private static Double value(double d) {
        return Double.isFinite(d) ? d : null;
    }

    private static String lastKey(Map<String, String> names) {
        String last = null;
        for (String key : names.keySet()) {
            last = key;
        }
        return last;
    }

    private static String lower(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String format(Double v) {
        if (v == null) {
            return "–";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ENGLISH, "%,.0f", v) : String.format(Locale.ENGLISH, "%,.1f", v);
    }
}
