package org.resulta.organisation.domain;

import org.resulta.organisation.OrgUnitView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every org unit in pre-order, indexed by id, code and parent: the tree as one read of the database left it. */
final class UnitTree {

    private final List<OrgUnitView> all;
    private final Map<Long, OrgUnitView> byId = new HashMap<>();
    private final Map<String, OrgUnitView> byCode = new HashMap<>();
    private final Map<Long, List<OrgUnitView>> children = new HashMap<>();
    private final List<OrgUnitView> roots = new ArrayList<>();

    UnitTree(List<OrgUnitView> inPreOrder) {
        this.all = List.copyOf(inPreOrder);
        Map<Long, List<OrgUnitView>> building = new HashMap<>();
        for (OrgUnitView u : all) {
            byId.put(u.id(), u);
            byCode.put(u.code(), u);
        }
        for (OrgUnitView u : all) {
            OrgUnitView parent = u.parentCode() == null ? null : byCode.get(u.parentCode());
            if (parent == null) {
                roots.add(u);
            } else {
                building.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(u);
            }
        }
        building.forEach((parent, list) -> children.put(parent, List.copyOf(list)));
    }

    Optional<OrgUnitView> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<OrgUnitView> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    List<OrgUnitView> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** The unit and everything below it, in pre-order (a slice of the whole list). */
    List<OrgUnitView> subtree(long id) {
        OrgUnitView unit = byId.get(id);
        if (unit == null) {
            return List.of();
        }
        int from = indexOf(unit.preOrder());
        int to = from;
        while (to < all.size() && all.get(to).preOrder() < unit.subtreeEnd()) {
            to++;
        }
        return all.subList(from, to);
    }

    List<OrgUnitView> all() {
        return all;
    }

    List<OrgUnitView> roots() {
        return roots;
    }

    /** The index of the first unit numbered at or after a pre-order number (the list is sorted by it). */
    private int indexOf(int preOrder) {
        int low = 0;
        int high = all.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (all.get(mid).preOrder() < preOrder) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
