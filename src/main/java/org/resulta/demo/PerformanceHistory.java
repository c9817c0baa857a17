package org.resulta.demo;

import org.resulta.measurement.EntryLine;
import org.resulta.measurement.Measure;
import org.resulta.measurement.TargetLine;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Three years of targets and actuals for the offices of the demo government, from January two years before
 * {@code today} to the last period that has ended.
 * <p>
 * Targets follow the plan in a straight line from its first to its last year, shaped by the season for work
 * that has one, and scaled to each office's size for counts and amounts. An actual is the target reached to a
 * degree (its achievement) that drifts from a level near the target in the first months to the office's
 * {@link Standing} times the indicator's {@link Outlook} by the latest quarter, with a little noise. Every office
 * and indicator draws from its own seeded {@link Random}, so the history is the same on every start on the
 * same day. A few reports are missing: now and then in the past, an indicator still being tabulated, and one
 * office late with its quarterly reports.
 */
final class PerformanceHistory {

    static final long SEED = 20_240_101L;
    private static final double MISSING_SHARE = 0.02;
    private static final double NOISE = 0.025;

    /** All the targets of one office, for one call. */
    record OfficeTargets(String unitCode, List<TargetLine> lines) {
    }

    /** What one office reports for one period, for one call. */
    record OfficeReport(String unitCode, String period, List<EntryLine> lines) {
    }

    /** An office that reports an indicator, with its region, standing and share of the region's work. */
    private record Reporter(String unitCode, Region region, Standing standing, double scale) {
    }

    private final LocalDate today;
    private final int firstYear;
    private final int currentYear;
    private final Period firstMonth;
    private final Period latestQuarter;
    private final int latestQuarterIndex;

    PerformanceHistory(LocalDate today) {
        this.today = today;
        this.currentYear = today.getYear();
        this.firstYear = currentYear - 2;
        this.firstMonth = Period.month(firstYear, 1);
        this.latestQuarter = Period.containing(today, PeriodType.QUARTERLY, Month.JANUARY).previous();
        this.latestQuarterIndex = monthIndex(latestQuarter);
    }

    /** The first year with data: January two years ago. */
    int firstYear() {
        return firstYear;
    }

    Period latestQuarter() {
        return latestQuarter;
    }

    /** The last month that has ended. */
    Period lastMonth() {
        return Period.containing(today, PeriodType.MONTHLY, Month.JANUARY).previous();
    }

    // ---- targets

    /**
     * Targets of every reporting office for every period of the years with data, and annual targets of the
     * department for the whole plan where they add up (counts and amounts) or are reported yearly.
     */
    List<OfficeTargets> targets(DemoDepartment department) {
        Map<String, List<TargetLine>> byOffice = new LinkedHashMap<>();
        for (DemoIndicator indicator : department.indicators()) {
            for (Reporter reporter : reporters(department, indicator.reporters())) {
                List<TargetLine> lines = byOffice.computeIfAbsent(reporter.unitCode(), k -> new ArrayList<>());
                if (indicator.targetType() == TargetType.NARRATIVE) {
                    for (int year = firstYear; year <= currentYear; year++) {
                        lines.add(new TargetLine(indicator.code(), String.valueOf(year), TargetType.NARRATIVE, null,
                                null, "A quarterly narrative: " + indicator.name().toLowerCase(Locale.ROOT)
                                + ", with the main results, delays and what is being done about them"));
                    }
                    continue;
                }
                for (Period period : periods(indicator.frequency(), Period.month(currentYear, 12))) {
                    Target target = target(department, indicator, reporter, period);
                    lines.add(new TargetLine(indicator.code(), period.code(), indicator.targetType(),
                            target.lower(), target.upper(), null));
                }
            }
        }
        List<TargetLine> annual = annualTargets(department);
        if (!annual.isEmpty()) {
            byOffice.put(department.code(), annual);
        }
        return byOffice.entrySet().stream().map(e -> new OfficeTargets(e.getKey(), e.getValue())).toList();
    }

