package org.resulta.measurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.resulta.measurement.ActualRequest;
import org.resulta.measurement.ActualView;
import org.resulta.measurement.DataEntrySheet;
import org.resulta.measurement.EntryLine;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorQuery;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.StatusPolicies;
import org.resulta.measurement.StatusPolicyRequest;
import org.resulta.measurement.StatusPolicyView;
import org.resulta.measurement.TargetRequest;
import org.resulta.measurement.TargetView;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Measurement", description = "Indicators, periods, targets and actuals")
class MeasurementApiController {

    private final IndicatorCatalog catalog;
    private final PerformanceData data;
    private final StatusPolicies policies;
    private final PeriodCalendar calendar;
    private final int maxPageSize;

    MeasurementApiController(IndicatorCatalog catalog, PerformanceData data, StatusPolicies policies,
                             PeriodCalendar calendar, @Value("${resulta.api.max-page-size:500}") int maxPageSize) {
        this.catalog = catalog;
        this.data = data;
        this.policies = policies;
        this.calendar = calendar;
        this.maxPageSize = maxPageSize;
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    /** A period read from its text form, with its dates. */
    record PeriodView(String code, String type, String label, LocalDate start, LocalDate end) {
        static PeriodView of(Period p) {
            return new PeriodView(p.code(), p.type().name(), p.label(), p.start(), p.end());
        }
    }

    @GetMapping("/periods/{code}")
    @Operation(summary = "Read a period's text form (2026-03, 2026Q1, 2026S1, 2026, FY2026) and give its dates")
    PeriodView period(@PathVariable String code) {
        return PeriodView.of(calendar.parse(code));
    }

    @GetMapping("/periods/{code}/parts")
    @Operation(summary = "The periods of a finer type that make up a period, such as the months of a quarter")
    List<PeriodView> parts(@PathVariable String code, @RequestParam org.resulta.shared.PeriodType type) {
        return calendar.parse(code).split(type).stream().map(PeriodView::of).toList();
    }

    @GetMapping("/indicators")
    Page<IndicatorView> indicators(@RequestParam(required = false) String plan,
                                   @RequestParam(required = false) String result,
                                   @RequestParam(required = false) String search,
                                   @RequestParam(defaultValue = "false") boolean includeRetired,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "100") int size) {
        return catalog.indicators(new IndicatorQuery(plan, result, search, includeRetired),
                new PageRequest(page, size).capped(maxPageSize));
    }

    @GetMapping("/indicators/{code}")
    IndicatorView indicator(@PathVariable String code) {
        return catalog.indicator(code);
    }

    @PostMapping("/indicators")
    ResponseEntity<IndicatorView> define(@Valid @RequestBody IndicatorRequest request) {
        IndicatorView created = catalog.define(request);
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.code())).body(created);
    }

    @PutMapping("/indicators/{code}")
    IndicatorView change(@PathVariable String code, @Valid @RequestBody IndicatorRequest request) {
        return catalog.change(code, request);
    }

    @PostMapping("/indicators/{code}/retire")
    IndicatorView retire(@PathVariable String code, @Valid @RequestBody ReasonRequest request) {
        return catalog.retire(code, request.reason());
    }

    @GetMapping("/indicators/{code}/targets")
    List<TargetView> targets(@PathVariable String code, @RequestParam String unit) {
        return data.targets(code, unit);
    }

    @PutMapping("/indicators/{code}/targets")
    @Operation(summary = "Set (or replace) the target of a unit for a period")
    TargetView setTarget(@PathVariable String code, @Valid @RequestBody TargetRequest request) {
        return data.setTarget(code, request);
    }

    @GetMapping("/indicators/{code}/actuals")
    List<ActualView> actuals(@PathVariable String code, @RequestParam String unit) {
        return data.actuals(code, unit);
    }

    @PutMapping("/indicators/{code}/actuals")
    @Operation(summary = "Record (or correct) the actual of a unit for a period")
    ActualView recordActual(@PathVariable String code, @Valid @RequestBody ActualRequest request) {
        return data.recordActual(code, request);
    }

    @GetMapping("/data-entry/{unit}/{period}")
    @Operation(summary = "What a unit reports for a period, with targets and the actuals so far")
    DataEntrySheet entrySheet(@PathVariable String unit, @PathVariable String period) {
        return data.entrySheet(unit, period);
    }

    @PutMapping("/data-entry/{unit}/{period}")
    @Operation(summary = "Save a period's actuals for a unit: all lines or none")
    List<ActualView> enter(@PathVariable String unit, @PathVariable String period,
                           @RequestBody List<@Valid EntryLine> lines) {
        return data.recordActuals(unit, period, lines);
    }

    @GetMapping("/status-policies")
    @Operation(summary = "Versions of the traffic-light thresholds, newest first")
    List<StatusPolicyView> policies() {
        return policies.history();
    }

    @GetMapping("/status-policies/current")
    StatusPolicyView currentPolicy() {
        return policies.inForce(LocalDate.now());
    }

    @PostMapping("/status-policies")
    ResponseEntity<StatusPolicyView> publish(@Valid @RequestBody StatusPolicyRequest request) {
        return ResponseEntity.status(201).body(policies.publish(request));
    }
}
