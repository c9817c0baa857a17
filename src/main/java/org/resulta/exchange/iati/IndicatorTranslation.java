package org.resulta.exchange.iati;

import org.resulta.exchange.iati.IatiImportReport.Kind;
import org.resulta.exchange.iati.IatiImportReport.Outcome;
import org.resulta.measurement.Dimension;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One IATI indicator in Resulta's terms: its measure, direction and frequency, its baseline, and the targets and
 * actuals it brings, with a remark for every value it cannot take and every decision worth knowing. Plain Java:
 * what the facades then accept or refuse is the import's business.
 */
record IndicatorTranslation(Measure measure, Dimension dimension, Direction direction, PeriodType frequency,
                            String currency, String unitOfMeasure, Integer decimals, AggregationMethod unitAggregation,
                            AggregationMethod timeAggregation, BigDecimal baselineValue, String baselinePeriod,
                            String baselineNote, List<TargetLine> targets, List<ActualLine> actuals,
                            List<Remark> remarks) {

    static final int NARRATIVE_MAX = 2000;
    static final int BASELINE_NOTE_MAX = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A target for a Resulta period; {@code readAs} says how a messy value was read (or is null). */
    record TargetLine(int line, Period period, TargetType type, BigDecimal value, String narrative, String readAs) {
    }

    record ActualLine(int line, Period period, BigDecimal value, String text, String comment, String readAs) {
    }

    /** A value skipped or a decision noted; {@code period} is the Resulta period concerned, if any. */
    record Remark(int line, Kind kind, Outcome outcome, String period, String message) {
    }

    static IndicatorTranslation of(IatiActivity.Indicator indicator, String defaultCurrency, LocalDate today) {
        List<Remark> remarks = new ArrayList<>();
        IatiMapping.MeasureCode code = IatiMapping.measure(indicator.measure());
        List<IatiValue> values = allValues(indicator, defaultCurrency);
        boolean allNumbers = !values.isEmpty() && values.stream().allMatch(IatiValue::isNumber);
        String currency = values.stream().map(IatiValue::currency).filter(Objects::nonNull).findFirst().orElse(null);
        Measure measure;
        AggregationMethod unitAggregation = null;
        AggregationMethod timeAggregation = null;
        switch (code.scale()) {
            case UNIT -> measure = currency != null ? Measure.CURRENCY : Measure.NUMBER;
            case PERCENTAGE -> measure = Measure.PERCENTAGE;
            case NOMINAL, ORDINAL -> {
                if (currency != null) {
                    measure = Measure.CURRENCY;
                    remarks.add(note(indicator.line(), "Measure " + indicator.measure() + " (" + code.scale().name().toLowerCase()
                            + ") but the values are amounts in " + currency + ": imported as a currency amount"));
                } else {
                    measure = Measure.NUMBER;
                    unitAggregation = AggregationMethod.NONE;
                    timeAggregation = AggregationMethod.LAST;
                    remarks.add(note(indicator.line(), "Measure " + indicator.measure() + " (" + code.scale().name().toLowerCase()
                            + "): imported as a number that is never summed; the latest value stands"));
                }
            }
            case QUALITATIVE -> {
                if (code.legacyText() && allNumbers) {
                    measure = currency != null ? Measure.CURRENCY : Measure.NUMBER;
                    remarks.add(note(indicator.line(), "Legacy measure \"text\" but every value is a number: imported as a "
                            + (currency != null ? "currency amount" : "number")));
                } else {
                    measure = Measure.TEXT;
                }
            }
            default -> {
                measure = allNumbers ? Measure.NUMBER : Measure.TEXT;
                remarks.add(note(indicator.line(), "Measure '" + indicator.measure() + "' is not an IATI code: imported as "
                        + (allNumbers ? "a number, as every value is one" : "text")));
            }
        }
        if (measure != Measure.CURRENCY) {
            currency = null;
        }
        Direction direction = IatiMapping.direction(indicator.ascending());
        Dimension dimension = switch (measure) {
            case CURRENCY -> Dimension.COST;
            case PERCENTAGE, TEXT -> Dimension.QUALITY;
            default -> Dimension.QUANTITY;
        };
        String unitOfMeasure = measure == Measure.PERCENTAGE ? "%" : measure == Measure.CURRENCY ? currency : null;
        Integer decimals = null;
        if (measure.isNumeric()) {
            int scale = values.stream().filter(IatiValue::isNumber).mapToInt(v -> Math.max(0, v.number().stripTrailingZeros().scale()))
                    .max().orElse(0);
            decimals = scale > 0 ? Math.min(scale, 6) : null;
        }

        Baseline baseline = baseline(indicator, measure, defaultCurrency, remarks);

        List<IatiMapping.DatedPeriod> dated = indicator.periods().stream().map(IatiMapping::dated).toList();
        PeriodType frequency = IatiMapping.frequency(dated);
        List<TargetLine> targets = new ArrayList<>();
        List<ActualLine> actuals = new ArrayList<>();
        Map<Period, IatiMapping.DatedPeriod> taken = new HashMap<>();
        List<String> moved = new ArrayList<>();
        for (IatiMapping.DatedPeriod p : dated) {
            if (p.problem() != null) {
                remarks.add(new Remark(p.source().line(), Kind.TARGET, Outcome.SKIPPED, null,
                        "Period skipped with its targets and actuals: " + p.problem()));
                continue;
            }
            Period period = IatiMapping.resultaPeriod(p.end(), frequency);
            IatiMapping.DatedPeriod earlier = taken.putIfAbsent(period, p);
            if (earlier != null) {
                remarks.add(new Remark(p.source().line(), Kind.TARGET, Outcome.SKIPPED, period.code(),
                        "Period " + span(p) + " would go to " + period.code() + ", which already takes the values of "
                                + span(earlier) + " (line " + earlier.source().line() + "); its target and actual are skipped"));
                continue;
            }
            if (p.start() == null || !p.start().equals(period.start()) || !p.end().equals(period.end())) {
                moved.add(span(p) + " → " + period.code());
            }
            target(p, period, measure, direction, defaultCurrency, remarks).ifPresent(targets::add);
            actual(p, period, measure, defaultCurrency, today, remarks).ifPresent(actuals::add);
        }
        if (!moved.isEmpty()) {
            remarks.add(note(indicator.line(), "Reported " + frequency.label().toLowerCase() + "; each IATI period gives its "
                    + "values to the " + frequency.label().toLowerCase() + " period that contains its end: " + String.join(", ", moved)));
        }
        return new IndicatorTranslation(measure, dimension, direction, frequency, currency, unitOfMeasure, decimals,
                unitAggregation, timeAggregation, baseline.value(), baseline.period(), baseline.note(),
                List.copyOf(targets), List.copyOf(actuals), List.copyOf(remarks));
    }

    private record Baseline(BigDecimal value, String period, String note) {
    }

    private static Baseline baseline(IatiActivity.Indicator indicator, Measure measure, String defaultCurrency,
                                     List<Remark> remarks) {
        List<IatiActivity.Baseline> usable = new ArrayList<>();
        for (IatiActivity.Baseline b : indicator.baselines()) {
            if (b.disaggregated()) {
                remarks.add(new Remark(b.line(), Kind.BASELINE, Outcome.SKIPPED, null,
                        "Baseline for a location or dimension skipped: Resulta keeps one baseline, the total"));
            } else if (IatiText.blank(b.value()) && IatiText.blank(b.comment())) {
                remarks.add(new Remark(b.line(), Kind.BASELINE, Outcome.SKIPPED, null, "Baseline without a value or comment skipped"));
            } else {
                usable.add(b);
            }
        }
        if (usable.isEmpty()) {
            return new Baseline(null, null, null);
        }
        IatiActivity.Baseline chosen = usable.stream()
                .max(Comparator.comparing((IatiActivity.Baseline b) -> IatiMapping.baselineYear(b).orElse(0))).orElseThrow();
        for (IatiActivity.Baseline other : usable) {
            if (other != chosen) {
                remarks.add(new Remark(other.line(), Kind.BASELINE, Outcome.SKIPPED, null, "Resulta keeps one baseline "
                        + "per indicator: kept the one of " + IatiMapping.baselineYear(chosen).map(String::valueOf).orElse("line " + chosen.line())));
            }
        }
        String period = IatiMapping.baselineYear(chosen).filter(y -> y >= 1900 && y <= 2200).map(String::valueOf).orElse(null);
        IatiValue value = IatiValue.of(chosen.value(), defaultCurrency);
        String comment = IatiText.line(chosen.comment());
        if (measure == Measure.TEXT) {
            return new Baseline(null, period, fitNote(join(value.raw(), comment), chosen.line(), remarks));
        }
        if (value.isNumber() && measure == Measure.PERCENTAGE && outsidePercent(value.number())) {
            remarks.add(new Remark(chosen.line(), Kind.BASELINE, Outcome.NOTE, null, "Baseline " + value.raw()
                    + " is not a percentage between 0 and 100: kept as the baseline note"));
            return new Baseline(null, period, fitNote(join(value.raw(), comment), chosen.line(), remarks));
        }
        if (!value.isNumber() && !value.isAbsent()) {
            remarks.add(new Remark(chosen.line(), Kind.BASELINE, Outcome.NOTE, null, "Baseline '" + value.raw()
                    + "' is not a number: kept as the baseline note"));
            return new Baseline(null, period, fitNote(join(value.raw(), comment), chosen.line(), remarks));
        }
        return new Baseline(value.number(), period, fitNote(comment, chosen.line(), remarks));
    }

    private static java.util.Optional<TargetLine> target(IatiMapping.DatedPeriod p, Period period, Measure measure,
                                                         Direction direction, String defaultCurrency, List<Remark> remarks) {
        IatiActivity.Value v = single(p.source().targets(), Kind.TARGET, period, remarks);
        if (v == null) {
            return java.util.Optional.empty();
        }
        IatiValue value = IatiValue.of(v.value(), defaultCurrency);
        String comment = IatiText.line(v.comment());
        if (measure == Measure.TEXT) {
            String narrative = IatiText.fit(join(value.raw(), comment), NARRATIVE_MAX);
            cut(join(value.raw(), comment), v.line(), Kind.TARGET, period, remarks);
            return java.util.Optional.of(new TargetLine(v.line(), period, TargetType.NARRATIVE, null, narrative, null));
        }
        String refusal = numericRefusal(value, measure, "target");
        if (refusal != null) {
            remarks.add(new Remark(v.line(), Kind.TARGET, Outcome.SKIPPED, period.code(), refusal));
            return java.util.Optional.empty();
        }
        TargetType type = direction == Direction.DECREASE ? TargetType.AT_MOST : TargetType.AT_LEAST;
        return java.util.Optional.of(new TargetLine(v.line(), period, type, value.number(),
                IatiText.fit(comment, NARRATIVE_MAX), readAs(value)));
    }

    private static java.util.Optional<ActualLine> actual(IatiMapping.DatedPeriod p, Period period, Measure measure,
                                                         String defaultCurrency, LocalDate today, List<Remark> remarks) {
        IatiActivity.Value v = single(p.source().actuals(), Kind.ACTUAL, period, remarks);
        if (v == null) {
            return java.util.Optional.empty();
        }
        if (period.start().isAfter(today)) {
            remarks.add(new Remark(v.line(), Kind.ACTUAL, Outcome.SKIPPED, period.code(), "Period " + period.code()
                    + " has not started yet; Resulta takes actuals once a period has begun"));
            return java.util.Optional.empty();
        }
        IatiValue value = IatiValue.of(v.value(), defaultCurrency);
        String comment = IatiText.line(v.comment());
        if (measure == Measure.TEXT) {
            String text = value.isAbsent() ? comment : value.raw();
            String remark = value.isAbsent() ? null : comment;
            cut(text, v.line(), Kind.ACTUAL, period, remarks);
            return java.util.Optional.of(new ActualLine(v.line(), period, null, IatiText.fit(text, NARRATIVE_MAX),
                    IatiText.fit(remark, NARRATIVE_MAX), null));
        }
        String refusal = numericRefusal(value, measure, "actual");
        if (refusal != null) {
            remarks.add(new Remark(v.line(), Kind.ACTUAL, Outcome.SKIPPED, period.code(), refusal));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ActualLine(v.line(), period, value.number(), null,
                IatiText.fit(comment, NARRATIVE_MAX), readAs(value)));
    }

    /** The one total value of a period; further and disaggregated ones are reported as skipped. */
    private static IatiActivity.Value single(List<IatiActivity.Value> values, Kind kind, Period period, List<Remark> remarks) {
        IatiActivity.Value chosen = null;
        for (IatiActivity.Value v : values) {
            if (v.isDisaggregated()) {
                remarks.add(new Remark(v.line(), kind, Outcome.SKIPPED, period.code(), "Value for "
                        + String.join(", ", v.breakdown()) + " skipped: Resulta imports the period's total only"));
            } else if (v.isEmpty()) {
                remarks.add(new Remark(v.line(), kind, Outcome.SKIPPED, period.code(), "Empty " + kind.name().toLowerCase()
                        + " (no value, no comment) skipped"));
            } else if (chosen == null) {
                chosen = v;
            } else {
                remarks.add(new Remark(v.line(), kind, Outcome.SKIPPED, period.code(), "A second " + kind.name().toLowerCase()
                        + " for the same period skipped; kept the one on line " + chosen.line()));
            }
        }
        return chosen;
    }

    private static String numericRefusal(IatiValue value, Measure measure, String what) {
        if (value.isAbsent()) {
            return "The " + what + " has a comment but no value; a " + measure.label().toLowerCase() + " needs a number";
        }
        if (!value.isNumber()) {
            return "The " + what + " '" + IatiText.fit(value.raw(), 80) + "' is not a number; this indicator is a "
                    + measure.label().toLowerCase();
        }
        if (measure == Measure.PERCENTAGE && outsidePercent(value.number())) {
            return "The " + what + " " + value.raw() + " is not a percentage between 0 and 100";
        }
        return null;
    }

    private static boolean outsidePercent(BigDecimal n) {
        return n.signum() < 0 || n.compareTo(HUNDRED) > 0;
    }

    private static String readAs(IatiValue value) {
        return value.cleaned() ? "'" + value.raw() + "' read as " + value.number().toPlainString()
                + (value.currency() != null ? " " + value.currency() : "") : null;
    }

    private static List<IatiValue> allValues(IatiActivity.Indicator indicator, String defaultCurrency) {
        Stream<String> baselines = indicator.baselines().stream().filter(b -> !b.disaggregated()).map(IatiActivity.Baseline::value);
        Stream<String> periodValues = indicator.periods().stream()
                .flatMap(p -> Stream.concat(p.targets().stream(), p.actuals().stream()))
                .filter(v -> !v.isDisaggregated()).map(IatiActivity.Value::value);
        return Stream.concat(baselines, periodValues).filter(v -> !IatiText.blank(v))
                .map(v -> IatiValue.of(v, defaultCurrency)).toList();
    }

    private static String span(IatiMapping.DatedPeriod p) {
        return (p.start() == null ? "?" : p.start().toString()) + ".." + p.end();
    }

    private static String join(String first, String second) {
        if (IatiText.blank(first)) {
            return IatiText.blank(second) ? null : second;
        }
        return IatiText.blank(second) || first.equals(second) ? first : first + " — " + second;
    }

    private static String fitNote(String note, int line, List<Remark> remarks) {
        if (IatiText.isCut(note, BASELINE_NOTE_MAX)) {
            remarks.add(new Remark(line, Kind.BASELINE, Outcome.NOTE, null, "Baseline text shortened to "
                    + BASELINE_NOTE_MAX + " characters"));
        }
        return IatiText.fit(note, BASELINE_NOTE_MAX);
    }

    private static void cut(String text, int line, Kind kind, Period period, List<Remark> remarks) {
        if (IatiText.isCut(text, NARRATIVE_MAX)) {
            remarks.add(new Remark(line, kind, Outcome.NOTE, period.code(), "Text shortened to " + NARRATIVE_MAX + " characters"));
        }
    }

    private static Remark note(int line, String message) {
        return new Remark(line, Kind.INDICATOR, Outcome.NOTE, null, message);
    }
}
