package org.resulta.analytics.web;

import org.resulta.analytics.EquityBasis;
import org.resulta.analytics.EquityView;
import org.resulta.analytics.PerformanceAnalyses;
import org.resulta.analytics.StrategyBasis;
import org.resulta.analytics.StrategyView;
import org.resulta.analytics.evaluation.ImprovementStrategy;
import org.resulta.analytics.evaluation.ScoreMethod;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.SignedInUser;
import org.resulta.organisation.OrgUnitQuery;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The analysis pages: the five improvement strategies, equity gaps between groups, scores up the chain. */
@Controller
class AnalysisPageController {

    private final PerformanceAnalyses analyses;
    private final OrganisationStructure organisation;
    private final CurrentUser currentUser;
    private final PeriodChoices periods;
    private final JsonMapper json;

    AnalysisPageController(PerformanceAnalyses analyses, OrganisationStructure organisation, CurrentUser currentUser,
                           PeriodChoices periods, JsonMapper json) {
        this.analyses = analyses;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.periods = periods;
        this.json = json;
    }

    @GetMapping("/analytics/strategies")
    String strategies(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                      @RequestParam(required = false) StrategyBasis basis, @RequestParam(required = false) String output,
                      @RequestParam(required = false) String input, @RequestParam(required = false) String outcome,
                      Model model) {
        StrategyView view = analyses.strategies(unitOrOwn(unit), period, basis, output, input, outcome);
        Map<ImprovementStrategy, Long> counts = new EnumMap<>(ImprovementStrategy.class);
        for (ImprovementStrategy s : ImprovementStrategy.values()) {
            counts.put(s, view.rows().stream().filter(r -> r.strategy() == s).count());
        }
        common(model, "strategies");
        model.addAttribute("view", view);
        model.addAttribute("strategies", counts);
        model.addAttribute("matrixChart", json.writeValueAsString(AnalysisCharts.strategyMatrix(view)));
        return "analytics/strategies";
    }

    /**
     * The filter form sends the indicator and groups it was showing ({@code shown}); when the user picks others,
     * the groups, reference and threshold chosen for the old ones are dropped rather than refused.
     */
    @GetMapping("/analytics/equity")
    String equity(@RequestParam(required = false) String unit, @RequestParam(required = false) String indicator,
                  @RequestParam(required = false) String period, @RequestParam(required = false) EquityBasis basis,
                  @RequestParam(required = false) String reference, @RequestParam(required = false) Double threshold,
                  @RequestParam(required = false) String shown, Model model) {
        boolean sameIndicator = shown == null || shown.startsWith(indicator + "|");
        boolean sameGroups = shown == null || shown.equals(indicator + "|" + basis);
        EquityView view = analyses.equity(unitOrOwn(unit), indicator, period, sameIndicator ? basis : null,
                sameGroups ? reference : null, sameGroups ? threshold : null);
        common(model, "equity");
        model.addAttribute("view", view);
        model.addAttribute("equityChart", json.writeValueAsString(AnalysisCharts.equityBars(view)));
        return "analytics/equity";
    }

    @GetMapping("/analytics/scores")
    String scores(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                  @RequestParam(required = false) ScoreMethod method, Model model) {
        common(model, "scores");
        model.addAttribute("view", analyses.scores(unitOrOwn(unit), period, method));
        model.addAttribute("methods", ScoreMethod.values());
        return "analytics/scores";
    }

    private void common(Model model, String tab) {
        model.addAttribute("section", "analyses");
        model.addAttribute("tab", tab);
        model.addAttribute("units", unitChoices());
        model.addAttribute("periods", periods.around(LocalDate.now()));
    }

    /** The unit asked for, else the user's own, else the first unit of the tree. */
    private String unitOrOwn(String unit) {
        if (unit != null && !unit.isBlank()) {
            return unit;
        }
        SignedInUser me = currentUser.require();
        return me.scopeUnitCode() != null ? me.scopeUnitCode()
                : organisation.scopeRoots().stream().findFirst().map(OrgUnitView::code).orElseThrow();
    }

    private List<OrgUnitView> unitChoices() {
        return organisation.list(OrgUnitQuery.all(), new PageRequest(0, 2000)).items();
    }
}
