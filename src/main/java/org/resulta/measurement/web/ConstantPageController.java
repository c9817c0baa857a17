package org.resulta.measurement.web;

import jakarta.validation.Valid;
import org.resulta.measurement.ConstantRequest;
import org.resulta.measurement.ConstantView;
import org.resulta.measurement.FormulaConstants;
import org.resulta.shared.DomainException;
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

/** The named constants of formulas: the list with the formulas using each, and the form that adds or changes one. */
@Controller
class ConstantPageController {

    private final FormulaConstants constants;

    ConstantPageController(FormulaConstants constants) {
        this.constants = constants;
    }

    @GetMapping("/admin/constants")
    String page(@RequestParam(required = false) String edit, Model model) {
        ConstantRequest form = new ConstantRequest(null, null, null, null, null);
        if (edit != null && !edit.isBlank()) {
            ConstantView c = constants.constant(edit);
            form = new ConstantRequest(c.code(), c.dhis2Id(), c.name(), c.value(), c.description());
        }
        return page(model, form, FormErrors.none());
    }

    @PostMapping("/admin/constants")
    String save(@Valid @ModelAttribute("constant") ConstantRequest request, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, request, FormErrors.of(binding));
        }
        try {
            String code = request.code() == null ? "" : request.code().strip();
            boolean exists = constants.constants().stream().anyMatch(c -> c.code().equals(code));
            ConstantView saved = exists ? constants.changeConstant(code, request) : constants.createConstant(request);
            redirect.addFlashAttribute("notice", (exists ? "Changed" : "Added") + " constant " + saved.code()
                    + " = " + saved.value().toPlainString() + ".");
            return "redirect:/admin/constants";
        } catch (DomainException e) {
            return page(model, request, FormErrors.of(e));
        }
    }

    @PostMapping("/admin/constants/{code}/delete")
    String delete(@PathVariable String code, Model model, RedirectAttributes redirect) {
        try {
            constants.deleteConstant(code);
            redirect.addFlashAttribute("notice", "Deleted constant " + code + ".");
            return "redirect:/admin/constants";
        } catch (DomainException e) {
            return page(model, new ConstantRequest(null, null, null, null, null), FormErrors.of(e));
        }
    }

    private String page(Model model, ConstantRequest form, FormErrors errors) {
        model.addAttribute("section", "admin");
        model.addAttribute("constants", constants.constants());
        model.addAttribute("constant", form);
        model.addAttribute("errors", errors);
        return "measurement/constants";
    }
}
