package org.resulta.analytics.domain;

import org.junit.jupiter.api.Test;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;

import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodSelectionTests {

    private static final PeriodCalendar CALENDAR = PeriodCalendar.calendarYear();

    @Test
    void readsARangeOfMonthsWithBothEnds() {
        assertThat(codes(List.of("2026-01..2026-06"), null))
                .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
    }

    @Test
    void splitsAYearIntoQuartersAndARangeOfQuartersIntoMonths() {
        assertThat(codes(List.of("2026"), "quarter")).containsExactly("2026Q1", "2026Q2", "2026Q3", "2026Q4");
        assertThat(codes(List.of("2025Q4..2026Q1"), "MONTHLY"))
                .containsExactly("2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03");
        assertThat(codes(List.of("2025-11..2026-08"), "semester")).containsExactly("2026S1");
    }

    @Test
    void keepsAListInTimeOrderWithoutRepeats() {
        assertThat(codes(List.of("2026Q3", "2026Q1", "2026Q3", "2025"), null))
                .containsExactly("2025", "2026Q1", "2026Q3");
    }

    @Test
    void splitsIntoFinancialYearsOfTheDeploymentsCalendar() {
        PeriodCalendar julyStart = new PeriodCalendar(Month.JULY);
        List<Period> years = PeriodSelection.parse(List.of("2024-07..2026-06"), "financial-year", julyStart);
        assertThat(years).extracting(Period::code).containsExactly("FY2025", "FY2026");
        assertThat(years.get(0).start()).hasToString("2024-07-01");
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> codes(List.of("2026Q3..2026Q1"), null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2026Q3..2026Q1")
                .extracting("rule").isEqualTo("period-range-order");
    }

    @Test
    void refusesARangeOfTwoTypesWithoutAPeriodType() {
        assertThatThrownBy(() -> codes(List.of("2026Q1..2026-06"), null))
                .isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("period-range-types");
        assertThat(codes(List.of("2026Q1..2026-06"), "month")).hasSize(6);
    }

    @Test
    void namesAnUnknownPeriodOrPeriodType() {
        assertThatThrownBy(() -> codes(List.of("2026Q1..2026Q5"), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2026Q5");
        assertThatThrownBy(() -> codes(List.of("2026"), "fortnight"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("fortnight")
                .extracting("field").isEqualTo("periodType");
    }

    @Test
    void refusesAPeriodTooShortForTheType() {
        assertThatThrownBy(() -> codes(List.of("2026-01"), "quarter"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2026-01 holds no whole quarterly period");
    }

    @Test
    void refusesNoPeriodAndTooManyPeriods() {
        assertThatThrownBy(() -> codes(List.of(), null)).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("periods-required");
        assertThatThrownBy(() -> codes(List.of("1950-01..2100-12"), null)).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("too-many-periods");
    }

    private static List<String> codes(List<String> items, String type) {
        return PeriodSelection.parse(items, type, CALENDAR).stream().map(Period::code).toList();
    }
}
