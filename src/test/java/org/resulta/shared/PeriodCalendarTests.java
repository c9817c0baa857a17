package org.resulta.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodCalendarTests {

    private final PeriodCalendar calendar = PeriodCalendar.calendarYear();

    @Test
    void readsAMonth() {
        Period march = calendar.parse("2026-03");

        assertThat(march).isEqualTo(Period.month(2026, 3));
        assertThat(march.type()).isEqualTo(PeriodType.MONTHLY);
        assertThat(march.start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(march.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void readsAQuarter() {
        Period q1 = calendar.parse("2026Q1");

        assertThat(q1).isEqualTo(Period.quarter(2026, 1));
        assertThat(q1.type()).isEqualTo(PeriodType.QUARTERLY);
        assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(calendar.parse("2026Q4").start()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void readsASemester() {
        Period s2 = calendar.parse("2026S2");

        assertThat(s2).isEqualTo(Period.semester(2026, 2));
        assertThat(s2.type()).isEqualTo(PeriodType.SEMESTRAL);
        assertThat(s2.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(s2.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void readsACalendarYear() {
        Period year = calendar.parse("2026");

        assertThat(year).isEqualTo(Period.year(2026));
        assertThat(year.type()).isEqualTo(PeriodType.YEARLY);
        assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest(name = "FY2026 starting in {0} runs {1} to {2}")
    @CsvSource({
            "JANUARY, 2026-01, 2026-12",
            "APRIL,   2025-04, 2026-03",
            "JULY,    2025-07, 2026-06",
            "OCTOBER, 2025-10, 2026-09"})
    void readsAFinancialYearNamedAfterTheYearItEndsIn(Month start, String firstMonth, String lastMonth) {
        Period fy = new PeriodCalendar(start).parse("FY2026");

        assertThat(fy.type()).isEqualTo(PeriodType.FINANCIAL_YEAR);
        assertThat(fy.firstMonth()).isEqualTo(YearMonth.parse(firstMonth));
        assertThat(fy.lastMonth()).isEqualTo(YearMonth.parse(lastMonth));
        assertThat(fy.year()).isEqualTo(2026);
        assertThat(fy.code()).isEqualTo("FY2026");
        assertThat(fy).isEqualTo(Period.financialYear(2026, start));
    }

    @Test
    void readsCodesWrittenInLowerCaseOrWithSurroundingSpaces() {
        assertThat(calendar.parse(" 2026q2 ")).isEqualTo(Period.quarter(2026, 2));
        assertThat(calendar.parse("2026s1")).isEqualTo(Period.semester(2026, 1));
        assertThat(new PeriodCalendar(Month.JULY).parse("fy2026")).isEqualTo(Period.financialYear(2026, Month.JULY));
    }

    @ParameterizedTest(name = "round-trips {0}")
    @ValueSource(strings = {"2026-01", "2026-12", "2026Q1", "2026Q4", "2026S1", "2026S2", "2026", "FY2026", "1900-01", "2200Q4"})
    void writesBackTheCodeItRead(String code) {
        for (Month start : new Month[]{Month.JANUARY, Month.APRIL, Month.JULY, Month.OCTOBER}) {
            assertThat(new PeriodCalendar(start).parse(code).code()).as("financial year from %s", start).isEqualTo(code);
        }
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "2026-13", "2026-00", "2026-3", "2026Q5", "2026Q0", "2026S3", "2026S0", "26Q1",
            "FY26", "FY 2026", "2026H1", "Q1 2026", "March 2026", "2026-03-01", "1899", "2201", "FY1899", "abc"})
    void refusesTextInNoAcceptedFormNamingTheFormsThatAre(String text) {
        assertThatThrownBy(() -> calendar.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2026-03")
                .hasMessageContaining("2026Q1")
                .hasMessageContaining("2026S1")
                .hasMessageContaining("FY2026")
                .satisfies(e -> {
                    InvalidValueException invalid = (InvalidValueException) e;
                    assertThat(invalid.field()).isEqualTo("period");
                    assertThat(invalid.rule()).isEqualTo("period-format");
                });
    }

    @ParameterizedTest(name = "the message for \"{0}\" quotes it")
    @ValueSource(strings = {"2026-13", "2026Q5", "26Q1", "FY26"})
    void quotesTheRefusedTextInTheMessage(String text) {
        assertThatThrownBy(() -> calendar.parse(text)).hasMessageContaining("'" + text + "'");
    }

    @Test
    void findsThePeriodOfEachTypeContainingADay() {
        LocalDate day = LocalDate.of(2026, 8, 15);

        assertThat(calendar.containing(day, PeriodType.MONTHLY)).isEqualTo(Period.month(2026, 8));
        assertThat(calendar.containing(day, PeriodType.QUARTERLY)).isEqualTo(Period.quarter(2026, 3));
        assertThat(calendar.containing(day, PeriodType.SEMESTRAL)).isEqualTo(Period.semester(2026, 2));
        assertThat(calendar.containing(day, PeriodType.YEARLY)).isEqualTo(Period.year(2026));
        assertThat(calendar.containing(day, PeriodType.FINANCIAL_YEAR)).isEqualTo(Period.financialYear(2026, Month.JANUARY));
    }

    @ParameterizedTest(name = "with a {0} start, {1} lies in FY{2}")
    @CsvSource({
            "JULY,    2026-06-30, 2026",
            "JULY,    2026-07-01, 2027",
            "JULY,    2025-07-01, 2026",
            "APRIL,   2026-03-31, 2026",
            "APRIL,   2026-04-01, 2027",
            "OCTOBER, 2025-09-30, 2025",
            "OCTOBER, 2025-10-01, 2026",
            "JANUARY, 2026-01-01, 2026",
            "JANUARY, 2026-12-31, 2026"})
    void findsTheFinancialYearContainingADay(Month start, LocalDate day, int endingYear) {
        Period fy = new PeriodCalendar(start).containing(day, PeriodType.FINANCIAL_YEAR);

        assertThat(fy).isEqualTo(Period.financialYear(endingYear, start));
        assertThat(fy.contains(day)).isTrue();
    }
}
