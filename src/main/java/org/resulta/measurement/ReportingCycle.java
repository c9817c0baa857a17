package org.resulta.measurement;

import org.springframework.security.access.prepost.PreAuthorize;

import java.time.LocalDate;
import java.util.List;

/**
 * Data sets, the overdue board, and the approval workflow of each report (data set x unit x period):
 * open -> submitted (by whoever enters the unit's data) -> verified (the unit's head) -> approved -> locked (both by
 * the unit {@code approvalLevels} levels up). A return sends a submitted or verified report back with a reason;
 * reopening an approved or locked one needs DATA_REOPEN above the unit and a reason. Values change only while open.
 */
public interface ReportingCycle {

    @PreAuthorize("hasAuthority('PLAN_READ')")
    List<DataSetView> dataSets();

    @PreAuthorize("hasAuthority('PLAN_READ')")
    DataSetView dataSet(String code);

    @PreAuthorize("hasPermission(#request.ownerUnitCode(), 'OrgUnit', 'PLAN_MANAGE')")
    DataSetView define(DataSetRequest request);

    /** Every report due for the period from the units at or below {@code unitCode} (period of the data sets' frequency). */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    List<ReportView> board(String unitCode, String period);

    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    ReportView report(String dataSetCode, String unitCode, String period);

    /** Reports that wait for the signed-in user: to enter, to verify or to approve, newest first. */
    @PreAuthorize("isAuthenticated()")
    List<ReportView> reminders();

    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_ENTER')")
    ReportView submit(String dataSetCode, String unitCode, String period);

    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_VERIFY')")
    ReportView verify(String dataSetCode, String unitCode, String period);

    @PreAuthorize("hasPermission(#dataSetCode + '|' + #unitCode, 'Approver', 'DATA_APPROVE')")
    ReportView approve(String dataSetCode, String unitCode, String period);

    @PreAuthorize("hasPermission(#dataSetCode + '|' + #unitCode, 'Approver', 'DATA_APPROVE')")
    ReportView lock(String dataSetCode, String unitCode, String period);

    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_VERIFY') or hasPermission(#dataSetCode + '|' + #unitCode, 'Approver', 'DATA_APPROVE')")
    ReportView returnForCorrection(String dataSetCode, String unitCode, String period, String reason);

    @PreAuthorize("hasPermission(#dataSetCode + '|' + #unitCode, 'Approver', 'DATA_REOPEN')")
    ReportView reopen(String dataSetCode, String unitCode, String period, String reason);

    /** Opens entry after expiry for one unit and period until a date. */
    @PreAuthorize("hasPermission(#dataSetCode + '|' + #unitCode, 'Approver', 'DATA_APPROVE')")
    ReportView grantException(String dataSetCode, String unitCode, String period, LocalDate openUntil, String reason);
}
