package org.resulta.results.web;

import jakarta.validation.Valid;
import org.resulta.framework.FrameworkPacks;
import org.resulta.results.AssumptionKind;
import org.resulta.results.AssumptionRequest;
import org.resulta.results.AssumptionView;
import org.resulta.results.OutcomeStage;
import org.resulta.results.PlanChange;
import org.resulta.results.PlanRequest;
import org.resulta.results.PlanView;
import org.resulta.results.ProgramRequest;
import org.resulta.results.ResultLinkView;
import org.resulta.results.ResultNodeRequest;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsChainView;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.DomainException;
import org.resulta.shared.ScoreWeight;
import org.resulta.shared.PageRequest;
import org.resulta.shared.ResultLevel;
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

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/** Plans: the list, a plan's results chain drawn as a diagram, and the forms that build the chain. */
@Controller
class PlanPageController {

    private final ResultsFramework results;
    private final FrameworkPacks packs;

    PlanPageController(ResultsFramework results, FrameworkPacks packs) {
        this.results = results;
        this.packs = packs;
    }

    @GetMapping("/plans")
    String plans(@RequestParam(required = false) String owner, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("section", "plans");
        model.addAttribute("owner", owner);
        model.addAttribute("plans", results.plans(owner, new PageRequest(page, 50)));
        model.addAttribute("packs", packs.all());
        return "results/plans";
    }

    @GetMapping("/plans/new")
    String newPlan(@RequestParam(required = false) String owner, Model model) {
        int year = Year.now().getValue();
        return planForm(model, new PlanRequest(null, null, null, owner, FrameworkPacks.GENERIC, year, year + 4), FormErrors.none());
    }

    @PostMapping("/plans")
    String create(@Valid @ModelAttribute("plan") PlanRequest request, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return planForm(model, request, FormErrors.of(binding));
        }
        try {
            PlanView plan = results.createPlan(request);
            redirect.addFlashAttribute("notice", "Created " + plan.name() + ". Add its results chain below.");
            return "redirect:/plans/" + plan.code();
        } catch (DomainException e) {
            return planForm(model, request, FormErrors.of(e));
        }
    }

    @GetMapping("/plans/{code}")
    String plan(@PathVariable String code, Model model) {
        return render(code, model, FormErrors.none(), null);
    }

    @PostMapping("/plans/{code}")
    String change(@PathVariable String code, @Valid @ModelAttribute PlanChange change, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return submit(code, binding, model, redirect, "plan", () -> results.changePlan(code, change), "Saved the plan.");
    }

    @PostMapping("/plans/{code}/approve")
    String approve(@PathVariable String code, Model model, RedirectAttributes redirect) {
        return submit(code, null, model, redirect, "status", () -> results.approvePlan(code), "The plan is approved.");
    }

    @PostMapping("/plans/{code}/revise")
    String revise(@PathVariable String code, @RequestParam String reason, Model model, RedirectAttributes redirect) {
        return submit(code, null, model, redirect, "status", () -> results.revisePlan(code, reason),
                "The plan is back in draft for revision.");
    }

    @PostMapping("/plans/{code}/results")
    String addNode(@PathVariable String code, @Valid @ModelAttribute ResultNodeRequest request, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        return submit(code, binding, model, redirect, "node", () -> results.addNode(code, request),
                "Added result " + request.code() + ".");
    }

    @PostMapping("/plans/{code}/programs")
    String addProgram(@PathVariable String code, @Valid @ModelAttribute ProgramRequest request, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        return submit(code, binding, model, redirect, "program", () -> results.addProgram(code, request),
                "Added program " + request.code() + ".");
    }

    @PostMapping("/plans/{code}/links")
    String link(@PathVariable String code, @RequestParam String fromCode, @RequestParam String toCode,
                @RequestParam(required = false) String weight, Model model, RedirectAttributes redirect) {
        return submit(code, null, model, redirect, "link",
                () -> results.link(fromCode, toCode, ScoreWeight.parse("weight", weight)),
                "Linked " + fromCode + " to " + toCode + (weight == null || weight.isBlank() ? "" : " with weight " + weight.trim()) + ".");
    }

    @PostMapping("/plans/{code}/links/remove")
    String unlink(@PathVariable String code, @RequestParam String fromCode, @RequestParam String toCode, Model model,
                  RedirectAttributes redirect) {
        return submit(code, null, model, redirect, "link", () -> {
            results.unlink(fromCode, toCode);
            return null;
        }, "Removed the link from " + fromCode + " to " + toCode + ".");
    }

    @PostMapping("/plans/{code}/assumptions")
    String addAssumption(@PathVariable String code, @RequestParam String nodeCode,
                         @Valid @ModelAttribute AssumptionRequest request, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        return submit(code, binding, model, redirect, "assumption", () -> results.addAssumption(nodeCode, request),
                "Added to " + nodeCode + ".");
    }

    private String submit(String code, BindingResult binding, Model model, RedirectAttributes redirect, String form,
                          Supplier<?> action, String notice) {
        if (binding != null && binding.hasErrors()) {
            return render(code, model, FormErrors.of(binding), form);
        }
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/plans/" + code;
        } catch (DomainException e) {
            return render(code, model, FormErrors.of(e), form);
        }
    }

    private String render(String code, Model model, FormErrors errors, String openForm) {
        ResultsChainView chain = results.chain(code);
        model.addAttribute("section", "plans");
        model.addAttribute("chain", chain);
        model.addAttribute("pack", chain.pack());
        model.addAttribute("diagram", ChainDiagram.of(chain));
        model.addAttribute("levels", ResultLevel.topDown());
        model.addAttribute("stages", OutcomeStage.values());
        model.addAttribute("kinds", AssumptionKind.values());
        model.addAttribute("packs", packs.all());
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", openForm);
        model.addAttribute("higher", chain.nodes().stream().filter(n -> n.level() != ResultLevel.INPUT).toList());
        Map<ResultLevel, List<ResultNodeView>> byLevel = new LinkedHashMap<>();
        for (ResultLevel level : ResultLevel.topDown()) {
            var nodes = chain.nodes().stream().filter(n -> n.level() == level).toList();
            if (!nodes.isEmpty()) {
                byLevel.put(level, nodes);
            }
        }
        model.addAttribute("nodesByLevel", byLevel);
        model.addAttribute("linksFrom", chain.links().stream().collect(Collectors.groupingBy(
                ResultLinkView::fromCode)));
        model.addAttribute("assumptionsOf", chain.assumptions().stream().collect(Collectors.groupingBy(
                AssumptionView::nodeCode)));
        return "results/plan";
    }

    private String planForm(Model model, PlanRequest plan, FormErrors errors) {
        model.addAttribute("section", "plans");
        model.addAttribute("plan", plan);
        model.addAttribute("packs", packs.all());
        model.addAttribute("errors", errors);
        return "results/new-plan";
    }
}
