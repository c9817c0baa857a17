package org.resulta.organisation.domain;

import org.resulta.organisation.OrgUnitView;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which units a unit chooser lists. A small tree is listed whole. A national one (ten thousand offices) cannot be:
 * the list would weigh more than the page and still be cut somewhere. It then lists the top levels that fit in half
 * the allowance, and around the unit chosen its ancestors, its siblings and its sub-units: choosing a unit and
 * showing it brings the level below into the list, so every unit is two or three choices away.
 */
final class UnitChoices {

    private UnitChoices() {
    }

    /**
     * @param live   the units that may be chosen, in pre-order
     * @param chosen the unit chosen now, or null
     * @param limit  how many units a whole tree may have to be listed whole
     */
    static List<OrgUnitView> around(List<OrgUnitView> live, OrgUnitView chosen, int limit) {
        if (live.size() <= limit) {
            return live;
        }
        TreeMap<Integer, Integer> perLevel = new TreeMap<>();
        live.forEach(u -> perLevel.merge(u.level(), 1, Integer::sum));
        int deepest = perLevel.firstKey();
        int listed = 0;
        for (var level : perLevel.entrySet()) {
            listed += level.getValue();
            if (listed > limit / 2 && level.getKey() > perLevel.firstKey()) {
                break;
            }
            deepest = level.getKey();
        }
        Set<Long> near = new HashSet<>();
        if (chosen != null) {
            near.addAll(chosen.ancestorIds());
            near.add(chosen.id());
            int children = 0;
            int siblings = 0;
            for (OrgUnitView u : live) {
                if (chosen.code().equals(u.parentCode()) && children++ < limit / 2) {
                    near.add(u.id());
                } else if (chosen.parentCode() != null && Objects.equals(chosen.parentCode(), u.parentCode())
                        && siblings++ < limit / 4) {
                    near.add(u.id());
                }
            }
        }
        int top = deepest;
        return live.stream().filter(u -> u.level() <= top || near.contains(u.id())).toList();
    }
}
