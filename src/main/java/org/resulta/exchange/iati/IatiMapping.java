package org.resulta.exchange.iati;

import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;
import org.resulta.shared.ResultLevel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How IATI codes become Resulta's words, in both directions (docs/import-formats.md, "IATI activity XML"):
 * <ul>
 * <li>result type 1 Output, 2 Outcome, 3 Impact (or the legacy words) give that level; 9 Other, and any other
 * code, gives an output: the level an activity controls most directly, so the weakest claim;</li>
 * <li>measure 1 Unit is a number, 2 Percentage a percentage, 3 Nominal and 4 Ordinal numbers that are never summed
 * (the latest value stands), 5 Qualitative (or legacy {@code text}) text;</li>
 * <li>{@code ascending="false"} (or {@code 0}) means lower is better; anything else higher is better;</li>
 * <li>an indicator's frequency is the length of most of its periods (a month, a quarter, half a year, else a
 * year; ties go to the longer); each IATI period gives its values to the Resulta period of that frequency that
 * contains its end date.</li>
 * </ul>
 * Plain Java, no Spring.
 */
final class IatiMapping {

    /** Codes in Resulta are at most 50 characters; a plan's code leaves room for "-R99-I99". */
    static final int PLAN_CODE_MAX = 40;

    private IatiMapping() {
    }

    // ---- codes

    /** A Resulta code for an activity: the identifier with other characters as dashes, shortened with a hash. */
    static String planCode(String identifier) {
        String code = identifier.trim().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[^A-Za-z0-9]+", "").replaceAll("[-.]+$", "");
        if (code.isEmpty()) {
            code = "IATI";
        }
        if (code.length() > PLAN_CODE_MAX) {
            code = code.substring(0, PLAN_CODE_MAX - 7).replaceAll("[-.]+$", "") + "-" + hash(identifier);
        }
        return code;
    }

    static String resultCode(String planCode, int index) {
        return planCode + "-R" + index;
    }

    static String indicatorCode(String resultCode, int index) {
        return resultCode + "-I" + index;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    // ---- result types

    /** The level of a result type; {@code defaulted} is true when the code did not name a level. */
    record LevelChoice(ResultLevel level, boolean defaulted) {
    }

    static LevelChoice level(String type) {
        String t = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "1", "output" -> new LevelChoice(ResultLevel.OUTPUT, false);
            case "2", "outcome" -> new LevelChoice(ResultLevel.OUTCOME, false);
            case "3", "impact" -> new LevelChoice(ResultLevel.IMPACT, false);
            default -> new LevelChoice(ResultLevel.OUTPUT, true);
        };
    }

    static String resultType(ResultLevel level) {
        return switch (level) {
            case OUTPUT -> "1";
            case OUTCOME -> "2";
            case IMPACT -> "3";
            default -> "9";
        };
    }

    // ---- measures

    enum Scale {
        UNIT, PERCENTAGE, NOMINAL, ORDINAL, QUALITATIVE, UNKNOWN
    }

    /** The IATI measure code as a scale; {@code legacyText} when it was the legacy word {@code text}. */
    record MeasureCode(Scale scale, boolean legacyText) {
    }

