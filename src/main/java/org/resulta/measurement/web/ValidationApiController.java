package org.resulta.measurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.resulta.measurement.RuleViolation;
import org.resulta.measurement.ValidationRuleRequest;
import org.resulta.measurement.ValidationRuleView;
import org.resulta.measurement.ValidationRules;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Validation", description = "Validation rules over indicator values, and outlier flags")
class ValidationApiController {

    private final ValidationRules validation;

    ValidationApiController(ValidationRules validation) {
        this.validation = validation;
    }

    @GetMapping("/validation-rules")
    List<ValidationRuleView> rules() {
        return validation.rules();
    }

    @PostMapping("/validation-rules")
    @Operation(summary = "Define a rule 'leftSide operator rightSide' over indicator expressions")
    ResponseEntity<ValidationRuleView> define(@Valid @RequestBody ValidationRuleRequest request) {
        return ResponseEntity.status(201).body(validation.define(request));
    }

    @GetMapping("/validation/{unit}/{period}")
    @Operation(summary = "Run the rules and the outlier check on demand: the unit, or with subtree=true every unit below it")
    List<RuleViolation> check(@PathVariable String unit, @PathVariable String period,
                              @RequestParam(defaultValue = "false") boolean subtree) {
        return subtree ? validation.checkSubtree(unit, period) : validation.check(unit, period);
    }
}
