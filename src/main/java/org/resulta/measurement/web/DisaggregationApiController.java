package org.resulta.measurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.resulta.measurement.CategoryRequest;
import org.resulta.measurement.CategoryView;
import org.resulta.measurement.DisaggregationRequest;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.Disaggregations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Disaggregation", description = "Categories (sex, age group, ...) and the disaggregations indicators are broken down by")
class DisaggregationApiController {

    private final Disaggregations disaggregations;

    DisaggregationApiController(Disaggregations disaggregations) {
        this.disaggregations = disaggregations;
    }

    @GetMapping("/categories")
    List<CategoryView> categories() {
        return disaggregations.categories();
    }

    @PostMapping("/categories")
    ResponseEntity<CategoryView> defineCategory(@Valid @RequestBody CategoryRequest request) {
        return ResponseEntity.status(201).body(disaggregations.defineCategory(request));
    }

    @GetMapping("/disaggregations")
    List<DisaggregationView> disaggregations() {
        return disaggregations.disaggregations();
    }

    @GetMapping("/disaggregations/{code}")
    DisaggregationView disaggregation(@PathVariable String code) {
        return disaggregations.disaggregation(code);
    }

    @PostMapping("/disaggregations")
    @Operation(summary = "Define a disaggregation by categories; its option combinations are generated")
    ResponseEntity<DisaggregationView> defineDisaggregation(@Valid @RequestBody DisaggregationRequest request) {
        DisaggregationView created = disaggregations.defineDisaggregation(request);
        return ResponseEntity.created(URI.create("/api/v1/disaggregations/" + created.code())).body(created);
    }
}
