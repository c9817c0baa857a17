package org.resulta.measurement.web;

import jakarta.validation.Valid;
import org.resulta.measurement.StatusPolicies;
import org.resulta.measurement.StatusPolicyRequest;
import org.resulta.shared.DomainException;
import org.resulta.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/** The versions of the traffic-light policy, and the form that publishes a new one. */
@Controller
class StatusPolicyPageController {

    private final StatusPolicies policies;

    StatusPolicyPageController(StatusPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/admin/status-policy")
    String page(Model model) {
        var current = policies.inForce(LocalDate.now());
        return page(model, new StatusPolicyRequest(current.greenMin(), current.amberMin(), current.achievementCap(),
                LocalDate.now(), null, "U", null), FormErrors.none());
    }

    @PostMapping("/admin/status-policy")
    String publish(@Valid @ModelAttribute("policy") StatusPolicyRequest request, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, request, FormErrors.of(binding));
        }
        try {
            var published = policies.publish(request);
            redirect.addFlashAttribute("notice", "Published version " + published.version() + ", in force from "
                    + published.effectiveFrom() + ".");
            return "redirect:/admin/status-policy";
        } catch (DomainException e) {
            return page(model, request, FormErrors.of(e));
        }
    }

    private String page(Model model, StatusPolicyRequest form, FormErrors errors) {
        model.addAttribute("section", "admin");
        model.addAttribute("history", policies.history());
        model.addAttribute("policy", form);
        model.addAttribute("errors", errors);
        return "measurement/status-policy";
    }
}
