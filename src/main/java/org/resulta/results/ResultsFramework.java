package org.resulta.results;

import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;

import java.math.BigDecimal;

/**
 * Plans and their results chains. Reading needs PLAN_READ on a unit related to the plan's owner (above or
 * below it); changing needs PLAN_MANAGE on the owner unit's subtree. Structure changes need a draft plan.
 */
public interface ResultsFramework {

    /** Plans whose owner unit is related to the caller's scope, newest first. */
    @PreAuthorize("hasAuthority('PLAN_READ')")
    Page<PlanView> plans(String ownerUnitCode, PageRequest page);

    @PreAuthorize("hasPermission(#code, 'Plan', 'PLAN_READ')")
    PlanView plan(String code);

    @PreAuthorize("hasPermission(#code, 'Plan', 'PLAN_READ')")
    ResultsChainView chain(String code);

    @PreAuthorize("hasPermission(#code, 'ResultNode', 'PLAN_READ')")
    ResultNodeView node(String code);

    @PreAuthorize("hasPermission(#request.ownerUnitCode(), 'OrgUnit', 'PLAN_MANAGE')")
    PlanView createPlan(PlanRequest request);

    @PreAuthorize("hasPermission(#code, 'Plan', 'PLAN_MANAGE')")
    PlanView changePlan(String code, PlanChange change);

    @PreAuthorize("hasPermission(#code, 'Plan', 'PLAN_MANAGE')")
    PlanView approvePlan(String code);

    /** Returns an approved plan to draft so that its chain can change; the reason is kept. */
    @PreAuthorize("hasPermission(#code, 'Plan', 'PLAN_MANAGE')")
    PlanView revisePlan(String code, String reason);

    @PreAuthorize("hasPermission(#planCode, 'Plan', 'PLAN_MANAGE')")
    ResultNodeView addNode(String planCode, ResultNodeRequest request);

    @PreAuthorize("hasPermission(#code, 'ResultNode', 'PLAN_MANAGE')")
    ResultNodeView changeNode(String code, ResultNodeChange change);

    /**
     * Records that {@code fromCode} contributes to {@code toCode} with {@code weight} in its score (null: 1 for a new
     * link, unchanged for an existing one); refused unless it points up the chain or when the weight is not a
     * positive number of at most 1000. Linking again changes the weight.
     */
    @PreAuthorize("hasPermission(#fromCode, 'ResultNode', 'PLAN_MANAGE')")
    ResultLinkView link(String fromCode, String toCode, BigDecimal weight);

    /** Changes the weight of an existing link; refused when the two are not linked or the weight breaks the rule. */
    @PreAuthorize("hasPermission(#fromCode, 'ResultNode', 'PLAN_MANAGE')")
    ResultLinkView changeLinkWeight(String fromCode, String toCode, BigDecimal weight);

    @PreAuthorize("hasPermission(#fromCode, 'ResultNode', 'PLAN_MANAGE')")
    void unlink(String fromCode, String toCode);

    @PreAuthorize("hasPermission(#planCode, 'Plan', 'PLAN_MANAGE')")
    ProgramView addProgram(String planCode, ProgramRequest request);

    @PreAuthorize("hasPermission(#nodeCode, 'ResultNode', 'PLAN_MANAGE')")
    AssumptionView addAssumption(String nodeCode, AssumptionRequest request);
}
