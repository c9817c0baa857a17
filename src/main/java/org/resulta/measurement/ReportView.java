package org.resulta.measurement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One report: a data set for one unit and period, with how many of its values are in, its approval state and its
 * status against the due date. {@code closesOn} is null when entry never closes.
 */
public record ReportView(String dataSetCode, String dataSetName, String unitCode, String unitName, String period,
                         String periodLabel, LocalDate dueDate, LocalDate closesOn, int valuesEntered,
                         int valuesExpected, ApprovalState state, ReportingStatus status, boolean late,
                         String stateReason, String changedBy, OffsetDateTime changedAt) {
}
