package org.resulta.measurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.resulta.measurement.ConstantRequest;
import org.resulta.measurement.ConstantView;
import org.resulta.measurement.FormulaConstants;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1/constants")
@Tag(name = "Measurement", description = "Indicators, periods, targets and actuals")
class ConstantApiController {

    private final FormulaConstants constants;

    ConstantApiController(FormulaConstants constants) {
        this.constants = constants;
    }

    @GetMapping
    @Operation(summary = "The named constants formulas use as C{code} or C{dhis2Uid}, with the formulas using each")
    List<ConstantView> constants() {
        return constants.constants();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One constant, by code or DHIS2 uid")
    ConstantView constant(@PathVariable String code) {
        return constants.constant(code);
    }

    @PostMapping
    @Operation(summary = "Create a constant (system-wide administrators)")
    ResponseEntity<ConstantView> create(@Valid @RequestBody ConstantRequest request) {
        ConstantView created = constants.createConstant(request);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/constants/" + created.code()))
                .body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a constant's value, name, description or DHIS2 uid: formulas compute with it at once")
    ConstantView change(@PathVariable String code, @Valid @RequestBody ConstantRequest request) {
        return constants.changeConstant(code, request);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Delete a constant no formula uses (409 naming the formulas otherwise)")
    ResponseEntity<Void> delete(@PathVariable String code) {
        constants.deleteConstant(code);
        return ResponseEntity.noContent().build();
    }
}
