package org.resulta.analytics.web;

import org.resulta.analytics.IndicatorSeries;
import org.resulta.analytics.PerformanceAnalyses;
import org.resulta.analytics.TrendView;
import org.resulta.analytics.Scorecards;
import org.resulta.analytics.SubUnitRow;
import org.resulta.framework.FrameworkPacks;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.SignedInUser;
import org.resulta.measurement.FormulaIndicators;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorView;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.shared.PeriodCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

/**
 * An indicator's page: its definition, targets against actuals over time as a chart with breaks and outliers
 * marked, the year projected to its end against the annual target, and a chart and table by sub-unit.
 */
@Controller
class IndicatorPerformancePageController {

    private final IndicatorCatalog catalog;
    private final Scorecards scorecards;
    private final OrganisationStructure organisation;
    private final CurrentUser currentUser;
    private final PeriodChoices periods;
    private final PeriodCalendar calendar;
    private final JsonMapper json;
    private final FrameworkPacks packs;
    private final FormulaIndicators formulas;
    private final PerformanceAnalyses analyses;

    IndicatorPerformancePageController(IndicatorCatalog catalog, Scorecards scorecards, OrganisationStructure organisation,
                            CurrentUser currentUser, PeriodChoices periods, PeriodCalendar calendar, JsonMapper json,
                            FrameworkPacks packs, FormulaIndicators formulas, PerformanceAnalyses analyses) {
        this.packs = packs;
        this.formulas = formulas;
        this.analyses = analyses;
        this.catalog = catalog;
        this.scorecards = scorecards;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.periods = periods;
        this.calendar = calendar;
        this.json = json;
    }

    @GetMapping("/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String unit,
                     @RequestParam(required = false) String period, Model model) {
        IndicatorView indicator = catalog.indicator(code);
        String unitCode = unit != null && !unit.isBlank() ? unit : defaultUnit(indicator);
        String chosen = period == null || period.isBlank() ? scorecards.defaultPeriod() : calendar.parse(period).code();
        OrgUnitView shown = organisation.get(unitCode);
        IndicatorSeries series = scorecards.series(code, unitCode, null, null);
        List<SubUnitRow> rows = scorecards.bySubUnit(code, unitCode, chosen);
        model.addAttribute("section", "indicators");
        model.addAttribute("indicator", indicator);
        model.addAttribute("formula", formulas.formula(code).orElse(null));
        model.addAttribute("pack", packs.get(indicator.frameworkCode()));
        model.addAttribute("unit", shown);
        model.addAttribute("period", calendar.parse(chosen));
        model.addAttribute("periods", periods.around(LocalDate.now()));
        model.addAttribute("series", series);
        TrendView trend = analyses.trend(code, unitCode, chosen);
        model.addAttribute("trend", trend);
        model.addAttribute("seriesChart", json.writeValueAsString(
                AnalysisCharts.markSeries(ChartOptions.series(series, shown.name()), trend)));
        model.addAttribute("projectionChart", json.writeValueAsString(AnalysisCharts.projection(trend)));
        model.addAttribute("subUnitChart", rows.size() > 1
                ? json.writeValueAsString(AnalysisCharts.subUnitComparison(rows, calendar.parse(chosen).label())) : null);
        model.addAttribute("rows", rows);
        model.addAttribute("sample", rows.isEmpty() ? null : rows.get(0).line());
        return "analytics/indicator";
    }

    /** The user's own unit when the indicator applies to it, otherwise the unit that owns the indicator. */
    private String defaultUnit(IndicatorView indicator) {
        SignedInUser me = currentUser.require();
        if (me.scopeUnitCode() == null) {
            return indicator.ownerUnitCode();
        }
        OrgUnitView mine = organisation.get(me.scopeUnitCode());
        OrgUnitView owner = organisation.get(indicator.ownerUnitCode());
        return owner.contains(mine) ? mine.code() : owner.code();
    }
}
