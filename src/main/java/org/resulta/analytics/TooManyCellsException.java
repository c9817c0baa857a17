package org.resulta.analytics;

import org.resulta.shared.InvalidValueException;

/** A query that asks for more cells than the configured limit ({@code resulta.analytics.max-cells}). */
public class TooManyCellsException extends InvalidValueException {

    private final long cells;
    private final long limit;

    public TooManyCellsException(long cells, long limit, String breakdown) {
        super("query", "too-many-cells", "The query asks for " + cells + " cells (" + breakdown + "); the limit is "
                + limit + ". Choose fewer indicators, units, periods or disaggregations");
        this.cells = cells;
        this.limit = limit;
    }

    public long cells() {
        return cells;
    }

    public long limit() {
        return limit;
    }
}
