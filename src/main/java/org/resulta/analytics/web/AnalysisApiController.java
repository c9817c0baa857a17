package org.resulta.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resulta.analytics.EquityBasis;
import org.resulta.analytics.EquityView;
import org.resulta.analytics.PerformanceAnalyses;
import org.resulta.analytics.ScoreView;
import org.resulta.analytics.StrategyBasis;
import org.resulta.analytics.evaluation.ScoreMethod;
import org.resulta.analytics.StrategyView;
import org.resulta.analytics.TrendView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analyses", description = "The five improvement strategies with value for money, equity gaps, scores up the chain, trend with projection")
class AnalysisApiController {

    private final PerformanceAnalyses analyses;

    AnalysisApiController(PerformanceAnalyses analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/strategies")
    @Operation(summary = "How outputs moved against inputs, period on period: by program (basis=PROGRAMS) or by sub-unit "
            + "for one output and one input (basis=SUB_UNITS); default period: the last year that has ended")
    StrategyView strategies(@RequestParam String unit, @RequestParam(required = false) String period,
                            @RequestParam(required = false) StrategyBasis basis,
                            @RequestParam(required = false) String output, @RequestParam(required = false) String input,
                            @RequestParam(required = false) String outcome) {
        return analyses.strategies(unit, period, basis, output, input, outcome);
    }

    @GetMapping("/equity")
    @Operation(summary = "Gaps and ratios between an indicator's groups (basis=GROUPS: its disaggregation; SUB_UNITS: "
            + "regions), this period against the one before, flagged when wider by more than the threshold")
    EquityView equity(@RequestParam String unit, @RequestParam(required = false) String indicator,
                      @RequestParam(required = false) String period, @RequestParam(required = false) EquityBasis basis,
                      @RequestParam(required = false) String reference, @RequestParam(required = false) Double threshold) {
        return analyses.equity(unit, indicator, period, basis, reference, threshold);
    }

    @GetMapping("/scores")
    @Operation(summary = "Scores rolled up the results chain and from the sub-units, with method, weights and an explanation per score")
    ScoreView scores(@RequestParam String unit, @RequestParam(required = false) String period,
                     @RequestParam(required = false) ScoreMethod method) {
        return analyses.scores(unit, period, method);
    }

    @GetMapping("/trend")
    @Operation(summary = "An indicator's year so far, projected to the year end against the annual target, with breaks and outliers")
    TrendView trend(@RequestParam String indicator, @RequestParam String unit,
                    @RequestParam(required = false) String period) {
        return analyses.trend(indicator, unit, period);
    }
}
