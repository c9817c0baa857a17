package org.resulta.analytics;

/** An indicator a view can be asked about, with the words a picker shows. */
public record IndicatorChoice(String code, String name, String unitOfMeasure) {
}
