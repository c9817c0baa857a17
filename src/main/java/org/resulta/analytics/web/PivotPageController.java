package org.resulta.analytics.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.resulta.analytics.AnalyticsCell;
import org.resulta.analytics.AnalyticsDimensions;
import org.resulta.analytics.AnalyticsQueries;
import org.resulta.analytics.AnalyticsQuery;
import org.resulta.analytics.AnalyticsResult;
import org.resulta.analytics.Scorecards;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.SignedInUser;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.organisation.UnitGroups;
import org.resulta.shared.DomainException;
import org.resulta.shared.PageRequest;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pivot table: indicators, a unit (alone, with its sub-units, its subtree, one level of it or the members of a
 * unit group within it), a range of
 * periods, disaggregations; any dimension down the rows and another across the columns; value, target,
 * achievement or status in the cells. The CSV export is the same table.
 */
@Controller
class PivotPageController {

    private final AnalyticsQueries queries;
    private final Scorecards scorecards;
    private final OrganisationStructure organisation;
    private final UnitGroups groups;
    private final IndicatorCatalog catalog;
    private final CurrentUser currentUser;
    private final PeriodCalendar calendar;
    private final int maxPageCells;

    PivotPageController(AnalyticsQueries queries, Scorecards scorecards, OrganisationStructure organisation,
                        UnitGroups groups, IndicatorCatalog catalog, CurrentUser currentUser, PeriodCalendar calendar,
                        @Value("${resulta.analytics.pivot-max-cells:5000}") int maxPageCells) {
        this.queries = queries;
        this.scorecards = scorecards;
        this.organisation = organisation;
        this.groups = groups;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.maxPageCells = maxPageCells;
    }

    @GetMapping("/analytics/pivot")
    String pivot(PivotForm submitted, Model model) {
        PivotForm form = withDefaults(submitted);
        model.addAttribute("section", "pivot");
        model.addAttribute("form", form);
        model.addAttribute("units", organisation.unitChoices(form.unit()));
        model.addAttribute("groups", groups.list(false, new PageRequest(0, 500)).items());
        model.addAttribute("dimensions", Pivot.Dimension.values());
        model.addAttribute("measures", Pivot.Measure.values());
        if (form.unit() == null) {
            model.addAttribute("errors", FormErrors.none());
            return "analytics/pivot";
        }
        model.addAttribute("indicatorChoices", catalog.indicatorsForUnit(form.unit()));
        FormErrors errors = FormErrors.none();
        try {
            AnalyticsResult result = queries.query(form.query(), new PageRequest(0, maxPageCells));
            if (result.total() > result.items().size()) {
                model.addAttribute("tooLarge", "The table would have " + result.total() + " cells; a page shows at most "
                        + maxPageCells + ". Narrow the query, or download it as CSV.");
            } else {
                model.addAttribute("pivot", layout(form, result.dimensions(), result.items()));
            }
            model.addAttribute("csvUrl", form.address("/analytics/pivot.csv"));
        } catch (DomainException e) {
            errors = FormErrors.of(e);
        }
        model.addAttribute("errors", errors);
        return "analytics/pivot";
    }

    @GetMapping("/analytics/pivot.csv")
    void csv(PivotForm submitted, HttpServletResponse response) throws IOException {
        PivotForm form = withDefaults(submitted);
        List<AnalyticsCell> cells = new ArrayList<>();
        AnalyticsDimensions[] dimensions = new AnalyticsDimensions[1];
        queries.stream(form.query(), new AnalyticsQueries.CellSink() {
            @Override
            public void start(AnalyticsDimensions resolved) {
                dimensions[0] = resolved;
            }

            @Override
            public void accept(AnalyticsCell cell) {
                cells.add(cell);
            }
        });
        Pivot pivot = layout(form, dimensions[0], cells);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resulta-pivot.csv\"");
        List<String> header = new ArrayList<>();
        pivot.rowDimensions().forEach(d -> header.add(d.label()));
        pivot.columns().forEach(c -> header.add(CellsCsv.text(c.name())));
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Pivot.Row row : pivot.rows()) {
                List<String> line = new ArrayList<>();
                row.headers().forEach(h -> line.add(CellsCsv.text(h)));
                for (AnalyticsCell cell : row.cells()) {
                    line.add(cell == null ? "" : pivot.measure() == Pivot.Measure.STATUS ? cell.status().label()
                            : CellsCsv.number(pivot.measure().number(cell)));
                }
                csv.printRecord(line);
            }
        }
    }

    private static Pivot layout(PivotForm form, AnalyticsDimensions dimensions, List<AnalyticsCell> cells) {
        return Pivot.of(dimensions, cells, Pivot.Dimension.parse(form.rows(), Pivot.Dimension.INDICATOR),
                Pivot.Dimension.parse(form.columns(), Pivot.Dimension.PERIOD), Pivot.Measure.parse(form.measure()));
    }

    private PivotForm withDefaults(PivotForm submitted) {
        SignedInUser me = currentUser.require();
        String defaultUnit = me.scopeUnitCode() != null ? me.scopeUnitCode()
                : organisation.scopeRoots().stream().findFirst().map(OrgUnitView::code).orElse(null);
        PivotForm form = submitted == null ? new PivotForm(null, null, null, null, null, null, null, null, null, null, null, null)
                : submitted;
        Period period = calendar.parse(scorecards.defaultPeriod());
        return form.withDefaults(defaultUnit, period.code(), calendar);
    }
}
