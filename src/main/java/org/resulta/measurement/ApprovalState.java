package org.resulta.measurement;

/** Where a data set's report for one unit and period stands; only an OPEN report's values can change. */
public enum ApprovalState {
    OPEN, SUBMITTED, VERIFIED, APPROVED, LOCKED
}
