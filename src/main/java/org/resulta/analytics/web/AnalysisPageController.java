package org.resulta.analytics.web;

import org.resulta.analytics.EquityBasis;
import org.resulta.analytics.EquityView;
import org.resulta.analytics.PerformanceAnalyses;
import org.resulta.analytics.ScoreWeights;
import org.resulta.analytics.StrategyBasis;
import org.resulta.analytics.StrategyView;
import org.resulta.analytics.UnitWeightView;
import org.resulta.analytics.evaluation.ImprovementStrategy;
import org.resulta.analytics.evaluation.ScoreMethod;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.SignedInUser;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.shared.DomainException;
import org.resulta.shared.ScoreWeight;
import org.resulta.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The analysis pages: the five improvement strategies, equity gaps between groups, scores up the chain with the
 * weights of the sub-units (set here by those who manage the unit).
 */
@Controller
class AnalysisPageController {

    private final PerformanceAnalyses analyses;
    private final OrganisationStructure organisation;
    private final CurrentUser currentUser;
    private final PeriodChoices periods;
    private final JsonMapper json;
    private final ScoreWeights weights;

    AnalysisPageController(PerformanceAnalyses analyses, OrganisationStructure organisation, CurrentUser currentUser,
                           PeriodChoices periods, JsonMapper json, ScoreWeights weights) {
        this.weights = weights;
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
        common(model, "strategies", view.unitCode());
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
        common(model, "equity", view.unitCode());
        model.addAttribute("view", view);
        model.addAttribute("equityChart", json.writeValueAsString(AnalysisCharts.equityBars(view)));
        return "analytics/equity";
    }

    @GetMapping("/analytics/scores")
    String scores(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                  @RequestParam(required = false) ScoreMethod method, Model model) {
        return scoresPage(unitOrOwn(unit), period, method, null, FormErrors.none(), model);
    }

    /** Sets a sub-unit's weight in the unit's score; a refusal shows next to that sub-unit's weight input. */
    @PostMapping("/analytics/scores/weights")
    String weighSubUnit(@RequestParam String unit, @RequestParam String subUnit, @RequestParam(required = false) String weight,
                        @RequestParam(required = false) String period, @RequestParam(required = false) ScoreMethod method,
                        Model model, RedirectAttributes redirect) {
        try {
            UnitWeightView saved = weights.weighSubUnit(unit, subUnit, ScoreWeight.parse("weight", weight));
            redirect.addFlashAttribute("notice", saved.unitName() + " now weighs " + saved.weight().toPlainString()
                    + " in the score of " + unit + ".");
        } catch (DomainException e) {
            return scoresPage(unit, period, method, subUnit, FormErrors.of(e), model);
        }
        redirect.addAttribute("unit", unit);
        if (period != null && !period.isBlank()) {
            redirect.addAttribute("period", period);
        }
        if (method != null) {
            redirect.addAttribute("method", method);
        }
        return "redirect:/analytics/scores";
    }

    private String scoresPage(String unit, String period, ScoreMethod method, String refusedSubUnit, FormErrors errors,
                              Model model) {
        common(model, "scores", unit);
        model.addAttribute("view", analyses.scores(unit, period, method));
        model.addAttribute("methods", ScoreMethod.values());
        model.addAttribute("unitWeights", weights.subUnitWeights(unit).stream()
                .collect(Collectors.toMap(UnitWeightView::unitCode, w -> w.weight().toPlainString())));
        model.addAttribute("refusedSubUnit", refusedSubUnit);
        model.addAttribute("errors", errors);
        return "analytics/scores";
    }

    private void common(Model model, String tab, String unit) {
        model.addAttribute("section", "analyses");
        model.addAttribute("tab", tab);
        model.addAttribute("units", organisation.unitChoices(unit));
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
}
