package org.resulta.organisation;

import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * Organisation unit groups: named sets of units across the tree ("Island provinces", "Conflict-affected areas").
 * Anyone who may read the organisation reads the groups, each showing only the members inside the reader's
 * scope; groups span the whole government, so only a system-wide administrator (ORG_MANAGE with no scope unit)
 * creates and changes them.
 */
public interface UnitGroups {

    /** Groups by code; retired ones only when asked. */
    @PreAuthorize("hasAuthority('ORG_READ')")
    Page<UnitGroupSummary> list(boolean includeRetired, PageRequest page);

    /** A group with the members the caller may read. */
    @PreAuthorize("hasAuthority('ORG_READ')")
    UnitGroupView get(String code);

    @PreAuthorize("hasPermission(null, 'OrgUnit', 'ORG_MANAGE')")
    UnitGroupView create(UnitGroupRequest request);

    /** Renames a group or changes its description. */
    @PreAuthorize("hasPermission(null, 'OrgUnit', 'ORG_MANAGE')")
    UnitGroupView change(String code, UnitGroupChange change);

    /** Makes the group's members exactly these units. */
    @PreAuthorize("hasPermission(null, 'OrgUnit', 'ORG_MANAGE')")
    UnitGroupView replaceMembers(String code, List<String> unitCodes);

    @PreAuthorize("hasPermission(null, 'OrgUnit', 'ORG_MANAGE')")
    UnitGroupView addMember(String code, String unitCode);

    @PreAuthorize("hasPermission(null, 'OrgUnit', 'ORG_MANAGE')")
    UnitGroupView removeMember(String code, String unitCode);

    /** Retires a group: it stays readable, with the reason, but can no longer change. */
    @PreAuthorize("hasPermission(null, 'OrgUnit', 'ORG_MANAGE')")
    UnitGroupView retire(String code, String reason);
}
