package org.resulta.organisation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A group of org units with its members in tree order; {@code members} holds only the units the reader may see
 * (their org-unit scope), so a reader scoped to one department sees that department's members alone.
 */
public record UnitGroupView(String code, String name, String description, List<OrgUnitView> members,
                            OffsetDateTime createdAt, String createdBy, OffsetDateTime changedAt, String changedBy,
                            OffsetDateTime retiredAt, String retiredBy, String retiredReason) {

    public boolean isRetired() {
        return retiredAt != null;
    }

    public boolean hasMember(String unitCode) {
        return members.stream().anyMatch(m -> m.code().equalsIgnoreCase(unitCode));
    }
}
