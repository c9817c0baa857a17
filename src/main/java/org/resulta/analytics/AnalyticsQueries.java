package org.resulta.analytics;

import org.resulta.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Any combination of indicators, units, periods and disaggregations, answered by the in-memory engine with the
 * scorecard's rules. The units are chosen below one unit, on which the caller needs DATA_READ.
 */
public interface AnalyticsQueries {

    /** One page of the cells. */
    @PreAuthorize("hasPermission(#query.unit(), 'OrgUnit', 'DATA_READ')")
    AnalyticsResult query(AnalyticsQuery query, PageRequest page);

    /**
     * Every cell, in order, to {@code sink}, computed one at a time. The query is checked (names, the cell limit)
     * before the first cell is given, so a refusal comes before anything is written.
     */
    @PreAuthorize("hasPermission(#query.unit(), 'OrgUnit', 'DATA_READ')")
    void stream(AnalyticsQuery query, CellSink sink);

    /** Checks the query and resolves its dimensions without computing a cell. */
    @PreAuthorize("hasPermission(#query.unit(), 'OrgUnit', 'DATA_READ')")
    AnalyticsDimensions resolve(AnalyticsQuery query);

    /** Receives a streamed query: its dimensions once it is checked, then each cell. */
    interface CellSink {

        void start(AnalyticsDimensions dimensions);

        void accept(AnalyticsCell cell);
    }
}
