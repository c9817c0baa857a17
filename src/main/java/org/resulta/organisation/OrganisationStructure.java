package org.resulta.organisation;

import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** Reads and changes the organisation tree, within the signed-in user's scope. */
public interface OrganisationStructure {

    /** How many units a unit chooser lists before it abridges the tree (see {@link #unitChoices}). */
    int CHOICES_UP_TO = 400;

    /** Units in the caller's scope that match the query, in tree order. */
    @PreAuthorize("hasAuthority('ORG_READ') and (#query.under() == null or hasPermission(#query.under(), 'OrgUnit', 'ORG_READ'))")
    Page<OrgUnitView> list(OrgUnitQuery query, PageRequest page);

    @PreAuthorize("hasPermission(#code, 'OrgUnit', 'ORG_READ')")
    OrgUnitView get(String code);

    /** The unit and everything above it, from the root down. */
    @PreAuthorize("hasPermission(#code, 'OrgUnit', 'ORG_READ')")
    List<OrgUnitView> lineage(String code);

    @PreAuthorize("hasPermission(#code, 'OrgUnit', 'DATA_READ')")
    List<OrgUnitView> children(String code);

    /**
     * The units a page's unit chooser offers, in tree order: every live unit of the caller's scope while there are
     * at most {@value #CHOICES_UP_TO}; in a larger tree (a national government of thousands of offices) the top
     * levels that fit, and around the unit chosen ({@code around}, may be null) its ancestors, its siblings and its
     * sub-units, so that any unit is reached by choosing its way down.
     */
    @PreAuthorize("hasAuthority('ORG_READ')")
    List<OrgUnitView> unitChoices(String around);

    /** The units the caller's scope starts from: their scope unit, or every root for a system-wide user. */
    @PreAuthorize("hasAuthority('ORG_READ')")
    List<OrgUnitView> scopeRoots();

    @PreAuthorize("hasPermission(#request.parentCode(), 'OrgUnit', 'ORG_MANAGE')")
    OrgUnitView create(OrgUnitRequest request);

    @PreAuthorize("hasPermission(#code, 'OrgUnit', 'ORG_MANAGE')")
    OrgUnitView change(String code, OrgUnitChange change);

    /** Moves a unit and its subtree under a new parent; a move under its own subtree is refused. */
    @PreAuthorize("hasPermission(#code, 'OrgUnit', 'ORG_MANAGE') and hasPermission(#newParentCode, 'OrgUnit', 'ORG_MANAGE')")
    OrgUnitView move(String code, String newParentCode);

    /** Retires a unit that has no active sub-units; it stays in the tree, marked retired, with the reason. */
    @PreAuthorize("hasPermission(#code, 'OrgUnit', 'ORG_MANAGE')")
    OrgUnitView retire(String code, String reason);
}