    private List<TargetLine> annualTargets(DemoDepartment department) {
        List<TargetLine> lines = new ArrayList<>();
        for (DemoIndicator indicator : department.indicators()) {
            boolean summed = indicator.isVolume();
            if (!summed && indicator.frequency() != PeriodType.YEARLY) {
                continue;
            }
            for (int year = department.firstYear(); year <= department.lastYear(); year++) {
                Period whole = Period.year(year);
                if (summed) {
                    double total = 0;
                    for (Reporter reporter : reporters(department, indicator.reporters())) {
                        List<Period> parts = whole.split(indicator.frequency());
                        if (indicator.overTime() == AggregationMethod.LAST) {
                            parts = List.of(parts.get(parts.size() - 1));
                        }
                        for (Period part : parts) {
                            total += target(department, indicator, reporter, part).lower().doubleValue();
                        }
                    }
                    lines.add(new TargetLine(indicator.code(), whole.code(), indicator.targetType(),
                            rounded(indicator, total), null, null));
                } else {
                    double level = plannedLevel(department, indicator, year);
                    lines.add(new TargetLine(indicator.code(), whole.code(), indicator.targetType(),
                            rounded(indicator, level), indicator.targetType() == TargetType.RANGE
                            ? rounded(indicator, level + indicator.rangeWidth()) : null, null));
                }
            }
        }
        return lines;
    }

    private record Target(BigDecimal lower, BigDecimal upper) {
    }

    private Target target(DemoDepartment department, DemoIndicator indicator, Reporter reporter, Period period) {
        if (indicator.measure() == Measure.YES_NO) {
            return new Target(BigDecimal.ONE, null);
        }
        double level = plannedLevel(department, indicator, period.year());
        if (indicator.isVolume()) {
            double value = level * reporter.scale() * seasonWeight(indicator, period);
            return new Target(rounded(indicator, roundedForPlanning(indicator, value)), null);
        }
        if (indicator.targetType() == TargetType.RANGE) {
            return new Target(rounded(indicator, level), rounded(indicator, level + indicator.rangeWidth()));
        }
        return new Target(rounded(indicator, level), null);
    }

    /** The plan's level for a year: a straight line from the first year's target to the last year's. */
    private static double plannedLevel(DemoDepartment department, DemoIndicator indicator, int year) {
        double span = department.lastYear() - department.firstYear();
        double share = span == 0 ? 0 : (year - department.firstYear()) / span;
        return indicator.firstTarget() + (indicator.lastTarget() - indicator.firstTarget()) * share;
    }

    /** Planners round amounts to thousands and counts to whole units. */
    private static double roundedForPlanning(DemoIndicator indicator, double value) {
        if (indicator.measure() == Measure.CURRENCY) {
            return Math.round(value / 1_000.0) * 1_000.0;
        }
        return value;
    }

    // ---- actuals

    /** Every report of every office for the periods that have ended, grouped by office and period. */
    List<OfficeReport> reports(DemoDepartment department) {
        Map<String, Map<Period, List<EntryLine>>> byOffice = new LinkedHashMap<>();
        Period lastMonth = lastMonth();
        for (DemoIndicator indicator : department.indicators()) {
            for (Reporter reporter : reporters(department, indicator.reporters())) {
                Random random = new Random(SEED ^ (indicator.code() + "|" + reporter.unitCode()).hashCode());
                double startLevel = 0.90 + 0.10 * random.nextDouble();
                for (Period period : periods(indicator.frequency(), lastMonth)) {
                    if (!period.hasEndedBefore(today)) {
                        continue;
                    }
                    double achievement = achievement(indicator, reporter, period, startLevel, random);
                    boolean missing = random.nextDouble() < MISSING_SHARE && period.end().isBefore(latestQuarter.start());
                    if (missing || isOutstanding(department, indicator, reporter, period)) {
                        continue;
                    }
                    EntryLine line = entry(department, indicator, reporter, period, achievement, random);
                    byOffice.computeIfAbsent(reporter.unitCode(), k -> new TreeMap<>())
                            .computeIfAbsent(period, k -> new ArrayList<>())
                            .addAll(indicator.disaggregation() == null ? List.of(line)
                                    : indicator.groups().isEmpty() ? bySex(line, random)
                                    : byGroups(line, indicator, reporter.standing(), monthIndex(period) / 12.0, random));
                }
            }
        }
        List<OfficeReport> reports = new ArrayList<>();
        byOffice.forEach((unit, periods) -> periods.forEach((period, lines) ->
                reports.add(new OfficeReport(unit, period.code(), lines))));
        return reports;
    }

