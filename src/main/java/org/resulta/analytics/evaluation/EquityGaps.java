package org.resulta.analytics.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Gaps and ratios between disaggregation groups (issue 4 part 4; DOMAIN.md 14 on equity and inclusion), each group
 * against a reference that is either one of the groups (male, the richest quintile) or a value of its own (the
 * national figure for regions). A gap is flagged when it widened, period on period, by more than
 * {@code wideningThreshold} in the indicator's unit, whichever side of the reference the group is on.
 */
public final class EquityGaps {

    private final double wideningThreshold;

    /** @param wideningThreshold how much wider a gap may grow in one period before it is flagged (0: any widening) */
    public EquityGaps(double wideningThreshold) {
        if (!Double.isFinite(wideningThreshold) || wideningThreshold < 0) {
            throw new IllegalArgumentException("The widening threshold is zero or more, not " + wideningThreshold);
        }
        this.wideningThreshold = wideningThreshold;
    }

    /** Each group but the reference against the group named {@code referenceGroup}. */
    public List<EquityGap> against(String referenceGroup, List<GroupValue> groups) {
        GroupValue reference = groups.stream().filter(g -> g.group().equals(referenceGroup)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No group " + referenceGroup + " to compare with"));
        return against(reference, groups.stream().filter(g -> g != reference).toList());
    }

    /** Each group against a reference of its own (the national value, say). */
    public List<EquityGap> against(GroupValue reference, List<GroupValue> groups) {
        List<EquityGap> gaps = new ArrayList<>(groups.size());
        for (GroupValue group : groups) {
            gaps.add(gap(group, reference));
        }
        return gaps;
    }

    private EquityGap gap(GroupValue group, GroupValue reference) {
        String name = group.group();
        String against = reference.group();
        if (!Double.isFinite(group.current()) || !Double.isFinite(reference.current())) {
            return new EquityGap(name, against, null, null, null, null, false,
                    "No value this period for " + (Double.isFinite(group.current()) ? against : name));
        }
        double gap = group.current() - reference.current();
        Double ratio = reference.current() == 0 ? null : group.current() / reference.current();
        List<String> notes = new ArrayList<>();
        if (ratio == null) {
            notes.add("The reference is zero: no ratio");
        }
        Double previousGap = null;
        Double widening = null;
        if (Double.isFinite(group.previous()) && Double.isFinite(reference.previous())) {
            previousGap = group.previous() - reference.previous();
            widening = Math.abs(gap) - Math.abs(previousGap);
        } else {
            notes.add("No value the period before: cannot tell whether the gap widened");
        }
        boolean flagged = widening != null && widening > wideningThreshold;
        return new EquityGap(name, against, gap, ratio, previousGap, widening, flagged,
                notes.isEmpty() ? null : String.join("; ", notes));
    }
}
