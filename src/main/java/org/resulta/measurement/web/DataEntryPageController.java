package org.resulta.measurement.web;

import org.resulta.identity.CurrentUser;
import org.resulta.identity.SignedInUser;
import org.resulta.measurement.ActualView;
import org.resulta.measurement.DataEntrySheet;
import org.resulta.measurement.EntryError;
import org.resulta.measurement.EntryLine;
import org.resulta.measurement.InvalidEntriesException;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.ReportingCycle;
import org.resulta.measurement.ValidationRules;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.shared.DomainException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.resulta.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data entry: a unit's actuals for one period on one form, saved all together or not at all, with every
 * refused value explained next to its input.
 */
@Controller
class DataEntryPageController {

    private final PerformanceData data;
    private final OrganisationStructure organisation;
    private final CurrentUser currentUser;
    private final PeriodCalendar calendar;
    private final ReportingCycle reporting;
    private final ValidationRules validation;

    DataEntryPageController(PerformanceData data, OrganisationStructure organisation, CurrentUser currentUser,
                            PeriodCalendar calendar, ReportingCycle reporting, ValidationRules validation) {
        this.reporting = reporting;
        this.validation = validation;
        this.data = data;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    @GetMapping("/data-entry")
    String sheet(@RequestParam(required = false) String unit, @RequestParam(required = false) String period, Model model) {
        SignedInUser me = currentUser.require();
        String unitCode = unit != null && !unit.isBlank() ? unit : defaultUnit(me);
        String periodCode = period != null && !period.isBlank() ? calendar.parse(period).code()
                : calendar.containing(LocalDate.now(), PeriodType.MONTHLY).code();
        DataEntrySheet sheet = data.entrySheet(unitCode, periodCode);
        EntryForm form = new EntryForm();
        form.setUnit(sheet.unitCode());
        form.setPeriod(sheet.period());
        for (DataEntrySheet.Row row : sheet.rows()) {
            if (row.cells().isEmpty()) {
                form.getRows().add(formRow(row.indicator().code(), null, row.actual()));
            } else {
                row.cells().forEach(cell -> form.getRows().add(formRow(row.indicator().code(), cell.combo().code(), cell.actual())));
            }
        }
        return page(model, sheet, form, FormErrors.none());
    }

    @PostMapping("/data-entry")
    String save(@ModelAttribute EntryForm form, Model model, RedirectAttributes redirect) {
        DataEntrySheet sheet = data.entrySheet(form.getUnit(), form.getPeriod());
        Map<String, String> typing = new HashMap<>();
        List<EntryLine> lines = new ArrayList<>();
        for (EntryForm.Row r : form.getRows()) {
            lines.add(new EntryLine(r.getIndicatorCode(), number(r.getValue(), r.getKey() + ".value", typing),
                    number(r.getNumerator(), r.getKey() + ".numerator", typing),
                    number(r.getDenominator(), r.getKey() + ".denominator", typing), r.getText(), r.getComment(),
                    r.getOptionCombo()));
        }
        FormErrors errors = FormErrors.none();
        if (!typing.isEmpty()) {
            List<EntryError> list = typing.entrySet().stream().map(e -> {
                String item = e.getKey().substring(0, e.getKey().lastIndexOf('.'));
                String field = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
                String[] parts = item.split("@", 2);
                return new EntryError(parts[0], parts.length > 1 ? parts[1] : null, field, "number-format", e.getValue());
            }).toList();
            errors.add(new InvalidEntriesException(list));
            return page(model, sheet, form, errors);
        }
        try {
            List<ActualView> saved = data.recordActuals(form.getUnit(), form.getPeriod(), lines);
            long entered = lines.stream().filter(l -> !l.isBlank()).count();
            redirect.addFlashAttribute("notice", "Saved " + entered + " value" + (entered == 1 ? "" : "s") + " for "
                    + sheet.unitName() + ", " + sheet.periodLabel() + " (" + saved.size() + " on record for this period).");
            return "redirect:" + UriComponentsBuilder.fromPath("/data-entry").queryParam("unit", form.getUnit())
                    .queryParam("period", form.getPeriod()).encode().toUriString();
        } catch (DomainException e) {
            return page(model, sheet, form, errors.add(e));
        }
    }

    private static EntryForm.Row formRow(String indicatorCode, String combo, ActualView actual) {
        EntryForm.Row r = new EntryForm.Row();
        r.setIndicatorCode(indicatorCode);
        r.setOptionCombo(combo);
        if (actual != null) {
            r.setValue(plain(actual.numerator() == null ? actual.value() : null));
            r.setNumerator(plain(actual.numerator()));
            r.setDenominator(plain(actual.denominator()));
            r.setText(actual.text());
            r.setComment(actual.comment());
        }
        return r;
    }

    private String page(Model model, DataEntrySheet sheet, EntryForm form, FormErrors errors) {
        Map<String, DataEntrySheet.Row> rows = new LinkedHashMap<>();
        sheet.rows().forEach(r -> rows.put(r.indicator().code(), r));
        model.addAttribute("section", "entry");
        model.addAttribute("sheet", sheet);
        model.addAttribute("rows", rows);
        Map<String, String> comboNames = new HashMap<>();
        sheet.rows().forEach(r -> r.cells().forEach(c -> comboNames.put(r.indicator().code() + "@" + c.combo().code(), c.combo().name())));
        model.addAttribute("comboNames", comboNames);
        model.addAttribute("violations", sheet.rows().isEmpty() ? List.of() : validation.check(sheet.unitCode(), sheet.period()));
        model.addAttribute("reports", reporting.board(sheet.unitCode(), sheet.period()).stream()
                .filter(r -> r.unitCode().equals(sheet.unitCode())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", organisation.unitChoices(sheet.unitCode()));
        model.addAttribute("periods", choices());
        return "measurement/data-entry";
    }

    private Map<String, List<Period>> choices() {
        LocalDate today = LocalDate.now();
        Map<String, List<Period>> groups = new LinkedHashMap<>();
        groups.put("Months", calendar.containing(today, PeriodType.MONTHLY).andPrevious(24));
        groups.put("Quarters", calendar.containing(today, PeriodType.QUARTERLY).andPrevious(8));
        groups.put("Years", calendar.containing(today, PeriodType.YEARLY).andPrevious(3));
        return groups;
    }

    private String defaultUnit(SignedInUser me) {
        if (me.scopeUnitCode() != null) {
            return me.scopeUnitCode();
        }
        return organisation.scopeRoots().stream().findFirst().map(OrgUnitView::code)
                .orElseThrow(() -> new org.resulta.shared.NotFoundException("unit", "org unit", "(none yet)"));
    }

    /** Reads a typed number, allowing thousands separators; records a message when it is not a number. */
    static BigDecimal number(String typed, String key, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String cleaned = typed.trim().replace(",", "").replace(" ", "").replace("\u00a0", "");
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            problems.put(key, key.substring(0, key.lastIndexOf('.')) + ": '" + typed.trim() + "' is not a number");
            return null;
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