    /**
     * Splits a line between girls and women ({@code F}) and boys and men ({@code M}), with a share of girls that
     * varies around half, so that sex gaps show; a ratio's numerator and denominator are split alike.
     */
    static List<EntryLine> bySex(EntryLine line, Random random) {
        double share = 0.46 + 0.08 * random.nextDouble();
        if (line.numerator() != null) {
            long denominator = line.denominator().longValue();
            long femaleDenominator = Math.max(1, Math.round(denominator * 0.5));
            long maleDenominator = Math.max(1, denominator - femaleDenominator);
            long numerator = line.numerator().longValue();
            long femaleNumerator = Math.min(femaleDenominator, Math.round(numerator * share));
            long maleNumerator = Math.min(maleDenominator, Math.max(0, numerator - femaleNumerator));
            return List.of(
                    new EntryLine(line.indicatorCode(), null, BigDecimal.valueOf(femaleNumerator),
                            BigDecimal.valueOf(femaleDenominator), null, line.comment(), "F"),
                    new EntryLine(line.indicatorCode(), null, BigDecimal.valueOf(maleNumerator),
                            BigDecimal.valueOf(maleDenominator), null, line.comment(), "M"));
        }
        BigDecimal female = line.value().multiply(BigDecimal.valueOf(share)).setScale(0, java.math.RoundingMode.HALF_UP);
        return List.of(new EntryLine(line.indicatorCode(), female, null, null, null, line.comment(), "F"),
                new EntryLine(line.indicatorCode(), line.value().subtract(female), null, null, null, line.comment(), "M"));
    }

    /**
     * Splits a line between the groups of its indicator: each group's share of the denominator (or of the count),
     * its rate relative to the whole, and a gap that changes with the years by the office's standing: a strong
     * office narrows it by a quarter a year, a steady one by a twentieth, a weak one lets it widen by a third, so that
     * the equity view has gaps that narrow and gaps that widen to show. A ratio's numerator never exceeds its
     * denominator.
     */
    static List<EntryLine> byGroups(EntryLine line, DemoIndicator indicator, Standing standing, double years,
                                    Random random) {
        double drift = switch (standing) {
            case STRONG -> -0.25;
            case STEADY -> -0.05;
            case WEAK -> 0.35;
        };
        double spread = Math.max(0.1, 1 + drift * years);
        List<DemoIndicator.Group> groups = indicator.groups();
        double[] relative = new double[groups.size()];
        double weighted = 0;
        for (int g = 0; g < relative.length; g++) {
            DemoIndicator.Group group = groups.get(g);
            relative[g] = Math.max(0.05, 1 + (group.relative() - 1) * spread + random.nextGaussian() * 0.01);
            weighted += group.share() * relative[g];
        }
        List<EntryLine> lines = new ArrayList<>();
        if (line.numerator() != null) {
            double denominator = line.denominator().doubleValue();
            double rate = line.numerator().doubleValue() / denominator;
            for (int g = 0; g < relative.length; g++) {
                long d = Math.max(1, Math.round(denominator * groups.get(g).share()));
                long n = Math.min(d, Math.max(0, Math.round(d * rate * relative[g] / weighted)));
                lines.add(new EntryLine(line.indicatorCode(), null, BigDecimal.valueOf(n), BigDecimal.valueOf(d), null,
                        line.comment(), groups.get(g).option()));
            }
            return lines;
        }
        double total = line.value().doubleValue();
        for (int g = 0; g < relative.length; g++) {
            double v = total * groups.get(g).share() * relative[g] / weighted;
            lines.add(new EntryLine(line.indicatorCode(), rounded(indicator, v), null, null, null, line.comment(),
                    groups.get(g).option()));
        }
        return lines;
    }

    /** Reports not in yet: an indicator still being tabulated, or an office late with its quarterly reports. */
    private boolean isOutstanding(DemoDepartment department, DemoIndicator indicator, Reporter reporter, Period period) {
        boolean inLatestQuarter = latestQuarter.contains(period);
        if (indicator.isPendingInLatestQuarter() && inLatestQuarter) {
            return true;
        }
        return inLatestQuarter && indicator.frequency() == PeriodType.QUARTERLY
                && department.isLateWithQuarterlyReports(reporter.unitCode());
    }

    /** How far the office reaches its target in the period: drifting from its start level to its latest level. */
    private double achievement(DemoIndicator indicator, Reporter reporter, Period period, double startLevel,
                               Random random) {
        double latest = reporter.standing().factor() * indicator.outlook().factor();
        double progress = latestQuarterIndex <= 0 ? 1 : Math.min(1.0, monthIndex(period) / (double) latestQuarterIndex);
        return startLevel + (latest - startLevel) * progress + random.nextGaussian() * NOISE;
    }

