package org.resulta.measurement.calculation;

/**
 * Percent achievement of an actual against a target (DOMAIN.md 13.2), direction aware.
 * <ul>
 * <li>Higher is better: {@code actual / target x 100}; from a baseline {@code (actual - baseline) / (target - baseline) x 100}.</li>
 * <li>Lower is better, by {@link AchievementMethod}: ratio inversion {@code target / actual x 100}, mirror
 * {@code (2 - actual / target) x 100}, or from a baseline {@code (baseline - actual) / (baseline - target) x 100}.</li>
 * <li>A range: 100 inside; outside, reduced by the distance to the nearest bound relative to that bound.</li>
 * </ul>
 * The result is never negative; the cap is applied by {@link TrafficLightPolicy}. No division by zero: the zero
 * cases of DOMAIN.md 13.2 are handled explicitly.
 */
public final class AchievementPolicy {

    private AchievementPolicy() {
    }

    public static Achievement achievement(Direction direction, AchievementMethod method, TargetSpec target,
                                          double actual, Double baseline) {
        if (target.type() == TargetType.NARRATIVE) {
            return Achievement.none("The target is narrative");
        }
        if (!Double.isFinite(actual) || !Double.isFinite(target.value())) {
            return Achievement.none("The actual or the target is not a number");
        }
        return finite(switch (effectiveDirection(direction, target.type())) {
            case INCREASE -> higherIsBetter(method, target.value(), actual, baseline);
            case DECREASE -> lowerIsBetter(method, target.value(), actual, baseline);
            case MAINTAIN -> target.type() == TargetType.RANGE && target.upper() != null
                    ? inRange(target.value(), target.upper(), actual)
                    : inRange(target.value(), target.value(), actual);
        });
    }

    /** A figure too large for a double is beyond any cap; one that is not a number is no figure at all. */
    private static Achievement finite(Achievement achievement) {
        Double percent = achievement.percent();
        if (percent == null || Double.isFinite(percent)) {
            return achievement;
        }
        return percent > 0 ? Achievement.atCap("The achievement is too large to compute: the target is beaten as far as the cap allows")
                : Achievement.none("The achievement cannot be computed from these figures");
    }

    /** A floor means higher is better and a ceiling lower is better, whatever the indicator says. */
    static Direction effectiveDirection(Direction direction, TargetType type) {
        return switch (type) {
            case AT_LEAST -> Direction.INCREASE;
            case AT_MOST -> Direction.DECREASE;
            case RANGE -> Direction.MAINTAIN;
            default -> direction;
        };
    }

    static Achievement higherIsBetter(AchievementMethod method, double target, double actual, Double baseline) {
        if (method == AchievementMethod.BASELINE_RELATIVE && baseline != null) {
            double planned = target - baseline;
            if (planned == 0) {
                return Achievement.of(actual >= target ? 100 : 0, "The target equals the baseline");
            }
            return Achievement.of((actual - baseline) / planned * 100);
        }
        String note = method == AchievementMethod.BASELINE_RELATIVE ? "No baseline: achievement is actual / target" : null;
        if (target <= 0) {
            return Achievement.of(actual >= target ? 100 : 0, "The target is zero or negative: met or not met");
        }
        return Achievement.of(actual / target * 100, note);
    }

    static Achievement lowerIsBetter(AchievementMethod method, double target, double actual, Double baseline) {
        switch (method) {
            case BASELINE_RELATIVE -> {
                if (baseline != null) {
                    double planned = baseline - target;
                    if (planned == 0) {
                        return Achievement.of(actual <= target ? 100 : 0, "The target equals the baseline");
                    }
                    return Achievement.of((baseline - actual) / planned * 100);
                }
                return ratioInversion(target, actual, "No baseline: achievement is target / actual");
            }
            case MIRROR -> {
                if (target <= 0) {
                    return Achievement.of(actual <= target ? 100 : 0, "The target is zero or negative: met or not met");
                }
                return Achievement.of((2 - actual / target) * 100);
            }
            default -> {
                return ratioInversion(target, actual, null);
            }
        }
    }

    private static Achievement ratioInversion(double target, double actual, String note) {
        if (target <= 0) {
            return Achievement.of(actual <= target ? 100 : 0, "The target is zero or negative: met or not met");
        }
        if (actual <= 0) {
            return Achievement.atCap("The actual is zero: the target is beaten as far as the cap allows");
        }
        return Achievement.of(target / actual * 100, note);
    }

    static Achievement inRange(double lower, double upper, double actual) {
        if (lower > upper) {
            return Achievement.none("The range's lower bound is above its upper bound");
        }
        if (actual >= lower && actual <= upper) {
            return Achievement.of(100);
        }
        double bound = actual < lower ? lower : upper;
        double scale = Math.abs(bound) > 0 ? Math.abs(bound) : (upper - lower > 0 ? upper - lower : 1);
        return Achievement.of(100 * (1 - Math.abs(actual - bound) / scale), "Outside the target range");
    }
}
