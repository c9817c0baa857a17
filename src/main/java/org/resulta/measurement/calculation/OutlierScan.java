package org.resulta.measurement.calculation;

import java.util.List;

/**
 * The outliers of a series by one method and threshold, in period order; {@code note} says why none could be
 * looked for (too few values, all equal) or how the scale was taken.
 */
public record OutlierScan(String method, double threshold, List<Outlier> outliers, String note) {

    public OutlierScan {
        outliers = List.copyOf(outliers);
    }
}
