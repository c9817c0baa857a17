package org.resulta.measurement.web;

import org.resulta.identity.CurrentUser;
import org.resulta.measurement.ReportView;
import org.resulta.measurement.ReportingCycle;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.shared.DomainException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.resulta.web.FormErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The overdue board of a unit's reports for a period, and the buttons that move a report through approval. */
@Controller
class ReportingPageController {

    private final ReportingCycle reporting;
    private final OrganisationStructure organisation;
    private final CurrentUser currentUser;
    private final PeriodCalendar calendar;

    ReportingPageController(ReportingCycle reporting, OrganisationStructure organisation, CurrentUser currentUser,
                            PeriodCalendar calendar) {
        this.reporting = reporting;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    @GetMapping("/reports")
    String board(@RequestParam(required = false) String unit, @RequestParam(required = false) String period, Model model) {
        String unitCode = unit != null && !unit.isBlank() ? unit : defaultUnit();
        String periodCode = period != null && !period.isBlank() ? calendar.parse(period).code()
                : calendar.containing(LocalDate.now(), PeriodType.MONTHLY).previous().code();
        return page(model, unitCode, periodCode, FormErrors.none());
    }

    @PostMapping("/reports/{dataSet}/{unit}/{period}/{step}")
    String step(@PathVariable String dataSet, @PathVariable String unit, @PathVariable String period,
                @PathVariable String step, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String board, Model model, RedirectAttributes redirect) {
        String boardUnit = board == null || board.isBlank() ? unit : board;
        Supplier<ReportView> action = switch (step) {
            case "submit" -> () -> reporting.submit(dataSet, unit, period);
            case "verify" -> () -> reporting.verify(dataSet, unit, period);
            case "approve" -> () -> reporting.approve(dataSet, unit, period);
            case "lock" -> () -> reporting.lock(dataSet, unit, period);
            case "return" -> () -> reporting.returnForCorrection(dataSet, unit, period, reason);
            case "reopen" -> () -> reporting.reopen(dataSet, unit, period, reason);
            default -> throw new org.resulta.shared.NotFoundException("step", "report step", step);
        };
        try {
            ReportView report = action.get();
            redirect.addFlashAttribute("notice", report.dataSetName() + " of " + report.unitName() + ", "
                    + report.periodLabel() + ": " + report.status().label().toLowerCase() + ".");
            return "redirect:" + UriComponentsBuilder.fromPath("/reports").queryParam("unit", boardUnit)
                    .queryParam("period", period).encode().toUriString();
        } catch (DomainException e) {
            return page(model, boardUnit, period, FormErrors.of(e));
        }
    }

    private String page(Model model, String unitCode, String periodCode, FormErrors errors) {
        List<ReportView> reports = reporting.board(unitCode, periodCode);
        Map<String, Long> counts = new LinkedHashMap<>();
        reports.forEach(r -> counts.merge(r.status().label(), 1L, Long::sum));
        model.addAttribute("section", "reports");
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("period", calendar.parse(periodCode));
        model.addAttribute("reports", reports);
        model.addAttribute("counts", counts);
        model.addAttribute("errors", errors);
        model.addAttribute("units", organisation.unitChoices(unitCode));
        Map<String, List<Period>> periods = new LinkedHashMap<>();
        periods.put("Months", calendar.containing(LocalDate.now(), PeriodType.MONTHLY).andPrevious(24));
        periods.put("Quarters", calendar.containing(LocalDate.now(), PeriodType.QUARTERLY).andPrevious(8));
        model.addAttribute("periods", periods);
        return "measurement/reports";
    }

    private String defaultUnit() {
        var me = currentUser.require();
        if (me.scopeUnitCode() != null) {
            return me.scopeUnitCode();
        }
        return organisation.scopeRoots().stream().findFirst().map(OrgUnitView::code)
                .orElseThrow(() -> new AccessDeniedException("No unit in scope"));
    }
}
