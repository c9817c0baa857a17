package org.resulta.analytics;

import java.util.List;

/**
 * What a query was resolved to, in the order cells come: indicators, then units, then periods, then
 * disaggregations. Cells of a unit that is neither above nor below an indicator's owner are left out, so
 * {@code cells} may be less than the product of the dimensions.
 */
public record AnalyticsDimensions(List<Member> indicators, List<Member> units, List<Member> periods,
                                  List<Member> disaggregations, long cells, long maxCells) {

    /** One member of a dimension: its code and a readable name. */
    public record Member(String code, String name) {
    }
}
