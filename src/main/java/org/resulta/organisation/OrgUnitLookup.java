package org.resulta.organisation;

import java.util.List;
import java.util.Optional;

/**
 * Unchecked reads of the hierarchy for other modules' services, which check scope on their own facades first.
 * Never expose it to a controller.
 */
public interface OrgUnitLookup {

    Optional<OrgUnitView> find(String code);

    Optional<OrgUnitView> find(long id);

    /** The unit and all units below it, in pre-order. */
    List<OrgUnitView> subtree(long id);

    List<OrgUnitView> children(long id);

    /** Every unit, in pre-order. */
    List<OrgUnitView> all();

    /**
     * The members of the unit group with this code (retired or not), in pre-order, whatever the caller's scope;
     * empty when no group has this code.
     */
    Optional<List<OrgUnitView>> groupMembers(String groupCode);
}
