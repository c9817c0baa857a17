package org.resulta.analytics.evaluation;

/**
 * Where an indicator will end the year if its trend holds: the projected annual value, its achievement against
 * the annual target (uncapped), whether that is on track, and the trend it came from. {@code projected} null, with
 * {@code reason}, when no projection can be made; {@code projectedAchievement} null with a reason when the
 * projection beats a lower-is-better target beyond any ratio (a projected zero).
 */
public record Projection(Double projected, Double projectedAchievement, boolean onTrack, TrendLine trend, String reason) {

    static Projection none(String reason) {
        return new Projection(null, null, false, null, reason);
    }

    public boolean hasValue() {
        return projected != null;
    }
}
