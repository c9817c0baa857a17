package org.resulta.measurement.web;

import jakarta.validation.Valid;
import org.resulta.identity.CurrentUser;
import org.resulta.measurement.RuleImportance;
import org.resulta.measurement.RuleOperator;
import org.resulta.measurement.ValidationRuleRequest;
import org.resulta.measurement.ValidationRules;
import org.resulta.shared.DomainException;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.resulta.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/** Validation rules: the list, the form that defines one, and a check of a unit's subtree for a period on demand. */
@Controller
class ValidationPageController {

    private final ValidationRules validation;
    private final CurrentUser currentUser;
    private final PeriodCalendar calendar;

    ValidationPageController(ValidationRules validation, CurrentUser currentUser, PeriodCalendar calendar) {
        this.validation = validation;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    @GetMapping("/validation")
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String period, Model model) {
        String owner = currentUser.require().scopeUnitCode();
        ValidationRuleRequest blank = new ValidationRuleRequest(null, null, null, null, RuleOperator.LESS_THAN_OR_EQUAL_TO,
                null, RuleImportance.WARNING, PeriodType.MONTHLY, owner);
        if (unit != null && !unit.isBlank() && period != null && !period.isBlank()) {
            model.addAttribute("checked", validation.checkSubtree(unit, calendar.parse(period).code()));
        }
        return page(model, blank, FormErrors.none(), unit, period);
    }

    @PostMapping("/validation")
    String define(@Valid @ModelAttribute("rule") ValidationRuleRequest request, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, request, FormErrors.of(binding), null, null);
        }
        try {
            validation.define(request);
            redirect.addFlashAttribute("notice", "Rule " + request.code() + " defined.");
            return "redirect:/validation";
        } catch (DomainException e) {
            return page(model, request, FormErrors.of(e), null, null);
        }
    }

    private String page(Model model, ValidationRuleRequest rule, FormErrors errors, String unit, String period) {
        model.addAttribute("section", "validation");
        model.addAttribute("rules", validation.rules());
        model.addAttribute("rule", rule);
        model.addAttribute("errors", errors);
        model.addAttribute("operators", RuleOperator.values());
        model.addAttribute("importances", RuleImportance.values());
        model.addAttribute("periodTypes", PeriodType.values());
        model.addAttribute("unit", unit);
        model.addAttribute("period", period != null ? period
                : calendar.containing(LocalDate.now(), PeriodType.MONTHLY).previous().code());
        return "measurement/validation";
    }
}
