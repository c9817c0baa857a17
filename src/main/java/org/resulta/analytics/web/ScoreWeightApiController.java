package org.resulta.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resulta.analytics.ScoreWeights;
import org.resulta.analytics.UnitWeightView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/v1/analytics/units/{code}/sub-unit-weights")
@Tag(name = "Analyses")
class ScoreWeightApiController {

    private final ScoreWeights weights;

    ScoreWeightApiController(ScoreWeights weights) {
        this.weights = weights;
    }

    /** The new weight of a sub-unit in its parent's score. */
    record WeightRequest(BigDecimal weight) {
    }

    @GetMapping
    @Operation(summary = "How much each sub-unit of the unit counts in the unit's score (1 unless set)")
    List<UnitWeightView> subUnitWeights(@PathVariable String code) {
        return weights.subUnitWeights(code);
    }

    @PutMapping("/{subUnitCode}")
    @Operation(summary = "Set how much a sub-unit counts in the unit's score: a positive number of at most 1000")
    UnitWeightView weighSubUnit(@PathVariable String code, @PathVariable String subUnitCode,
                                @RequestBody WeightRequest request) {
        return weights.weighSubUnit(code, subUnitCode, request.weight());
    }
}
