package org.resulta.results.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.resulta.results.AssumptionRequest;
import org.resulta.results.AssumptionView;
import org.resulta.results.PlanChange;
import org.resulta.results.PlanRequest;
import org.resulta.results.PlanView;
import org.resulta.results.ProgramRequest;
import org.resulta.results.ProgramView;
import org.resulta.results.ResultLinkView;
import org.resulta.results.ResultNodeChange;
import org.resulta.results.ResultNodeRequest;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsChainView;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Results", description = "Plans and their results chains")
class ResultsApiController {

    private final ResultsFramework results;
    private final int maxPageSize;

    ResultsApiController(ResultsFramework results, @Value("${resulta.api.max-page-size:500}") int maxPageSize) {
        this.results = results;
        this.maxPageSize = maxPageSize;
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    /** {@code weight}: the lower result's weight in the higher one's score; omitted, 1 for a new link. */
    record LinkRequest(@NotBlank String toCode, BigDecimal weight) {
    }

    /** The new weight of an existing link. */
    record LinkWeightRequest(BigDecimal weight) {
    }

    @GetMapping("/plans")
    @Operation(summary = "Plans owned by units related to your scope")
    Page<PlanView> plans(@RequestParam(required = false) String owner, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        return results.plans(owner, new PageRequest(page, size).capped(maxPageSize));
    }

    @GetMapping("/plans/{code}")
    PlanView plan(@PathVariable String code) {
        return results.plan(code);
    }

    @GetMapping("/plans/{code}/chain")
    @Operation(summary = "The plan's whole results chain: nodes, links, programs, assumptions, framework terms")
    ResultsChainView chain(@PathVariable String code) {
        return results.chain(code);
    }

    @PostMapping("/plans")
    ResponseEntity<PlanView> createPlan(@Valid @RequestBody PlanRequest request) {
        PlanView plan = results.createPlan(request);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.code())).body(plan);
    }

    @PutMapping("/plans/{code}")
    PlanView changePlan(@PathVariable String code, @Valid @RequestBody PlanChange change) {
        return results.changePlan(code, change);
    }

    @PostMapping("/plans/{code}/approve")
    PlanView approve(@PathVariable String code) {
        return results.approvePlan(code);
    }

    @PostMapping("/plans/{code}/revise")
    @Operation(summary = "Return an approved plan to draft, with a reason")
    PlanView revise(@PathVariable String code, @Valid @RequestBody ReasonRequest request) {
        return results.revisePlan(code, request.reason());
    }

    @PostMapping("/plans/{code}/results")
    ResponseEntity<ResultNodeView> addNode(@PathVariable String code, @Valid @RequestBody ResultNodeRequest request) {
        ResultNodeView node = results.addNode(code, request);
        return ResponseEntity.created(URI.create("/api/v1/results/" + node.code())).body(node);
    }

    @PostMapping("/plans/{code}/programs")
    ResponseEntity<ProgramView> addProgram(@PathVariable String code, @Valid @RequestBody ProgramRequest request) {
        return ResponseEntity.status(201).body(results.addProgram(code, request));
    }

    @GetMapping("/results/{code}")
    ResultNodeView node(@PathVariable String code) {
        return results.node(code);
    }

    @PutMapping("/results/{code}")
    ResultNodeView changeNode(@PathVariable String code, @Valid @RequestBody ResultNodeChange change) {
        return results.changeNode(code, change);
    }

    @PostMapping("/results/{code}/links")
    @Operation(summary = "Record that this result contributes to a higher one, with its weight in that result's score")
    ResponseEntity<ResultLinkView> link(@PathVariable String code, @Valid @RequestBody LinkRequest request) {
        return ResponseEntity.status(201).body(results.link(code, request.toCode(), request.weight()));
    }

    @PutMapping("/results/{code}/links/{toCode}")
    @Operation(summary = "Change the weight this result carries in the score of the higher one it contributes to")
    ResultLinkView changeLinkWeight(@PathVariable String code, @PathVariable String toCode,
                                    @RequestBody LinkWeightRequest request) {
        return results.changeLinkWeight(code, toCode, request.weight());
    }

    @DeleteMapping("/results/{code}/links/{toCode}")
    ResponseEntity<Void> unlink(@PathVariable String code, @PathVariable String toCode) {
        results.unlink(code, toCode);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/results/{code}/assumptions")
    ResponseEntity<AssumptionView> addAssumption(@PathVariable String code, @Valid @RequestBody AssumptionRequest request) {
        return ResponseEntity.status(201).body(results.addAssumption(code, request));
    }
}
