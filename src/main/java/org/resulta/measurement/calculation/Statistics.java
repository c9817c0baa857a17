package org.resulta.measurement.calculation;

import java.util.Arrays;

/** Descriptive statistics over the values of a series that are numbers (NaN marks a period without a value). */
public final class Statistics {

    private Statistics() {
    }

    public static double[] present(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    public static double mean(double[] values) {
        return meanOf(values, 0, values.length);
    }

    /** Sample standard deviation (n - 1). */
    public static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public static double sumOfSquares(double[] values, int from, int to) {
        double mean = meanOf(values, from, to);
        double squares = 0;
        for (int i = from; i < to; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        return squares;
    }

    public static double meanOf(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
