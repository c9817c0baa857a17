package org.resulta.analytics;

import java.util.List;

/**
 * A question to the analytics: which indicators, units, periods and disaggregations, as text the way an API caller
 * or the pivot form writes it. Every field but {@code unit} and {@code periods} is optional.
 *
 * @param indicators      indicator codes; empty: every indicator of {@code plan} or {@code dataSet}, or with neither,
 *                        every indicator the unit reports or is scored on
 * @param plan            a plan code: its indicators
 * @param dataSet         a data set code: the indicators of that reporting form
 * @param unit            the unit the units are chosen from; the caller needs DATA_READ on it
 * @param units           {@code unit} (default: the unit alone), {@code children} (its direct sub-units),
 *                        {@code subtree} (the unit and every unit below it), {@code level} (the units at
 *                        {@code level} within its subtree) or {@code group} (the members of {@code group} within
 *                        its subtree)
 * @param level           the level for {@code units=level}, 1 being the top of the tree
 * @param group           the code of the org unit group for {@code units=group}
 * @param unitType        keeps only units of this type ({@code REGIONAL_OFFICE}, ...)
 * @param periods         period codes ({@code 2026Q1}) and ranges ({@code 2026-01..2026-06})
 * @param periodType      splits the periods into periods of this type: {@code month}, {@code quarter},
 *                        {@code semester}, {@code year}, {@code financial-year} (or the names of
 *                        {@code PeriodType})
 * @param disaggregations {@code total} (default), {@code all} (every option combination of each indicator), or
 *                        option combination codes ({@code F}, {@code F_15-24})
 */
public record AnalyticsQuery(List<String> indicators, String plan, String dataSet, String unit, String units,
                             Integer level, String group, String unitType, List<String> periods, String periodType,
                             List<String> disaggregations) {

    public AnalyticsQuery {
        indicators = clean(indicators);
        periods = clean(periods);
        disaggregations = clean(disaggregations);
    }

    /** A query that chooses units without a group. */
    public AnalyticsQuery(List<String> indicators, String plan, String dataSet, String unit, String units,
                          Integer level, String unitType, List<String> periods, String periodType,
                          List<String> disaggregations) {
        this(indicators, plan, dataSet, unit, units, level, null, unitType, periods, periodType, disaggregations);
    }

    /** Every indicator of the unit for one period. */
    public static AnalyticsQuery of(String unit, String... periods) {
        return new AnalyticsQuery(List.of(), null, null, unit, null, null, null, List.of(periods), null, List.of());
    }

    /** Items trimmed, blanks dropped, commas inside an item split (so {@code "A,B"} and {@code ["A","B"]} agree). */
    private static List<String> clean(List<String> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().filter(i -> i != null).flatMap(i -> java.util.Arrays.stream(i.split(",")))
                .map(String::trim).filter(i -> !i.isEmpty()).toList();
    }
}
