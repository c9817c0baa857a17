package org.resulta.measurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.resulta.measurement.FormulaIndicators;
import org.resulta.measurement.FormulaRequest;
import org.resulta.measurement.FormulaView;
import org.resulta.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/indicators/{code}/formula")
@Tag(name = "Measurement", description = "Indicators, periods, targets and actuals")
class FormulaApiController {

    private final FormulaIndicators formulas;

    FormulaApiController(FormulaIndicators formulas) {
        this.formulas = formulas;
    }

    @GetMapping
    @Operation(summary = "The formula an indicator is computed by (404 when its actuals are typed)")
    FormulaView formula(@PathVariable String code) {
        return formulas.formula(code).orElseThrow(() -> new NotFoundException("code", "formula", code,
                "the indicator takes typed actuals"));
    }

    @PutMapping
    @Operation(summary = "Compute an indicator by a formula over other indicators (numerator / denominator x factor)")
    FormulaView define(@PathVariable String code, @Valid @RequestBody FormulaRequest request) {
        return formulas.defineFormula(code, request);
    }

    @DeleteMapping
    @Operation(summary = "Remove an indicator's formula: it takes typed actuals again")
    ResponseEntity<Void> remove(@PathVariable String code) {
        formulas.removeFormula(code);
        return ResponseEntity.noContent().build();
    }
}
