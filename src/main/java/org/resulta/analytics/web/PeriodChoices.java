package org.resulta.analytics.web;

import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The periods a user can pick on the pages, newest first, grouped by type. */
@Component
class PeriodChoices {

    private final PeriodCalendar calendar;

    PeriodChoices(PeriodCalendar calendar) {
        this.calendar = calendar;
    }

    Map<String, List<Period>> around(LocalDate today) {
        Map<String, List<Period>> groups = new LinkedHashMap<>();
        groups.put("Quarters", calendar.containing(today, PeriodType.QUARTERLY).andPrevious(12));
        groups.put("Years", calendar.containing(today, PeriodType.YEARLY).andPrevious(5));
        if (calendar.financialYearStart() != Month.JANUARY) {
            groups.put("Financial years", calendar.containing(today, PeriodType.FINANCIAL_YEAR).andPrevious(5));
        }
        groups.put("Semesters", calendar.containing(today, PeriodType.SEMESTRAL).andPrevious(6));
        groups.put("Months", calendar.containing(today, PeriodType.MONTHLY).andPrevious(36));
        return groups;
    }
}
