package org.resulta.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTests {

    private static final PeriodCalendar CALENDAR = PeriodCalendar.calendarYear();

    private static Period p(String code) {
        return CALENDAR.parse(code);
    }

    private static Period julyFy(int endingYear) {
        return Period.financialYear(endingYear, Month.JULY);
    }

    // ---- containment

    @Test
    void placesAMonthInItsQuarterSemesterAndYear() {
        Period may = p("2026-05");

        assertThat(p("2026Q2").contains(may)).isTrue();
        assertThat(p("2026S1").contains(may)).isTrue();
        assertThat(p("2026").contains(may)).isTrue();
        assertThat(p("2026Q1").contains(may)).isFalse();
        assertThat(p("2026Q3").contains(may)).isFalse();
        assertThat(p("2026S2").contains(may)).isFalse();
        assertThat(p("2025").contains(may)).isFalse();
    }

    @Test
    void containsItselfButNotALongerPeriod() {
        assertThat(p("2026Q1").contains(p("2026Q1"))).isTrue();
        assertThat(p("2026Q1").contains(p("2026S1"))).isFalse();
        assertThat(p("2026-01").contains(p("2026Q1"))).isFalse();
        assertThat(p("2026S1").contains(p("2026"))).isFalse();
    }

    @Test
    void doesNotContainAPeriodThatOnlyOverlapsIt() {
        Period fy = julyFy(2026);

        assertThat(p("2026").contains(fy)).isFalse();
        assertThat(fy.contains(p("2026"))).isFalse();
        assertThat(fy.contains(p("2026S2"))).isFalse();
    }

    @Test
    void julyStartFinancialYearContainsJulyToJuneOnly() {
        Period fy2026 = julyFy(2026);

        YearMonth month = YearMonth.of(2025, 7);
        for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
            assertThat(fy2026.contains(Period.month(month.getYear(), month.getMonthValue()))).as("%s", month).isTrue();
        }
        assertThat(fy2026.contains(p("2025-06"))).isFalse();
        assertThat(fy2026.contains(p("2026-07"))).isFalse();
        assertThat(fy2026.contains(p("2025Q3"))).isTrue();
        assertThat(fy2026.contains(p("2026Q2"))).isTrue();
        assertThat(fy2026.contains(p("2026Q3"))).isFalse();
        assertThat(fy2026.contains(p("2025S2"))).isTrue();
        assertThat(fy2026.contains(p("2026S1"))).isTrue();
    }

    @Test
    void containsTheDaysFromItsFirstToItsLastInclusive() {
        Period q1 = p("2026Q1");

        assertThat(q1.contains(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(q1.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(q1.contains(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(q1.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void endsOnTheLastDayOfItsLastMonthIncludingLeapDays() {
        assertThat(p("2028-02").end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(p("2026-02").end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(p("2026S1").end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Period.financialYear(2026, Month.APRIL).end()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void hasEndedOnlyOnceItsLastDayIsPast() {
        Period q1 = p("2026Q1");

        assertThat(q1.hasEndedBefore(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(q1.hasEndedBefore(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(q1.hasEndedBefore(LocalDate.of(2026, 1, 1))).isFalse();
    }

    // ---- split

    @Test
    void splitsAQuarterIntoItsMonths() {
        assertThat(p("2026Q2").split(PeriodType.MONTHLY)).containsExactly(p("2026-04"), p("2026-05"), p("2026-06"));
    }

    @Test
    void splitsAYearIntoQuartersSemestersAndMonths() {
        assertThat(p("2026").split(PeriodType.QUARTERLY)).containsExactly(p("2026Q1"), p("2026Q2"), p("2026Q3"), p("2026Q4"));
        assertThat(p("2026").split(PeriodType.SEMESTRAL)).containsExactly(p("2026S1"), p("2026S2"));
        assertThat(p("2026").split(PeriodType.MONTHLY)).hasSize(12).startsWith(p("2026-01")).endsWith(p("2026-12"));
    }

    @Test
    void splitsASemesterIntoQuarters() {
        assertThat(p("2026S2").split(PeriodType.QUARTERLY)).containsExactly(p("2026Q3"), p("2026Q4"));
    }

    @Test
    void splitsAPeriodIntoItsOwnTypeAsItself() {
        assertThat(p("2026Q3").split(PeriodType.QUARTERLY)).containsExactly(p("2026Q3"));
        assertThat(p("2026").split(PeriodType.YEARLY)).containsExactly(p("2026"));
    }

    @Test
    void splitsAJulyStartFinancialYearIntoCalendarQuartersAcrossTwoYears() {
        assertThat(julyFy(2026).split(PeriodType.QUARTERLY))
                .containsExactly(p("2025Q3"), p("2025Q4"), p("2026Q1"), p("2026Q2"));
        assertThat(julyFy(2026).split(PeriodType.SEMESTRAL)).containsExactly(p("2025S2"), p("2026S1"));
    }

    @Test
    void splitsAnAprilStartFinancialYearIntoQuartersButNotSemesters() {
        Period fy = Period.financialYear(2026, Month.APRIL);

        assertThat(fy.split(PeriodType.QUARTERLY)).containsExactly(p("2025Q2"), p("2025Q3"), p("2025Q4"), p("2026Q1"));
        assertThatThrownBy(() -> fy.split(PeriodType.SEMESTRAL))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("FY2026");
    }

    @Test
    void splitsAJanuaryStartFinancialYearIntoItsCalendarYear() {
        assertThat(Period.financialYear(2026, Month.JANUARY).split(PeriodType.YEARLY)).containsExactly(p("2026"));
    }

    @Test
    void refusesToSplitAFebruaryStartFinancialYearIntoQuarters() {
        Period fy = Period.financialYear(2026, Month.FEBRUARY);

        assertThatThrownBy(() -> fy.split(PeriodType.QUARTERLY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("FY2026")
                .hasMessageContaining("quarterly")
                .satisfies(e -> assertThat(((InvalidValueException) e).rule()).isEqualTo("period-split"));
        assertThat(fy.split(PeriodType.MONTHLY)).hasSize(12).startsWith(p("2025-02")).endsWith(p("2026-01"));
    }

    @Test
    void refusesToSplitAJulyStartFinancialYearIntoCalendarYears() {
        assertThatThrownBy(() -> julyFy(2026).split(PeriodType.YEARLY)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesToSplitIntoALongerTypeOrIntoFinancialYears() {
        assertThatThrownBy(() -> p("2026Q1").split(PeriodType.YEARLY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("quarterly")
                .hasMessageContaining("yearly");
        assertThatThrownBy(() -> p("2026-01").split(PeriodType.QUARTERLY)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> p("2026").split(PeriodType.FINANCIAL_YEAR)).isInstanceOf(InvalidValueException.class);
    }

    // ---- order, next, previous, labels

    @Test
    void ordersByStartThenLongerFirst() {
        List<Period> periods = new ArrayList<>(List.of(p("2026-01"), p("2026Q1"), p("2026S1"), p("2026")));
        Collections.shuffle(periods, new Random(7));
        Collections.sort(periods);

        assertThat(periods).containsExactly(p("2026"), p("2026S1"), p("2026Q1"), p("2026-01"));
    }

    @Test
    void ordersAnEarlierStartFirstWhateverTheLength() {
        assertThat(p("2025-12")).isLessThan(p("2026"));
        assertThat(p("2026-03")).isLessThan(p("2026Q2"));
        assertThat(p("2026Q1")).isLessThan(p("2026-02"));
        assertThat(julyFy(2026)).isLessThan(p("2026"));
    }

    @Test
    void ordersTwoDistinctPeriodsOverTheSameMonthsConsistentlyWithEquals() {
        Period year = p("2026");
        Period fy = Period.financialYear(2026, Month.JANUARY);

        assertThat(fy).isNotEqualTo(year);
        assertThat(year.compareTo(fy)).isNotZero().isEqualTo(-Integer.signum(fy.compareTo(year)));
        assertThat(year.compareTo(p("2026"))).isZero();
    }

    @Test
    void stepsToTheNextAndPreviousPeriodOfTheSameType() {
        assertThat(p("2026-12").next()).isEqualTo(p("2027-01"));
        assertThat(p("2026-01").previous()).isEqualTo(p("2025-12"));
        assertThat(p("2026Q4").next()).isEqualTo(p("2027Q1"));
        assertThat(p("2026Q1").previous()).isEqualTo(p("2025Q4"));
        assertThat(p("2026S2").next()).isEqualTo(p("2027S1"));
        assertThat(p("2026S1").previous()).isEqualTo(p("2025S2"));
        assertThat(p("2026").next()).isEqualTo(p("2027"));
        assertThat(julyFy(2026).next()).isEqualTo(julyFy(2027));
        assertThat(julyFy(2026).previous()).isEqualTo(julyFy(2025));
        assertThat(julyFy(2026).next().code()).isEqualTo("FY2027");
    }

    @Test
    void labelsEachTypeReadably() {
        assertThat(p("2026-03").label()).isEqualTo("March 2026");
        assertThat(p("2026Q1").label()).isEqualTo("Q1 2026");
        assertThat(p("2026S2").label()).isEqualTo("H2 2026");
        assertThat(p("2026").label()).isEqualTo("2026");
        assertThat(julyFy(2026).label()).isEqualTo("FY2026 (Jul 2025 - Jun 2026)");
        assertThat(Period.financialYear(2026, Month.JANUARY).label()).isEqualTo("FY2026 (Jan 2026 - Dec 2026)");
    }

    @Test
    void refusesAQuarterOrSemesterNumberOutOfRange() {
        assertThatThrownBy(() -> Period.quarter(2026, 5)).isInstanceOf(InvalidValueException.class).hasMessageContaining("5");
        assertThatThrownBy(() -> Period.quarter(2026, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Period.semester(2026, 3)).isInstanceOf(InvalidValueException.class);
    }

    // ---- properties over random periods

    @Test
    void readsBackEveryPeriodFromItsCode() {
        RandomCases.check(2_000, (random, i) -> {
            Month fyStart = Month.of(1 + random.nextInt(12));
            Period period = randomPeriod(random, fyStart);

            assertThat(new PeriodCalendar(fyStart).parse(period.code())).as("%s (FY from %s)", period, fyStart)
                    .isEqualTo(period);
        });
    }

    @Test
    void splitsEveryPeriodIntoContainedPartsThatTileItExactly() {
        RandomCases.check(2_000, (random, i) -> {
            Period period = randomPeriod(random, Month.of(1 + random.nextInt(12)));
            PeriodType finer = randomFinerType(random, period.type());
            boolean aligned = (period.firstMonth().getMonthValue() - 1) % finer.months() == 0;

            if (!aligned) {
                assertThatThrownBy(() -> period.split(finer)).as("%s into %s", period, finer)
                        .isInstanceOf(InvalidValueException.class);
                return;
            }
            List<Period> parts = period.split(finer);
            assertThat(parts).as("%s into %s", period, finer).isNotEmpty().allSatisfy(part -> {
                assertThat(part.type()).isEqualTo(finer);
                assertThat(period.contains(part)).isTrue();
            });
            assertThat(parts.get(0).start()).isEqualTo(period.start());
            assertThat(parts.get(parts.size() - 1).end()).isEqualTo(period.end());
            for (int k = 1; k < parts.size(); k++) {
                assertThat(parts.get(k).start()).as("%s into %s, part %d", period, finer, k)
                        .isEqualTo(parts.get(k - 1).end().plusDays(1));
            }
            assertThat(parts).isSorted();
            assertThat(parts.size() * finer.months()).isEqualTo(period.type().months());
        });
    }

    @Test
    void stepsForwardAndBackToTheAdjacentPeriod() {
        RandomCases.check(1_000, (random, i) -> {
            Period period = randomPeriod(random, Month.of(1 + random.nextInt(12)));

            assertThat(period.next().previous()).isEqualTo(period);
            assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
            assertThat(period.next()).isGreaterThan(period);
            assertThat(ChronoUnit.MONTHS.between(period.firstMonth(), period.lastMonth()) + 1)
                    .isEqualTo(period.type().months());
        });
    }

    static Period randomPeriod(Random random, Month fyStart) {
        int year = 1901 + random.nextInt(298);
        return switch (PeriodType.values()[random.nextInt(PeriodType.values().length)]) {
            case MONTHLY -> Period.month(year, 1 + random.nextInt(12));
            case QUARTERLY -> Period.quarter(year, 1 + random.nextInt(4));
            case SEMESTRAL -> Period.semester(year, 1 + random.nextInt(2));
            case YEARLY -> Period.year(year);
            case FINANCIAL_YEAR -> Period.financialYear(year, fyStart);
        };
    }

    private static PeriodType randomFinerType(Random random, PeriodType type) {
        List<PeriodType> finer = new ArrayList<>();
        for (PeriodType t : PeriodType.values()) {
            if (t != PeriodType.FINANCIAL_YEAR && t.isFinerOrEqual(type)) {
                finer.add(t);
            }
        }
        return finer.get(random.nextInt(finer.size()));
    }

    @ParameterizedTest
    @EnumSource(PeriodType.class)
    void findsTheSamePeriodFromAnyDayInside(PeriodType type) {
        Period period = CALENDAR.containing(LocalDate.of(2026, 5, 20), type);

        for (LocalDate day = period.start(); !day.isAfter(period.end()); day = day.plusDays(1)) {
            assertThat(CALENDAR.containing(day, type)).isEqualTo(period);
        }
        assertThat(CALENDAR.containing(period.start().minusDays(1), type)).isEqualTo(period.previous());
        assertThat(CALENDAR.containing(period.end().plusDays(1), type)).isEqualTo(period.next());
    }

    @Test
    void listsAPeriodAndThoseBeforeItNewestFirst() {
        assertThat(Period.quarter(2026, 1).andPrevious(3))
                .containsExactly(Period.quarter(2026, 1), Period.quarter(2025, 4), Period.quarter(2025, 3));
        assertThat(Period.month(2026, 3).andPrevious(0)).isEmpty();
    }
}
