package org.resulta.measurement.web;

import jakarta.validation.Valid;
import org.resulta.measurement.Dimension;
import org.resulta.measurement.Disaggregations;
import org.resulta.measurement.FormulaIndicators;
import org.resulta.measurement.FormulaRequest;
import org.resulta.measurement.FormulaView;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorQuery;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.DomainException;
import org.resulta.shared.PageRequest;
import org.resulta.shared.PeriodType;
import org.resulta.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

/** The list of indicators and the form that defines or changes one, with its formula when it is computed. */
@Controller
class IndicatorDefinitionPageController {

    private final IndicatorCatalog catalog;
    private final Disaggregations disaggregations;
    private final FormulaIndicators formulas;

    IndicatorDefinitionPageController(IndicatorCatalog catalog, Disaggregations disaggregations,
                                      FormulaIndicators formulas) {
        this.catalog = catalog;
        this.disaggregations = disaggregations;
        this.formulas = formulas;
    }

    @GetMapping("/indicators")
    String list(@RequestParam(required = false) String plan, @RequestParam(required = false) String result,
                @RequestParam(required = false) String search, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("section", "indicators");
        model.addAttribute("indicators", catalog.indicators(new IndicatorQuery(plan, result, search, false),
                new PageRequest(page, 100)));
        model.addAttribute("plan", plan);
        model.addAttribute("result", result);
        model.addAttribute("search", search);
        return "measurement/indicators";
    }

    @GetMapping("/indicators/new")
    String newIndicator(@RequestParam(required = false) String result, Model model) {
        IndicatorRequest blank = new IndicatorRequest(null, result, null, null, null, null, null, Measure.NUMBER,
                Dimension.QUANTITY, Direction.INCREASE, null, null, PeriodType.QUARTERLY, null, null, null, null, null,
                null, null, null, null, null, AchievementMethod.RATIO);
        return form(model, blank, false, FormErrors.none());
    }

    @PostMapping("/indicators")
    String define(@Valid @ModelAttribute("indicator") IndicatorRequest request, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, request, false, FormErrors.of(binding));
        }
        try {
            IndicatorView created = catalog.define(request);
            redirect.addFlashAttribute("notice", "Defined indicator " + created.code() + ".");
            return "redirect:/indicators/" + created.code();
        } catch (DomainException e) {
            return form(model, request, false, FormErrors.of(e));
        }
    }

    @GetMapping("/indicators/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        IndicatorView i = catalog.indicator(code);
        IndicatorRequest current = new IndicatorRequest(i.code(), i.resultCode(), i.name(), i.definition(), i.method(),
                i.dataSource(), i.unitOfMeasure(), i.measure(), i.dimension(), i.direction(), i.unitAggregation(),
                i.timeAggregation(), i.frequency(), i.decimals(), i.multiplier(), i.numeratorLabel(),
                i.denominatorLabel(), i.currency(), i.minValue(), i.maxValue(), i.baselineValue(), i.baselinePeriod(),
                i.baselineNote(), i.achievementMethod(), i.disaggregationCode(), i.resultWeight());
        return form(model, current, true, FormErrors.none());
    }

    @PostMapping("/indicators/{code}")
    String change(@PathVariable String code, @Valid @ModelAttribute("indicator") IndicatorRequest request,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, request, true, FormErrors.of(binding));
        }
        try {
            catalog.change(code, request);
            redirect.addFlashAttribute("notice", "Saved indicator " + code + ".");
            return "redirect:/indicators/" + code;
        } catch (DomainException e) {
            return form(model, request, true, FormErrors.of(e));
        }
    }

    /** Sets the formula; a refusal shows next to the numerator, denominator or factor, naming the term at fault. */
    @PostMapping("/indicators/{code}/formula")
    String defineFormula(@PathVariable String code, @Valid @ModelAttribute("formula") FormulaRequest request,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = binding.hasErrors() ? FormErrors.of(binding) : null;
        if (errors == null) {
            try {
                formulas.defineFormula(code, request);
                redirect.addFlashAttribute("notice", "Saved the formula of " + code
                        + ": its actuals are now computed from the indicators it references.");
                return "redirect:/indicators/" + code + "/edit";
            } catch (DomainException e) {
                errors = FormErrors.of(e);
            }
        }
        model.addAttribute("formulaErrors", errors);
        return edit(code, model);
    }

    @PostMapping("/indicators/{code}/formula/remove")
    String removeFormula(@PathVariable String code, RedirectAttributes redirect) {
        try {
            formulas.removeFormula(code);
            redirect.addFlashAttribute("notice", "Removed the formula of " + code + ": its actuals are typed again.");
        } catch (DomainException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/indicators/" + code + "/edit";
    }

    @PostMapping("/indicators/{code}/retire")
    String retire(@PathVariable String code, @RequestParam String reason, RedirectAttributes redirect) {
        try {
            catalog.retire(code, reason);
            redirect.addFlashAttribute("notice", "Retired indicator " + code + "; its data stays.");
        } catch (DomainException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/indicators/" + code;
    }

    private String form(Model model, IndicatorRequest indicator, boolean existing, FormErrors errors) {
        model.addAttribute("section", "indicators");
        model.addAttribute("indicator", indicator);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("aggregations", AggregationMethod.values());
        model.addAttribute("frequencies", PeriodType.values());
        model.addAttribute("methods", AchievementMethod.values());
        model.addAttribute("disaggregations", disaggregations.disaggregations());
        if (existing) {
            Optional<FormulaView> current = formulas.formula(indicator.code());
            model.addAttribute("computed", current.isPresent());
            if (!model.containsAttribute("formula")) {
                model.addAttribute("formula", current.map(f -> new FormulaRequest(f.numerator(), f.denominator(), f.factor()))
                        .orElse(new FormulaRequest(null, null, null)));
            }
            if (!model.containsAttribute("formulaErrors")) {
                model.addAttribute("formulaErrors", FormErrors.none());
            }
        }
        return "measurement/indicator-form";
    }
}
