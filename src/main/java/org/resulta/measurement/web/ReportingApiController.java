package org.resulta.measurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.resulta.measurement.DataSetRequest;
import org.resulta.measurement.DataSetView;
import org.resulta.measurement.ReportView;
import org.resulta.measurement.ReportingCycle;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reporting cycle", description = "Data sets, the overdue board and the approval of reports")
class ReportingApiController {

    private final ReportingCycle reporting;

    ReportingApiController(ReportingCycle reporting) {
        this.reporting = reporting;
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    record ExceptionRequest(@NotNull LocalDate openUntil, @NotBlank String reason) {
    }

    @GetMapping("/data-sets")
    List<DataSetView> dataSets() {
        return reporting.dataSets();
    }

    @GetMapping("/data-sets/{code}")
    DataSetView dataSet(@PathVariable String code) {
        return reporting.dataSet(code);
    }

    @PostMapping("/data-sets")
    ResponseEntity<DataSetView> define(@Valid @RequestBody DataSetRequest request) {
        DataSetView created = reporting.define(request);
        return ResponseEntity.created(URI.create("/api/v1/data-sets/" + created.code())).body(created);
    }

    @GetMapping("/reports")
    @Operation(summary = "The overdue board: every report due for the period from the units at or below a unit")
    List<ReportView> board(@RequestParam String unit, @RequestParam String period) {
        return reporting.board(unit, period);
    }

    @GetMapping("/reports/{dataSet}/{unit}/{period}")
    ReportView report(@PathVariable String dataSet, @PathVariable String unit, @PathVariable String period) {
        return reporting.report(dataSet, unit, period);
    }

    @GetMapping("/me/reminders")
    @Operation(summary = "Reports waiting for you: to enter, verify or approve")
    List<ReportView> reminders() {
        return reporting.reminders();
    }

    @PostMapping("/reports/{dataSet}/{unit}/{period}/submit")
    ReportView submit(@PathVariable String dataSet, @PathVariable String unit, @PathVariable String period) {
        return reporting.submit(dataSet, unit, period);
    }

    @PostMapping("/reports/{dataSet}/{unit}/{period}/verify")
    ReportView verify(@PathVariable String dataSet, @PathVariable String unit, @PathVariable String period) {
        return reporting.verify(dataSet, unit, period);
    }

    @PostMapping("/reports/{dataSet}/{unit}/{period}/approve")
    ReportView approve(@PathVariable String dataSet, @PathVariable String unit, @PathVariable String period) {
        return reporting.approve(dataSet, unit, period);
    }

    @PostMapping("/reports/{dataSet}/{unit}/{period}/lock")
    ReportView lock(@PathVariable String dataSet, @PathVariable String unit, @PathVariable String period) {
        return reporting.lock(dataSet, unit, period);
    }

    @PostMapping("/reports/{dataSet}/{unit}/{period}/return")
    @Operation(summary = "Send a submitted or verified report back for correction, with a reason")
    ReportView returnForCorrection(@PathVariable String dataSet, @PathVariable String unit, @PathVariable String period,
                                   @Valid @RequestBody ReasonRequest request) {
        return reporting.returnForCorrection(dataSet, unit, period, request.reason());
    }

    @PostMapping("/reports/{dataSet}/{unit}/{period}/reopen")
    @Operation(summary = "Reopen an approved or locked report, with a reason")
    ReportView reopen(@PathVariable String dataSet, @PathVariable String unit, @PathVariable String period,
                      @Valid @RequestBody ReasonRequest request) {
        return reporting.reopen(dataSet, unit, period, request.reason());
    }

    @PostMapping("/reports/{dataSet}/{unit}/{period}/exception")
    @Operation(summary = "Open entry after expiry for this unit and period until a date")
    ReportView grantException(@PathVariable String dataSet, @PathVariable String unit, @PathVariable String period,
                              @Valid @RequestBody ExceptionRequest request) {
        return reporting.grantException(dataSet, unit, period, request.openUntil(), request.reason());
    }
}
