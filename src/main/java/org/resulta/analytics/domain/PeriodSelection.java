package org.resulta.analytics.domain;

import org.resulta.shared.InvalidValueException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the periods of a query: codes ({@code 2026Q1}) and inclusive ranges ({@code 2026-01..2026-06}, both ends of
 * one type), optionally split into periods of one type ({@code quarter}: the quarters lying inside each item, so
 * {@code 2026} with {@code quarter} is 2026Q1 to 2026Q4). The result is in time order, without repeats. Plain Java.
 */
final class PeriodSelection {

    static final String RANGE = "..";
    /** A query may name at most this many periods, whatever the cell limit, so a typo cannot spin for long. */
    static final int MAX_PERIODS = 1200;

    private PeriodSelection() {
    }

    static List<Period> parse(List<String> items, String typeText, PeriodCalendar calendar) {
        if (items == null || items.isEmpty()) {
            throw new InvalidValueException("periods", "periods-required",
                    "Name at least one period or range, such as 2026Q1 or 2026-01..2026-06");
        }
        PeriodType type = type(typeText);
        Set<Period> chosen = new LinkedHashSet<>();
        for (String item : items) {
            int dots = item.indexOf(RANGE);
            Period first;
            Period last;
            if (dots < 0) {
                first = calendar.parse(item);
                last = first;
            } else {
                first = calendar.parse(item.substring(0, dots));
                last = calendar.parse(item.substring(dots + RANGE.length()));
                if (last.start().isBefore(first.start())) {
                    throw new InvalidValueException("periods", "period-range-order",
                            "The range " + item + " ends before it starts");
                }
            }
            if (type == null) {
                if (first.type() != last.type()) {
                    throw new InvalidValueException("periods", "period-range-types", "The range " + item
                            + " mixes a " + first.type().label().toLowerCase(Locale.ROOT) + " and a "
                            + last.type().label().toLowerCase(Locale.ROOT)
                            + " period; give both ends of one type, or a periodType to split it into");
                }
                for (Period p = first; !p.start().isAfter(last.start()); p = p.next()) {
                    add(chosen, p, item);
                }
            } else {
                int fits = 0;
                Period p = calendar.containing(first.start(), type);
                if (p.start().isBefore(first.start())) {
                    p = p.next();
                }
                for (; !p.end().isAfter(last.end()); p = p.next()) {
                    add(chosen, p, item);
                    fits++;
                }
                if (fits == 0) {
                    throw new InvalidValueException("periodType", "period-split", item + " holds no whole "
                            + type.label().toLowerCase(Locale.ROOT) + " period");
                }
            }
        }
        List<Period> sorted = new ArrayList<>(chosen);
        sorted.sort(null);
        return sorted;
    }

    private static void add(Set<Period> chosen, Period p, String item) {
        chosen.add(p);
        if (chosen.size() > MAX_PERIODS) {
            throw new InvalidValueException("periods", "too-many-periods", "A query names at most " + MAX_PERIODS
                    + " periods; narrow " + item);
        }
    }

    /** A period type by the words a caller may use, or null for blank. */
    static PeriodType type(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (t) {
            case "month", "months", "monthly" -> PeriodType.MONTHLY;
            case "quarter", "quarters", "quarterly" -> PeriodType.QUARTERLY;
            case "semester", "semesters", "semestral", "half-year" -> PeriodType.SEMESTRAL;
            case "year", "years", "yearly" -> PeriodType.YEARLY;
            case "financial-year", "financial-years", "fy" -> PeriodType.FINANCIAL_YEAR;
            default -> throw new InvalidValueException("periodType", "period-type", "Period type '" + text
                    + "' is not known; write month, quarter, semester, year or financial-year");
        };
    }
}
