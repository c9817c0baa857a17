package org.resulta.results;

/** A plan is drafted, then approved; an approved plan is revised by returning it to draft with a reason. */
public enum PlanStatus {
    DRAFT, APPROVED
}
