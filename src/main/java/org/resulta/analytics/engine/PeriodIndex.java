package org.resulta.analytics.engine;

import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every period the engine has seen a small slot number and keeps, per slot, its type and first and last
 * month as <em>month numbers</em> ({@code year x 12 + month - 1}). With month numbers the calendar is index
 * arithmetic: the quarter of month {@code m} is {@code m / 3}, its semester {@code m / 6}, its year
 * {@code m / 12}, its financial year {@code (m - startMonth + 1) / 12}; period {@code a} lies inside period
 * {@code b} when {@code first(a) >= first(b) && last(a) <= last(b)}.
 * <p>
 * Slots are only ever added. Readers never lock: the arrays are replaced whole when they grow.
 */
public final class PeriodIndex {

    private final Map<Period, Integer> slots = new ConcurrentHashMap<>();
    private volatile Columns columns = new Columns(new Period[16], new int[16], new int[16], 0);

    private record Columns(Period[] periods, int[] first, int[] last, int size) {
    }

    /** The month number of a day's month. */
    public static int monthNumber(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    public static int quarterOf(int month) {
        return month / 3;
    }

    public static int semesterOf(int month) {
        return month / 6;
    }

    public static int yearOf(int month) {
        return month / 12;
    }

    /** The financial year containing the month, numbered by the calendar year it starts in. */
    public static int financialYearOf(int month, Month startMonth) {
        return Math.floorDiv(month - (startMonth.getValue() - 1), 12);
    }

    /** The slot of the period, added when new. */
    public synchronized int slot(Period period) {
        Integer known = slots.get(period);
        if (known != null) {
            return known;
        }
        Columns c = columns;
        int slot = c.size();
        if (slot >= Short.MAX_VALUE) {
            throw new IllegalStateException("The engine holds at most " + Short.MAX_VALUE + " distinct periods");
        }
        Period[] periods = c.periods();
        int[] first = c.first();
        int[] last = c.last();
        if (slot == periods.length) {
            periods = Arrays.copyOf(periods, slot * 2);
            first = Arrays.copyOf(first, slot * 2);
            last = Arrays.copyOf(last, slot * 2);
        }
        periods[slot] = period;
        first[slot] = monthNumber(period.start());
        last[slot] = monthNumber(period.end());
        columns = new Columns(periods, first, last, slot + 1);
        slots.put(period, slot);
        return slot;
    }

    /** The slot of a period already seen, or -1. */
    public int find(Period period) {
        Integer known = slots.get(period);
        return known == null ? -1 : known;
    }

    public int size() {
        return columns.size();
    }

    public Period period(int slot) {
        return columns.periods()[slot];
    }

    public int firstMonth(int slot) {
        return columns.first()[slot];
    }

    public int lastMonth(int slot) {
        return columns.last()[slot];
    }

    public PeriodType type(int slot) {
        return columns.periods()[slot].type();
    }

    /** First months of every slot; read-only, valid for slots below {@link #size()} at the time of the call. */
    int[] firstMonths() {
        return columns.first();
    }

    int[] lastMonths() {
        return columns.last();
    }
}