    static MeasureCode measure(String code) {
        String m = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "1", "unit" -> new MeasureCode(Scale.UNIT, false);
            case "2", "percentage" -> new MeasureCode(Scale.PERCENTAGE, false);
            case "3", "nominal" -> new MeasureCode(Scale.NOMINAL, false);
            case "4", "ordinal" -> new MeasureCode(Scale.ORDINAL, false);
            case "5", "qualitative" -> new MeasureCode(Scale.QUALITATIVE, false);
            case "text" -> new MeasureCode(Scale.QUALITATIVE, true);
            default -> new MeasureCode(Scale.UNKNOWN, false);
        };
    }

    static String measureCode(Measure measure) {
        return switch (measure) {
            case PERCENTAGE -> "2";
            case TEXT -> "5";
            default -> "1";
        };
    }

    static Direction direction(String ascending) {
        String a = ascending == null ? "" : ascending.trim().toLowerCase(Locale.ROOT);
        return a.equals("false") || a.equals("0") ? Direction.DECREASE : Direction.INCREASE;
    }

    /** IATI's ascending flag for a direction; none for "stay on target". */
    static Optional<String> ascending(Direction direction) {
        return switch (direction) {
            case INCREASE -> Optional.of("true");
            case DECREASE -> Optional.of("false");
            case MAINTAIN -> Optional.empty();
        };
    }

    // ---- periods

    /** An IATI period with its dates read, or why it could not be. */
    record DatedPeriod(IatiActivity.Period source, LocalDate start, LocalDate end, String problem) {
    }

    static DatedPeriod dated(IatiActivity.Period p) {
        LocalDate start = date(p.start());
        LocalDate end = date(p.end());
        if (end == null) {
            return new DatedPeriod(p, start, null, p.end() == null ? "the period has no period-end date"
                    : "period-end '" + p.end() + "' is not a date (yyyy-mm-dd)");
        }
        if (start != null && end.isBefore(start)) {
            return new DatedPeriod(p, start, end, "the period ends (" + end + ") before it starts (" + start + ")");
        }
        return new DatedPeriod(p, start, end, null);
    }

    /** The frequency most of the periods have (ties to the longer); yearly when no period has both dates. */
    static PeriodType frequency(List<DatedPeriod> periods) {
        Map<PeriodType, Integer> counts = new EnumMap<>(PeriodType.class);
        for (DatedPeriod p : periods) {
            if (p.problem() == null && p.start() != null) {
                counts.merge(lengthClass(p.start(), p.end()), 1, Integer::sum);
            }
        }
        PeriodType best = PeriodType.YEARLY;
        int bestCount = 0;
        for (PeriodType type : List.of(PeriodType.YEARLY, PeriodType.SEMESTRAL, PeriodType.QUARTERLY, PeriodType.MONTHLY)) {
            int count = counts.getOrDefault(type, 0);
            if (count > bestCount) {
                best = type;
                bestCount = count;
            }
        }
        return best;
    }

    /** A month (up to ~6 weeks), a quarter (up to ~4 months), half a year (up to ~7 months), else a year. */
    static PeriodType lengthClass(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days <= 45) {
            return PeriodType.MONTHLY;
        }
        if (days <= 120) {
            return PeriodType.QUARTERLY;
        }
        if (days <= 215) {
            return PeriodType.SEMESTRAL;
        }
        return PeriodType.YEARLY;
    }

    /** The Resulta period of the frequency that contains the IATI period's end date. */
    static Period resultaPeriod(LocalDate end, PeriodType frequency) {
        return Period.containing(end, frequency, Month.JANUARY);
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            String t = iso.trim();
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Years the activity spans: its dates, its periods and its baselines. */
    static int[] years(IatiActivity activity) {
        List<Integer> years = new ArrayList<>();
        if (activity.start() != null) {
            years.add(activity.start().getYear());
        }
        if (activity.end() != null) {
            years.add(activity.end().getYear());
        }
        for (IatiActivity.Result r : activity.results()) {
            for (IatiActivity.Indicator i : r.indicators()) {
                for (IatiActivity.Period p : i.periods()) {
                    DatedPeriod d = dated(p);
                    if (d.start() != null) {
                        years.add(d.start().getYear());
                    }
                    if (d.end() != null) {
                        years.add(d.end().getYear());
                    }
                }
                for (IatiActivity.Baseline b : i.baselines()) {
                    baselineYear(b).ifPresent(years::add);
                }
            }
        }
        years.removeIf(y -> y < 1900 || y > 2200);
        if (years.isEmpty()) {
            int now = LocalDate.now().getYear();
            return new int[]{now, now};
        }
        int min = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return new int[]{Math.max(min, max - 30), max};
    }

    static Optional<Integer> baselineYear(IatiActivity.Baseline b) {
        if (b.year() != null && b.year().trim().matches("\\d{4}")) {
            return Optional.of(Integer.parseInt(b.year().trim()));
        }
        LocalDate d = date(b.isoDate());
        return d == null ? Optional.empty() : Optional.of(d.getYear());
    }
}
