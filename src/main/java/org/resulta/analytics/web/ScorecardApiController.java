package org.resulta.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resulta.analytics.IndicatorSeries;
import org.resulta.analytics.ScorecardView;
import org.resulta.analytics.Scorecards;
import org.resulta.analytics.SubUnitRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Scorecards", description = "Achievement and status rolled up the organisation and over time")
class ScorecardApiController {

    private final Scorecards scorecards;

    ScorecardApiController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping("/scorecards/{unit}")
    @Operation(summary = "A unit's scorecard for a period (default: the latest quarter that has ended)")
    ScorecardView scorecard(@PathVariable String unit, @RequestParam(required = false) String period) {
        return scorecards.scorecard(unit, period == null || period.isBlank() ? scorecards.defaultPeriod() : period);
    }

    @GetMapping("/indicators/{code}/series")
    @Operation(summary = "Targets and actuals of an indicator for a unit over consecutive periods")
    IndicatorSeries series(@PathVariable String code, @RequestParam String unit,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return scorecards.series(code, unit, from, to);
    }

    @GetMapping("/indicators/{code}/sub-units")
    @Operation(summary = "An indicator's figures for a unit and each of its direct sub-units")
    List<SubUnitRow> bySubUnit(@PathVariable String code, @RequestParam String unit, @RequestParam String period) {
        return scorecards.bySubUnit(code, unit, period);
    }
}
