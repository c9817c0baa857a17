package org.resulta.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and makes periods for a deployment whose financial year starts in a given month.
 * {@code FY2026} means the financial year ending in 2026.
 */
public final class PeriodCalendar {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q(\\d)");
    private static final Pattern SEMESTER = Pattern.compile("(\\d{4})S(\\d)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("FY(\\d{4})");
    public static final String FORMATS = "2026-03 (month), 2026Q1 (quarter), 2026S1 (semester), 2026 (year) or FY2026 (financial year)";

    private final Month financialYearStart;

    public PeriodCalendar(Month financialYearStart) {
        this.financialYearStart = financialYearStart;
    }

    public static PeriodCalendar calendarYear() {
        return new PeriodCalendar(Month.JANUARY);
    }

    public Month financialYearStart() {
        return financialYearStart;
    }

    /** Parses a period's text form; anything else is refused with the accepted forms named. */
    public Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text, "a period is required");
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw invalid(text, "the month must be 01 to 12");
            }
            return Period.month(year(m.group(1), text), month);
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int q = Integer.parseInt(m.group(2));
            if (q < 1 || q > 4) {
                throw invalid(text, "the quarter must be Q1 to Q4");
            }
            return Period.quarter(year(m.group(1), text), q);
        }
        if ((m = SEMESTER.matcher(t)).matches()) {
            int s = Integer.parseInt(m.group(2));
            if (s < 1 || s > 2) {
                throw invalid(text, "the semester must be S1 or S2");
            }
            return Period.semester(year(m.group(1), text), s);
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return Period.year(year(m.group(1), text));
        }
        if ((m = FINANCIAL_YEAR.matcher(t)).matches()) {
            return Period.financialYear(year(m.group(1), text), financialYearStart);
        }
        throw invalid(text, "it is in none of the accepted forms");
    }

    public Period containing(LocalDate day, PeriodType type) {
        return Period.containing(day, type, financialYearStart);
    }

    private static int year(String digits, String text) {
        int year = Integer.parseInt(digits);
        if (year < 1900 || year > 2200) {
            throw invalid(text, "the year must be between 1900 and 2200");
        }
        return year;
    }

    private static InvalidValueException invalid(String text, String why) {
        return new InvalidValueException("period", "period-format",
                "Period '" + (text == null ? "" : text) + "' is not valid: " + why + "; write " + FORMATS);
    }
}
