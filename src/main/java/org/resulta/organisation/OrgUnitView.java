package org.resulta.organisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An org unit as the rest of Resulta sees it. {@code preOrder} and {@code subtreeSize} give the range of its
 * subtree; {@code level} is 1 for a root.
 */
public record OrgUnitView(long id, String code, String name, OrgUnitType type, String parentCode, int level,
                          String path, int preOrder, int subtreeSize, LocalDate validFrom, LocalDate validTo,
                          OffsetDateTime retiredAt, String retiredReason) {

    public boolean isRetired() {
        return retiredAt != null;
    }

    public boolean contains(OrgUnitView other) {
        return other.preOrder >= preOrder && other.preOrder < preOrder + subtreeSize;
    }

    public boolean isLeaf() {
        return subtreeSize == 1;
    }

    /** The ids of the units above this one, from the root down (read from the path). */
    public List<Long> ancestorIds() {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && Long.parseLong(part) != id) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    /** One past the last pre-order number of the subtree. */
    public int subtreeEnd() {
        return preOrder + subtreeSize;
    }
}
