package org.resulta.measurement;

/**
 * A report moved in its approval workflow (submitted, verified, approved, locked, returned, reopened). The ledger
 * chains the approvals; reminders and views refresh on it.
 */
public record ReportStateChanged(String dataSetCode, String unitCode, String period, ApprovalState from,
                                 ApprovalState to, String actor, String reason) {
}
