package org.resulta.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A reporting period: a type and the whole months it covers. Its text form ({@link #code()}) is
 * {@code 2026-03}, {@code 2026Q1}, {@code 2026S1}, {@code 2026} or {@code FY2026}; financial years are named
 * after the calendar year in which they end. Use {@link PeriodCalendar#parse(String)} to read text.
 */
public final class Period implements Comparable<Period> {

    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
            .thenComparing(Comparator.comparing(Period::end).reversed())
            .thenComparing(Period::type);

    private final PeriodType type;
    private final YearMonth firstMonth;

    private Period(PeriodType type, YearMonth firstMonth) {
        this.type = Objects.requireNonNull(type);
        this.firstMonth = Objects.requireNonNull(firstMonth);
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTHLY, YearMonth.of(year, month));
    }

    public static Period quarter(int year, int quarter) {
        requireIndex(quarter, 4, "quarter");
        return new Period(PeriodType.QUARTERLY, YearMonth.of(year, (quarter - 1) * 3 + 1));
    }

    public static Period semester(int year, int semester) {
        requireIndex(semester, 2, "semester");
        return new Period(PeriodType.SEMESTRAL, YearMonth.of(year, (semester - 1) * 6 + 1));
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEARLY, YearMonth.of(year, 1));
    }

    /**
     * The financial year that ends in {@code endingYear}, starting in {@code startMonth}. With a January
     * start it covers the calendar year {@code endingYear}.
     */
    public static Period financialYear(int endingYear, Month startMonth) {
        int startYear = startMonth == Month.JANUARY ? endingYear : endingYear - 1;
        return new Period(PeriodType.FINANCIAL_YEAR, YearMonth.of(startYear, startMonth));
    }

    /** The period of the given type that contains the day; financial years use {@code financialYearStart}. */
    public static Period containing(LocalDate day, PeriodType type, Month financialYearStart) {
        YearMonth m = YearMonth.from(day);
        return switch (type) {
            case MONTHLY -> new Period(type, m);
            case QUARTERLY -> quarter(m.getYear(), (m.getMonthValue() - 1) / 3 + 1);
            case SEMESTRAL -> semester(m.getYear(), (m.getMonthValue() - 1) / 6 + 1);
            case YEARLY -> year(m.getYear());
            case FINANCIAL_YEAR -> {
                int start = financialYearStart.getValue();
                int startYear = m.getMonthValue() >= start ? m.getYear() : m.getYear() - 1;
                int endingYear = financialYearStart == Month.JANUARY ? startYear : startYear + 1;
                yield financialYear(endingYear, financialYearStart);
            }
        };
    }

    private static void requireIndex(int value, int max, String what) {
        if (value < 1 || value > max) {
            throw new InvalidValueException("period", "period-format",
                    "A " + what + " number must be between 1 and " + max + ", not " + value);
        }
    }

    public PeriodType type() {
        return type;
    }

    public LocalDate start() {
        return firstMonth.atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    public YearMonth firstMonth() {
        return firstMonth;
    }

    public YearMonth lastMonth() {
        return firstMonth.plusMonths(type.months() - 1L);
    }

    /** The year the period is named after: its calendar year, or for a financial year the year it ends in. */
    public int year() {
        return type == PeriodType.FINANCIAL_YEAR ? lastMonth().getYear() : firstMonth.getYear();
    }

    public String code() {
        return switch (type) {
            case MONTHLY -> String.format("%04d-%02d", firstMonth.getYear(), firstMonth.getMonthValue());
            case QUARTERLY -> firstMonth.getYear() + "Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1);
            case SEMESTRAL -> firstMonth.getYear() + "S" + ((firstMonth.getMonthValue() - 1) / 6 + 1);
            case YEARLY -> String.valueOf(firstMonth.getYear());
            case FINANCIAL_YEAR -> "FY" + year();
        };
    }

    /** A readable name such as "March 2026", "Q1 2026", "H1 2026", "2026" or "FY2026 (Jul 2025 - Jun 2026)". */
    public String label() {
        return switch (type) {
            case MONTHLY -> firstMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + firstMonth.getYear();
            case QUARTERLY -> "Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1) + " " + firstMonth.getYear();
            case SEMESTRAL -> "H" + ((firstMonth.getMonthValue() - 1) / 6 + 1) + " " + firstMonth.getYear();
            case YEARLY -> String.valueOf(firstMonth.getYear());
            case FINANCIAL_YEAR -> "FY" + year() + " (" + shortMonth(firstMonth) + " - " + shortMonth(lastMonth()) + ")";
        };
    }

    private static String shortMonth(YearMonth m) {
        return m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + m.getYear();
    }

    /** True when every month of {@code other} lies inside this period (a period contains itself). */
    public boolean contains(Period other) {
        return !other.firstMonth.isBefore(firstMonth) && !other.lastMonth().isAfter(lastMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** The periods of a finer type that make up this one, in order (a quarter splits into three months). */
    public List<Period> split(PeriodType finer) {
        if (finer == PeriodType.FINANCIAL_YEAR || !finer.isFinerOrEqual(type)) {
            throw new InvalidValueException("periodType", "period-split",
                    "A " + type.label().toLowerCase() + " period cannot be split into " + finer.label().toLowerCase() + " periods");
        }
        List<Period> parts = new ArrayList<>();
        YearMonth cursor = firstMonth;
        while (!cursor.isAfter(lastMonth())) {
            Period part = containing(cursor.atDay(1), finer, Month.JANUARY);
            if (contains(part)) {
                parts.add(part);
            } else {
                throw new InvalidValueException("periodType", "period-split",
                        code() + " does not divide into whole " + finer.label().toLowerCase() + " periods");
            }
            cursor = part.lastMonth().plusMonths(1);
        }
        return parts;
    }

    /** This period and the {@code count - 1} periods before it, newest first. */
    public List<Period> andPrevious(int count) {
        List<Period> periods = new ArrayList<>(Math.max(count, 0));
        Period p = this;
        for (int i = 0; i < count; i++) {
            periods.add(p);
            p = p.previous();
        }
        return periods;
    }

    public Period next() {
        return new Period(type, firstMonth.plusMonths(type.months()));
    }

    public Period previous() {
        return new Period(type, firstMonth.minusMonths(type.months()));
    }

    /** True when the period has ended before the given day. */
    public boolean hasEndedBefore(LocalDate day) {
        return end().isBefore(day);
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.type == type && p.firstMonth.equals(firstMonth);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, firstMonth);
    }

    @Override
    public String toString() {
        return code();
    }
}
