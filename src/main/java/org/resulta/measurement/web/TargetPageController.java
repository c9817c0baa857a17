package org.resulta.measurement.web;

import org.resulta.identity.CurrentUser;
import org.resulta.measurement.EntryError;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.InvalidEntriesException;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.TargetLine;
import org.resulta.measurement.TargetView;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.shared.DomainException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.resulta.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Targets of one indicator for one unit and year: the year and each of its periods at the indicator's frequency. */
@Controller
class TargetPageController {

    private final IndicatorCatalog catalog;
    private final PerformanceData data;
    private final CurrentUser currentUser;
    private final PeriodCalendar calendar;

    TargetPageController(IndicatorCatalog catalog, PerformanceData data, CurrentUser currentUser, PeriodCalendar calendar) {
        this.catalog = catalog;
        this.data = data;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    @GetMapping("/indicators/{code}/targets")
    String targets(@PathVariable String code, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) Integer year, Model model) {
        IndicatorView indicator = catalog.indicator(code);
        String unitCode = unit != null && !unit.isBlank() ? unit
                : currentUser.require().scopeUnitCode() != null ? currentUser.require().scopeUnitCode() : indicator.ownerUnitCode();
        int chosenYear = year != null ? year : Year.now().getValue();
        Map<String, TargetView> existing = data.targets(code, unitCode).stream()
                .collect(Collectors.toMap(TargetView::period, Function.identity()));
        TargetForm form = new TargetForm();
        form.setUnit(unitCode);
        form.setYear(chosenYear);
        for (Period p : periods(indicator, chosenYear)) {
            TargetForm.Row row = new TargetForm.Row();
            row.setPeriod(p.code());
            TargetView t = existing.get(p.code());
            row.setType(t != null ? t.type().name() : defaultType(indicator).name());
            if (t != null) {
                row.setValue(plain(t.value()));
                row.setUpperValue(plain(t.upperValue()));
                row.setNarrative(t.narrative());
            }
            form.getRows().add(row);
        }
        return page(model, indicator, form, FormErrors.none());
    }

    @PostMapping("/indicators/{code}/targets")
    String save(@PathVariable String code, @ModelAttribute TargetForm form, Model model, RedirectAttributes redirect) {
        IndicatorView indicator = catalog.indicator(code);
        List<TargetLine> lines = new ArrayList<>();
        List<EntryError> typing = new ArrayList<>();
        for (TargetForm.Row row : form.getRows()) {
            if (row.isBlank()) {
                continue;
            }
            TargetType type;
            try {
                type = TargetType.valueOf(row.getType());
            } catch (RuntimeException e) {
                typing.add(new EntryError(code, row.getPeriod(), "type", "target-type", "Choose how the target of " + row.getPeriod() + " is read"));
                continue;
            }
            lines.add(new TargetLine(code, row.getPeriod(), type, number(row.getValue(), code, row.getPeriod(), "value", typing),
                    number(row.getUpperValue(), code, row.getPeriod(), "upperValue", typing), row.getNarrative()));
        }
        try {
            if (!typing.isEmpty()) {
                throw new InvalidEntriesException(typing);
            }
            int saved = data.setTargets(form.getUnit(), lines);
            redirect.addFlashAttribute("notice", "Saved " + saved + " target" + (saved == 1 ? "" : "s") + " for " + form.getUnit() + ".");
            return "redirect:" + UriComponentsBuilder.fromPath("/indicators/{c}/targets").queryParam("unit", form.getUnit())
                    .queryParam("year", form.getYear()).buildAndExpand(code).encode().toUriString();
        } catch (DomainException e) {
            return page(model, indicator, form, FormErrors.of(e));
        }
    }

    private String page(Model model, IndicatorView indicator, TargetForm form, FormErrors errors) {
        model.addAttribute("section", "indicators");
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", TargetType.values());
        int year = form.getYear();
        model.addAttribute("years", List.of(year - 2, year - 1, year, year + 1, year + 2));
        return "measurement/targets";
    }

    /** The year (and financial year) followed by its periods at the indicator's frequency. */
    private List<Period> periods(IndicatorView indicator, int year) {
        List<Period> periods = new ArrayList<>();
        Period whole = indicator.frequency() == PeriodType.FINANCIAL_YEAR ? calendar.parse("FY" + year) : Period.year(year);
        periods.add(whole);
        if (indicator.frequency() != PeriodType.YEARLY && indicator.frequency() != PeriodType.FINANCIAL_YEAR) {
            periods.addAll(whole.split(indicator.frequency()));
        }
        return periods;
    }

    private static TargetType defaultType(IndicatorView indicator) {
        return switch (indicator.measure()) {
            case TEXT -> TargetType.NARRATIVE;
            default -> switch (indicator.direction()) {
                case INCREASE -> TargetType.AT_LEAST;
                case DECREASE -> TargetType.AT_MOST;
                case MAINTAIN -> TargetType.RANGE;
            };
        };
    }

    private static BigDecimal number(String typed, String code, String period, String field, List<EntryError> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new EntryError(code, period, field, "number-format", "'" + typed.trim() + "' is not a number (" + period + ")"));
            return null;
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
