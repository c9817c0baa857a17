package org.resulta.results.domain;

import org.resulta.results.PlanStatus;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;

/**
 * A plan as stored, with the rules of its life cycle: only a draft takes structural changes, only a draft is
 * approved, only an approved plan is revised (with a reason).
 */
record PlanRecord(long id, String code, long ownerUnitId, String frameworkCode, int startYear, int endYear,
                  PlanStatus status) {

    void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new ConflictException("planCode", "plan-approved", "Plan '" + code
                    + "' is approved; revise it (back to draft, with a reason) before changing its results chain");
        }
    }

    void requireApprovable() {
        if (status == PlanStatus.APPROVED) {
            throw new ConflictException("status", "plan-approved", "Plan '" + code + "' is already approved");
        }
    }

    void requireRevisable(String reason) {
        if (status != PlanStatus.APPROVED) {
            throw new ConflictException("status", "plan-not-approved", "Plan '" + code + "' is a draft already");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "required", "Give a reason for revising an approved plan");
        }
    }

    static void checkYears(int startYear, int endYear) {
        if (endYear < startYear) {
            throw new InvalidValueException("endYear", "year-order", "The plan ends (" + endYear
                    + ") before it starts (" + startYear + ")");
        }
        if (endYear - startYear > 30) {
            throw new InvalidValueException("endYear", "plan-horizon", "A plan covers at most 30 years, not "
                    + (endYear - startYear + 1));
        }
    }
}
