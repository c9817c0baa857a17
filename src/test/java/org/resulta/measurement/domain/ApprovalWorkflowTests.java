package org.resulta.measurement.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resulta.measurement.ApprovalState;
import org.resulta.measurement.ReportingStatus;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalWorkflowTests {

    @ParameterizedTest
    @CsvSource({
            "OPEN, SUBMIT, SUBMITTED", "SUBMITTED, VERIFY, VERIFIED", "VERIFIED, APPROVE, APPROVED",
            "APPROVED, LOCK, LOCKED", "SUBMITTED, RETURN, OPEN", "VERIFIED, RETURN, OPEN",
            "APPROVED, REOPEN, OPEN", "LOCKED, REOPEN, OPEN"})
    void movesAlongTheAllowedSteps(ApprovalState from, ApprovalWorkflow.Step step, ApprovalState to) {
        assertThat(ApprovalWorkflow.next(from, step, "a reason", "R")).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
            "OPEN, VERIFY", "OPEN, APPROVE", "OPEN, LOCK", "OPEN, RETURN", "OPEN, REOPEN", "SUBMITTED, SUBMIT",
            "SUBMITTED, APPROVE", "VERIFIED, LOCK", "APPROVED, RETURN", "LOCKED, SUBMIT", "LOCKED, RETURN"})
    void refusesAStepThatDoesNotStartFromTheCurrentState(ApprovalState from, ApprovalWorkflow.Step step) {
        assertThatThrownBy(() -> ApprovalWorkflow.next(from, step, "a reason", "DS|U|2026-01"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("DS|U|2026-01").hasMessageContaining(from.name().toLowerCase());
    }

    @Test
    void asksForAReasonToReturnOrReopen() {
        assertThatThrownBy(() -> ApprovalWorkflow.next(ApprovalState.SUBMITTED, ApprovalWorkflow.Step.RETURN, " ", "R"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> ApprovalWorkflow.next(ApprovalState.LOCKED, ApprovalWorkflow.Step.REOPEN, null, "R"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void judgesAnOpenReportAgainstItsDueAndClosingDates() {
        LocalDate due = LocalDate.of(2026, 2, 10);
        LocalDate closes = LocalDate.of(2026, 3, 31);
        assertThat(ReportingService.status(ApprovalState.OPEN, 0, 5, due, closes, due, false)).isEqualTo(ReportingStatus.NOT_DUE);
        assertThat(ReportingService.status(ApprovalState.OPEN, 2, 5, due, closes, due, false)).isEqualTo(ReportingStatus.IN_PROGRESS);
        assertThat(ReportingService.status(ApprovalState.OPEN, 0, 5, due, closes, due.plusDays(1), false)).isEqualTo(ReportingStatus.MISSING);
        assertThat(ReportingService.status(ApprovalState.OPEN, 5, 5, due, closes, due.plusDays(1), false)).isEqualTo(ReportingStatus.OVERDUE);
        assertThat(ReportingService.status(ApprovalState.OPEN, 5, 5, due, closes, closes.plusDays(1), false)).isEqualTo(ReportingStatus.CLOSED);
        assertThat(ReportingService.status(ApprovalState.OPEN, 5, 5, due, closes, closes.plusDays(1), true)).isEqualTo(ReportingStatus.OVERDUE);
        assertThat(ReportingService.status(ApprovalState.OPEN, 0, 5, due, null, due.plusYears(5), false)).isEqualTo(ReportingStatus.MISSING);
        assertThat(ReportingService.status(ApprovalState.LOCKED, 0, 5, due, closes, closes.plusDays(9), false)).isEqualTo(ReportingStatus.LOCKED);
    }
}
