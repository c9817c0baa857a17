package org.resulta.measurement;

/** Filters for listing indicators; all optional. */
public record IndicatorQuery(String planCode, String resultCode, String search, boolean includeRetired) {

    public static IndicatorQuery all() {
        return new IndicatorQuery(null, null, null, false);
    }
}
