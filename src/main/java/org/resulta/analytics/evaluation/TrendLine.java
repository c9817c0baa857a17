package org.resulta.analytics.evaluation;

import java.util.Optional;

/**
 * The least-squares line through a series: value = {@code intercept + slope x period}, period 0 being the first
 * of the series; {@code rSquared} is the share of the variance the line explains (1 for a flat series it fits
 * exactly), {@code points} the number of periods with a value.
 */
public record TrendLine(double slope, double intercept, double rSquared, int points) {

    public double at(double period) {
        return intercept + slope * period;
    }

    /** The line through the periods that have a value (NaN: none); empty with fewer than two. */
    public static Optional<TrendLine> fit(double[] values) {
        int n = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                n++;
                sumX += i;
                sumY += values[i];
            }
        }
        if (n < 2) {
            return Optional.empty();
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                sxx += (i - meanX) * (i - meanX);
                sxy += (i - meanX) * (values[i] - meanY);
                syy += (values[i] - meanY) * (values[i] - meanY);
            }
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double residual = Math.max(0, syy - slope * sxy);
        double rSquared = syy == 0 ? 1 : Math.min(1, Math.max(0, 1 - residual / syy));
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            return Optional.empty();
        }
        return Optional.of(new TrendLine(slope, intercept, rSquared, n));
    }
}
