package org.resulta.analytics.web;

import org.resulta.analytics.ScorecardView;
import org.resulta.analytics.Scorecards;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.SignedInUser;
import org.resulta.measurement.ReportingCycle;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.shared.PeriodCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

/** The scorecard pages: the home page shows the user's own unit; drill down through sub-units. */
@Controller
class ScorecardPageController {

    private final Scorecards scorecards;
    private final OrganisationStructure organisation;
    private final CurrentUser currentUser;
    private final PeriodChoices periods;
    private final PeriodCalendar calendar;
    private final JsonMapper json;
    private final ReportingCycle reporting;

    ScorecardPageController(Scorecards scorecards, OrganisationStructure organisation, CurrentUser currentUser,
                            PeriodChoices periods, PeriodCalendar calendar, JsonMapper json, ReportingCycle reporting) {
        this.reporting = reporting;
        this.scorecards = scorecards;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.periods = periods;
        this.calendar = calendar;
        this.json = json;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String period, Model model) {
        SignedInUser me = currentUser.require();
        String unit = me.scopeUnitCode() != null ? me.scopeUnitCode()
                : organisation.scopeRoots().stream().findFirst().map(OrgUnitView::code).orElse(null);
        if (unit == null) {
            model.addAttribute("section", "scorecard");
            return "analytics/empty";
        }
        model.addAttribute("reminders", reporting.reminders());
        return scorecard(unit, period, model);
    }

    /** The filter form posts the unit as a parameter; the scorecard's address names it in the path. */
    @GetMapping("/scorecards")
    String choose(@RequestParam String unit, @RequestParam(required = false) String period) {
        return "redirect:" + UriComponentsBuilder.fromPath("/scorecards/{unit}").queryParamIfPresent("period",
                java.util.Optional.ofNullable(period).filter(p -> !p.isBlank())).buildAndExpand(unit).encode().toUriString();
    }

    @GetMapping("/scorecards/{unit}")
    String scorecard(@PathVariable String unit, @RequestParam(required = false) String period, Model model) {
        String chosen = period == null || period.isBlank() ? scorecards.defaultPeriod() : calendar.parse(period).code();
        ScorecardView card = scorecards.scorecard(unit, chosen);
        model.addAttribute("section", "scorecard");
        model.addAttribute("card", card);
        model.addAttribute("lineage", organisation.lineage(unit));
        model.addAttribute("units", organisation.unitChoices(unit));
        model.addAttribute("periods", periods.around(LocalDate.now()));
        model.addAttribute("subUnitChart", card.subUnits().isEmpty() ? null : json.writeValueAsString(ChartOptions.statusBySubUnit(card)));
        model.addAttribute("achievementChart", json.writeValueAsString(ChartOptions.achievementByIndicator(card)));
        model.addAttribute("chartHeight", Math.max(320, 28 * card.lines().size() + 80));
        return "analytics/scorecard";
    }
}