    private EntryLine entry(DemoDepartment department, DemoIndicator indicator, Reporter reporter, Period period,
                            double achievement, Random random) {
        String code = indicator.code();
        switch (indicator.measure()) {
            case TEXT -> {
                return new EntryLine(code, null, null, null, department.narrative(random, reporter.region()), null);
            }
            case YES_NO -> {
                double chance = Math.max(0, Math.min(1, (achievement - 0.55) / 0.45));
                boolean done = random.nextDouble() < chance;
                return new EntryLine(code, done ? BigDecimal.ONE : BigDecimal.ZERO, null, null, null,
                        done ? null : department.shortfallReason(random));
            }
            default -> {
                Target target = target(department, indicator, reporter, period);
                double value = actualValue(indicator, target, achievement, random);
                String comment = achievement < 0.8 ? department.shortfallReason(random) : null;
                if (indicator.measure() == Measure.RATIO) {
                    double volume = indicator.denominatorVolume() * reporter.scale() * seasonWeight(indicator, period);
                    long denominator = Math.max(1, Math.round(volume * (1 + random.nextGaussian() * 0.03)));
                    long numerator = Math.round(value * denominator / indicator.multiplier());
                    if (indicator.multiplier() == 100) {
                        numerator = Math.min(numerator, denominator);
                    }
                    return new EntryLine(code, null, BigDecimal.valueOf(Math.max(0, numerator)),
                            BigDecimal.valueOf(denominator), null, comment);
                }
                return new EntryLine(code, rounded(indicator, value), null, null, null, comment);
            }
        }
    }

    /** The actual that reaches the target to the given degree, as the indicator's achievement rule reads it. */
    private static double actualValue(DemoIndicator indicator, Target target, double achievement, Random random) {
        double lower = target.lower().doubleValue();
        double value = switch (effectiveDirection(indicator)) {
            case INCREASE -> lower * achievement;
            case DECREASE -> indicator.achievementMethod() == AchievementMethod.MIRROR
                    ? lower * (2 - achievement) : lower / Math.max(0.2, achievement);
            case MAINTAIN -> {
                double upper = target.upper() == null ? lower : target.upper().doubleValue();
                yield achievement >= 1 ? lower + (upper - lower) * (0.15 + 0.7 * random.nextDouble())
                        : upper * (2 - achievement);
            }
        };
        double ceiling = indicator.measure() == Measure.PERCENTAGE ? 100 : Double.MAX_VALUE;
        return Math.max(0, Math.min(ceiling, value));
    }

    /** A floor means higher is better, a ceiling lower is better, a range stay inside it. */
    private static Direction effectiveDirection(DemoIndicator indicator) {
        return switch (indicator.targetType()) {
            case AT_LEAST -> Direction.INCREASE;
            case AT_MOST -> Direction.DECREASE;
            case RANGE -> Direction.MAINTAIN;
            default -> indicator.direction();
        };
    }

    // ---- offices and periods

    private static List<Reporter> reporters(DemoDepartment department, Reporters who) {
        List<Reporter> reporters = new ArrayList<>();
        for (Region region : Region.values()) {
            Standing standing = department.standing(region);
            switch (who) {
                case REGIONAL_OFFICES -> reporters.add(new Reporter(department.regionalOfficeCode(region), region,
                        standing, region.scale()));
                case FIRST_DIVISIONS -> reporters.add(new Reporter(department.divisionCode(region,
                        department.firstDivision()), region, standing, region.scale()));
                case SECOND_DIVISIONS -> reporters.add(new Reporter(department.divisionCode(region,
                        department.secondDivision()), region, standing, region.scale()));
                case ALL_DIVISIONS -> {
                    reporters.add(new Reporter(department.divisionCode(region, department.firstDivision()), region,
                            standing, region.scale() * 0.55));
                    reporters.add(new Reporter(department.divisionCode(region, department.secondDivision()), region,
                            standing, region.scale() * 0.45));
                }
            }
        }
        return reporters;
    }

    /** Periods of a frequency from January of the first year up to the one that contains {@code lastMonth}. */
    private List<Period> periods(PeriodType frequency, Period lastMonth) {
        List<Period> periods = new ArrayList<>();
        for (Period p = Period.containing(firstMonth.start(), frequency, Month.JANUARY);
             !p.start().isAfter(lastMonth.start()); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    private int monthIndex(Period period) {
        return (period.firstMonth().getYear() - firstYear) * 12 + period.firstMonth().getMonthValue() - 1;
    }

    private static double seasonWeight(DemoIndicator indicator, Period period) {
        List<Period> months = period.split(PeriodType.MONTHLY);
        double sum = 0;
        for (Period month : months) {
            sum += indicator.seasonWeight(month.firstMonth().getMonthValue());
        }
        return sum / months.size();
    }

    private static BigDecimal rounded(DemoIndicator indicator, double value) {
        return BigDecimal.valueOf(value).setScale(indicator.valueDecimals(), RoundingMode.HALF_UP);
    }
}
