package org.resulta.measurement.domain;

import org.resulta.measurement.ApprovalState;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;

import java.util.Map;
import java.util.Set;

import static org.resulta.measurement.ApprovalState.APPROVED;
import static org.resulta.measurement.ApprovalState.LOCKED;
import static org.resulta.measurement.ApprovalState.OPEN;
import static org.resulta.measurement.ApprovalState.SUBMITTED;
import static org.resulta.measurement.ApprovalState.VERIFIED;

/** The approval workflow of a report as a table of allowed steps. Plain Java. */
final class ApprovalWorkflow {

    enum Step {
        SUBMIT(Set.of(OPEN), SUBMITTED, false),
        VERIFY(Set.of(SUBMITTED), VERIFIED, false),
        APPROVE(Set.of(VERIFIED), APPROVED, false),
        LOCK(Set.of(APPROVED), LOCKED, false),
        RETURN(Set.of(SUBMITTED, VERIFIED), OPEN, true),
        REOPEN(Set.of(APPROVED, LOCKED), OPEN, true);

        private final Set<ApprovalState> from;
        private final ApprovalState to;
        private final boolean needsReason;

        Step(Set<ApprovalState> from, ApprovalState to, boolean needsReason) {
            this.from = from;
            this.to = to;
            this.needsReason = needsReason;
        }
    }

    private static final Map<ApprovalState, String> HINT = Map.of(
            OPEN, "submit it first",
            SUBMITTED, "it waits for verification by the unit's head",
            VERIFIED, "it waits for approval",
            APPROVED, "it is approved; lock it, or reopen it with a reason",
            LOCKED, "it is locked; only reopening with a reason changes it");

    private ApprovalWorkflow() {
    }

    /** The state after the step, or a refusal that names the current state and what can be done. */
    static ApprovalState next(ApprovalState current, Step step, String reason, String report) {
        if (!step.from.contains(current)) {
            throw new ConflictException("state", "workflow-" + step.name().toLowerCase(), "Cannot "
                    + step.name().toLowerCase() + " report " + report + ": it is " + current.name().toLowerCase()
                    + " (" + HINT.get(current) + ")");
        }
        if (step.needsReason && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", "reason-required", "Give a reason to "
                    + step.name().toLowerCase() + " report " + report);
        }
        return step.to;
    }
}
