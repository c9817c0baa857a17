package org.resulta.measurement.calculation;

/**
 * The status of an indicator for a unit and period:
 * <ol>
 * <li>no actual: {@link Status#NOT_DUE} while the period runs, else {@link Status#NO_TARGET} without a target,
 * else {@link Status#NO_DATA};</li>
 * <li>an actual but no target (or a narrative one): {@link Status#NO_TARGET};</li>
 * <li>both: achievement, capped, classified green / amber / red by the {@link TrafficLightPolicy}.</li>
 * </ol>
 */
public final class StatusRule {

    private StatusRule() {
    }

    public static Assessment assess(Direction direction, AchievementMethod method, TargetSpec target, Double actual,
                                    Double baseline, boolean periodEnded, TrafficLightPolicy policy) {
        if (actual == null) {
            if (!periodEnded) {
                return new Assessment(null, Status.NOT_DUE, null);
            }
            return new Assessment(null, target == null ? Status.NO_TARGET : Status.NO_DATA, null);
        }
        if (target == null || target.type() == TargetType.NARRATIVE) {
            return new Assessment(null, Status.NO_TARGET, null);
        }
        Achievement achievement = AchievementPolicy.achievement(direction, method, target, actual, baseline);
        if (!achievement.isDefined()) {
            return new Assessment(null, Status.NO_DATA, achievement.note());
        }
        double capped = achievement.beyondCap() ? policy.cap() : policy.capped(achievement.percent());
        return new Assessment(capped, policy.classify(capped), achievement.note());
    }
}
