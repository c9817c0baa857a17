package org.resulta.analytics.web;

import org.resulta.analytics.AnalyticsQuery;
import org.resulta.shared.DomainException;
import org.resulta.shared.PeriodCalendar;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * The pivot form as submitted; every field may be blank. {@code from} and {@code to} are period codes; the
 * other fields take the words of the analytics API.
 */
public record PivotForm(List<String> indicators, String unit, String units, Integer level, String group, String from,
                        String to, String periodType, String disaggregation, String rows, String columns,
                        String measure) {

    PivotForm withDefaults(String defaultUnit, String defaultPeriod, PeriodCalendar calendar) {
        String last = blank(to) ? (blank(from) ? defaultPeriod : from) : to;
        String first = blank(from) ? fourBefore(last, calendar) : from;
        return new PivotForm(indicators == null ? List.of() : indicators, blank(unit) ? defaultUnit : unit.trim(),
                blank(units) ? "unit" : units, level, blank(group) ? null : group.trim(), first, last, periodType,
                blank(disaggregation) ? "total" : disaggregation, blank(rows) ? "indicator" : rows,
                blank(columns) ? "period" : columns, blank(measure) ? "achievement" : measure);
    }

    AnalyticsQuery query() {
        String range = from.trim().equalsIgnoreCase(to.trim()) ? from.trim() : from.trim() + ".." + to.trim();
        return new AnalyticsQuery(indicators, null, null, unit, units, "level".equalsIgnoreCase(units) ? level : null,
                "group".equalsIgnoreCase(units) ? group : null, null, List.of(range), periodType, List.of(disaggregation));
    }

    /** The address of this form's answer at {@code path} (the page or its CSV), every choice spelled out. */
    String address(String path) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path).queryParam("unit", unit).queryParam("units", units);
        if (level != null) {
            b.queryParam("level", level);
        }
        if (!blank(group)) {
            b.queryParam("group", group);
        }
        if (indicators != null && !indicators.isEmpty()) {
            b.queryParam("indicators", String.join(",", indicators));
        }
        b.queryParam("from", from).queryParam("to", to);
        if (!blank(periodType)) {
            b.queryParam("periodType", periodType);
        }
        return b.queryParam("disaggregation", disaggregation).queryParam("rows", rows).queryParam("columns", columns)
                .queryParam("measure", measure).encode().build().toUriString();
    }

    /** The period three before {@code last}, so that a first look shows four of them; {@code last} if unreadable. */
    private static String fourBefore(String last, PeriodCalendar calendar) {
        try {
            return calendar.parse(last).andPrevious(4).get(3).code();
        } catch (DomainException e) {
            return last;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
