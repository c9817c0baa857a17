package org.resulta.organisation.web;

import jakarta.validation.Valid;
import org.resulta.organisation.OrgUnitChange;
import org.resulta.organisation.OrgUnitQuery;
import org.resulta.organisation.OrgUnitRequest;
import org.resulta.organisation.OrgUnitType;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.shared.DomainException;
import org.resulta.shared.PageRequest;
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

import java.util.List;

/** The organisation tree and a unit's page, with the administrator's forms to add, change, move and retire units. */
@Controller
class OrgUnitPageController {

    private final OrganisationStructure organisation;

    OrgUnitPageController(OrganisationStructure organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/org-units")
    String tree(@RequestParam(required = false) String search, Model model) {
        model.addAttribute("section", "organisation");
        model.addAttribute("roots", organisation.scopeRoots());
        model.addAttribute("search", search);
        if (search != null && !search.isBlank()) {
            model.addAttribute("found", organisation.list(new OrgUnitQuery(null, null, null, search, true),
                    new PageRequest(0, 200)).items());
        }
        model.addAttribute("types", OrgUnitType.values());
        model.addAttribute("newUnit", new OrgUnitRequest(null, null, OrgUnitType.DEPARTMENT, null, null, null));
        model.addAttribute("errors", FormErrors.none());
        return "organisation/tree";
    }

    /** A branch of the tree, loaded when the user opens it. */
    @GetMapping("/org-units/{code}/branch")
    String branch(@PathVariable String code, Model model) {
        model.addAttribute("units", organisation.children(code));
        return "organisation/tree :: branch";
    }

    @GetMapping("/org-units/{code}")
    String unit(@PathVariable String code, Model model) {
        OrgUnitView unit = organisation.get(code);
        fill(model, unit, FormErrors.none());
        model.addAttribute("change", new OrgUnitChange(unit.name(), unit.type(), unit.validFrom(), unit.validTo()));
        model.addAttribute("newUnit", new OrgUnitRequest(null, null, childType(unit.type()), unit.code(), null, null));
        return "organisation/unit";
    }

    @PostMapping("/org-units")
    String create(@Valid @ModelAttribute("newUnit") OrgUnitRequest request, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        FormErrors errors = binding.hasErrors() ? FormErrors.of(binding) : FormErrors.none();
        if (errors.isEmpty()) {
            try {
                OrgUnitView created = organisation.create(request);
                redirect.addFlashAttribute("notice", "Added " + created.name() + " (" + created.code() + ").");
                return "redirect:/org-units/" + created.code();
            } catch (DomainException e) {
                errors.add(e);
            }
        }
        if (request.parentCode() == null || request.parentCode().isBlank()) {
            model.addAttribute("section", "organisation");
            model.addAttribute("roots", organisation.scopeRoots());
            model.addAttribute("types", OrgUnitType.values());
            model.addAttribute("errors", errors);
            return "organisation/tree";
        }
        OrgUnitView parent = organisation.get(request.parentCode());
        fill(model, parent, errors);
        model.addAttribute("change", new OrgUnitChange(parent.name(), parent.type(), parent.validFrom(), parent.validTo()));
        model.addAttribute("openForm", "add");
        return "organisation/unit";
    }

    @PostMapping("/org-units/{code}")
    String change(@PathVariable String code, @Valid @ModelAttribute("change") OrgUnitChange change, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        FormErrors errors = binding.hasErrors() ? FormErrors.of(binding) : FormErrors.none();
        if (errors.isEmpty()) {
            try {
                organisation.change(code, change);
                redirect.addFlashAttribute("notice", "Saved the changes to " + code + ".");
                return "redirect:/org-units/" + code;
            } catch (DomainException e) {
                errors.add(e);
            }
        }
        OrgUnitView unit = organisation.get(code);
        fill(model, unit, errors);
        model.addAttribute("newUnit", new OrgUnitRequest(null, null, childType(unit.type()), unit.code(), null, null));
        model.addAttribute("openForm", "change");
        return "organisation/unit";
    }

    @PostMapping("/org-units/{code}/move")
    String move(@PathVariable String code, @RequestParam String parentCode, Model model, RedirectAttributes redirect) {
        return act(code, model, redirect, "move", () -> organisation.move(code, parentCode.trim()),
                "Moved " + code + " under " + parentCode.trim() + ".");
    }

    @PostMapping("/org-units/{code}/retire")
    String retire(@PathVariable String code, @RequestParam String reason, Model model, RedirectAttributes redirect) {
        return act(code, model, redirect, "retire", () -> organisation.retire(code, reason), "Retired " + code + ".");
    }

    private String act(String code, Model model, RedirectAttributes redirect, String form, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/org-units/" + code;
        } catch (DomainException e) {
            OrgUnitView unit = organisation.get(code);
            fill(model, unit, FormErrors.of(e));
            model.addAttribute("change", new OrgUnitChange(unit.name(), unit.type(), unit.validFrom(), unit.validTo()));
            model.addAttribute("newUnit", new OrgUnitRequest(null, null, childType(unit.type()), unit.code(), null, null));
            model.addAttribute("openForm", form);
            return "organisation/unit";
        }
    }

    private void fill(Model model, OrgUnitView unit, FormErrors errors) {
        List<OrgUnitView> lineage = organisation.lineage(unit.code());
        model.addAttribute("section", "organisation");
        model.addAttribute("unit", unit);
        model.addAttribute("lineage", lineage);
        model.addAttribute("children", organisation.children(unit.code()));
        model.addAttribute("types", OrgUnitType.values());
        model.addAttribute("errors", errors);
    }

    private static OrgUnitType childType(OrgUnitType parent) {
        return switch (parent) {
            case GOVERNMENT -> OrgUnitType.DEPARTMENT;
            case DEPARTMENT, AGENCY -> OrgUnitType.REGIONAL_OFFICE;
            case REGIONAL_OFFICE, BUREAU -> OrgUnitType.DIVISION;
            case PROVINCIAL_OFFICE -> OrgUnitType.FIELD_OFFICE;
            default -> OrgUnitType.SECTION;
        };
    }
}
