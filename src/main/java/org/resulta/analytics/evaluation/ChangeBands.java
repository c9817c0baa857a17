package org.resulta.analytics.evaluation;

/**
 * Where "the same" ends and "much" begins, as fractions of the previous period's value: a relative change up to
 * {@code same} either way is the same; above {@code much} it is much more or much less; between, somewhat.
 * {@link #DEFAULT} is 2% and 10% ([U]: not from a source; make it tenant configuration).
 */
public record ChangeBands(double same, double much) {

    public static final ChangeBands DEFAULT = new ChangeBands(0.02, 0.10);

    public ChangeBands {
        if (!(same >= 0) || !(much > same) || !Double.isFinite(much)) {
            throw new IllegalArgumentException("Bands must satisfy 0 <= same < much, not same " + same + ", much " + much);
        }
    }

    /** The band of a relative change ({@code 0.15} is +15%). */
    public Change of(double relativeChange) {
        double size = Math.abs(relativeChange);
        if (size <= same) {
            return Change.SAME;
        }
        if (relativeChange > 0) {
            return size > much ? Change.MUCH_MORE : Change.SOMEWHAT_MORE;
        }
        return size > much ? Change.MUCH_LESS : Change.SOMEWHAT_LESS;
    }
}
