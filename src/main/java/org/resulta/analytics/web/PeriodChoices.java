package org.resulta.analytics.web;

import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
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
        groups.put("Quarters", back(calendar.containing(today, PeriodType.QUARTERLY), 12));
        groups.put("Years", back(calendar.containing(today, PeriodType.YEARLY), 5));
        if (calendar.financialYearStart() != Month.JANUARY) {
            groups.put("Financial years", back(calendar.containing(today, PeriodType.FINANCIAL_YEAR), 5));
        }
        groups.put("Semesters", back(calendar.containing(today, PeriodType.SEMESTRAL), 6));
        groups.put("Months", back(calendar.containing(today, PeriodType.MONTHLY), 36));
        return groups;
    }

    private static List<Period> back(Period latest, int count) {
        List<Period> periods = new ArrayList<>();
        Period p = latest;
        for (int i = 0; i < count; i++) {
            periods.add(p);
            p = p.previous();
        }
        return periods;
    }
}
