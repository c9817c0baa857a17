package org.resulta.organisation.web;

import jakarta.validation.Valid;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.organisation.UnitGroupChange;
import org.resulta.organisation.UnitGroupRequest;
import org.resulta.organisation.UnitGroupView;
import org.resulta.organisation.UnitGroups;
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

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** The unit groups: their list, and the administrator's forms to create, rename, fill and retire a group. */
@Controller
class UnitGroupPageController {

    private final UnitGroups groups;
    private final OrganisationStructure organisation;

    UnitGroupPageController(UnitGroups groups, OrganisationStructure organisation) {
        this.groups = groups;
        this.organisation = organisation;
    }

    @GetMapping("/unit-groups")
    String list(@RequestParam(defaultValue = "false") boolean includeRetired, Model model) {
        return listPage(model, includeRetired, new UnitGroupRequest(null, null, null, List.of()), FormErrors.none());
    }

    @PostMapping("/unit-groups")
    String create(@Valid @ModelAttribute("newGroup") UnitGroupRequest submitted, BindingResult binding,
                  @RequestParam(required = false) String moreUnitCodes, Model model, RedirectAttributes redirect) {
        UnitGroupRequest request = new UnitGroupRequest(submitted.code(), submitted.name(), submitted.description(),
                withTyped(submitted.unitCodes(), moreUnitCodes));
        model.addAttribute("newGroup", request);
        FormErrors errors = binding.hasErrors() ? FormErrors.of(binding) : FormErrors.none();
        if (errors.isEmpty()) {
            try {
                UnitGroupView created = groups.create(request);
                redirect.addFlashAttribute("notice", "Created the group " + created.name() + " (" + created.code()
                        + ") with " + created.members().size() + " members.");
                return "redirect:/unit-groups/" + created.code();
            } catch (DomainException e) {
                errors.add(e);
            }
        }
        return listPage(model, false, request, errors);
    }

    @GetMapping("/unit-groups/{code}")
    String group(@PathVariable String code, Model model) {
        UnitGroupView group = groups.get(code);
        return groupPage(model, group, new UnitGroupChange(group.name(), group.description()), memberCodes(group),
                FormErrors.none(), null);
    }

    @PostMapping("/unit-groups/{code}")
    String change(@PathVariable String code, @Valid @ModelAttribute("change") UnitGroupChange change,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = binding.hasErrors() ? FormErrors.of(binding) : FormErrors.none();
        if (errors.isEmpty()) {
            try {
                groups.change(code, change);
                redirect.addFlashAttribute("notice", "Saved the changes to " + code + ".");
                return "redirect:/unit-groups/" + code;
            } catch (DomainException e) {
                errors.add(e);
            }
        }
        UnitGroupView group = groups.get(code);
        return groupPage(model, group, change, memberCodes(group), errors, "change");
    }

    @PostMapping("/unit-groups/{code}/members")
    String members(@PathVariable String code, @RequestParam(required = false) List<String> unitCodes,
                   @RequestParam(required = false) String moreUnitCodes, Model model, RedirectAttributes redirect) {
        List<String> chosen = withTyped(unitCodes, moreUnitCodes);
        return act(code, model, redirect, "members", chosen, () -> groups.replaceMembers(code, chosen),
                view -> "Saved the members of " + code + ": " + view.members().size() + " units.");
    }

    @PostMapping("/unit-groups/{code}/retire")
    String retire(@PathVariable String code, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes redirect) {
        return act(code, model, redirect, "retire", null, () -> groups.retire(code, reason), view -> "Retired " + code + ".");
    }

    private String act(String code, Model model, RedirectAttributes redirect, String form, List<String> chosen,
                       Supplier<UnitGroupView> action, Function<UnitGroupView, String> notice) {
        try {
            UnitGroupView after = action.get();
            redirect.addFlashAttribute("notice", notice.apply(after));
            return "redirect:/unit-groups/" + code;
        } catch (DomainException e) {
            UnitGroupView group = groups.get(code);
            return groupPage(model, group, new UnitGroupChange(group.name(), group.description()),
                    chosen == null ? memberCodes(group) : chosen, FormErrors.of(e), form);
        }
    }

    private String listPage(Model model, boolean includeRetired, UnitGroupRequest newGroup, FormErrors errors) {
        model.addAttribute("section", "organisation");
        model.addAttribute("groups", groups.list(includeRetired, new PageRequest(0, 500)).items());
        model.addAttribute("includeRetired", includeRetired);
        model.addAttribute("newGroup", newGroup);
        model.addAttribute("units", units(List.of()));
        model.addAttribute("errors", errors);
        return "organisation/groups";
    }

    private String groupPage(Model model, UnitGroupView group, UnitGroupChange change, List<String> chosen,
                             FormErrors errors, String openForm) {
        model.addAttribute("section", "organisation");
        model.addAttribute("group", group);
        model.addAttribute("change", change);
        model.addAttribute("chosen", chosen);
        model.addAttribute("units", units(group.members()));
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", openForm);
        model.addAttribute("pivotUnit", organisation.scopeRoots().stream().findFirst().map(OrgUnitView::code).orElse(null));
        return "organisation/group";
    }

    /**
     * The units the chooser ticks: those a unit chooser offers (the whole tree while it is small, its top levels in a
     * national one) and every member, retired ones included, so that saving the form never drops a member it did
     * not show. Units deeper
     * in a large tree are added by code.
     */
    private List<OrgUnitView> units(List<OrgUnitView> members) {
        Map<Long, OrgUnitView> shown = new LinkedHashMap<>();
        organisation.unitChoices(null).forEach(u -> shown.put(u.id(), u));
        members.forEach(u -> shown.putIfAbsent(u.id(), u));
        return shown.values().stream().sorted(Comparator.comparingInt(OrgUnitView::preOrder)).toList();
    }

    /** The ticked units and those typed by code (separated by commas, semicolons or spaces), each once. */
    private static List<String> withTyped(List<String> ticked, String typed) {
        Set<String> codes = new LinkedHashSet<>(ticked == null ? List.of() : ticked);
        if (typed != null) {
            Arrays.stream(typed.split("[,;\\s]+")).map(String::trim).filter(c -> !c.isEmpty()).forEach(codes::add);
        }
        return List.copyOf(codes);
    }

    private static List<String> memberCodes(UnitGroupView group) {
        return group.members().stream().map(OrgUnitView::code).toList();
    }
}
