package org.resulta.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.resulta.organisation.OrgUnitChange;
import org.resulta.organisation.OrgUnitQuery;
import org.resulta.organisation.OrgUnitRequest;
import org.resulta.organisation.OrgUnitType;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Organisation", description = "Units of government and their hierarchy")
class OrgUnitApiController {

    private final OrganisationStructure organisation;
    private final int maxPageSize;

    OrgUnitApiController(OrganisationStructure organisation, @Value("${resulta.api.max-page-size:500}") int maxPageSize) {
        this.organisation = organisation;
        this.maxPageSize = maxPageSize;
    }

    record MoveRequest(@NotBlank String parentCode) {
    }

    record RetireRequest(@NotBlank String reason) {
    }

    @GetMapping
    @Operation(summary = "Units in your scope, in tree order", description = "Filter by a subtree (under), a level, a type or a search text.")
    Page<OrgUnitView> list(@RequestParam(required = false) String under, @RequestParam(required = false) Integer level,
                           @RequestParam(required = false) OrgUnitType type, @RequestParam(required = false) String search,
                           @RequestParam(defaultValue = "false") boolean includeRetired,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return organisation.list(new OrgUnitQuery(under, level, type, search, includeRetired),
                new PageRequest(page, size).capped(maxPageSize));
    }

    @GetMapping("/{code}")
    OrgUnitView get(@PathVariable String code) {
        return organisation.get(code);
    }

    @GetMapping("/{code}/children")
    List<OrgUnitView> children(@PathVariable String code) {
        return organisation.children(code);
    }

    @GetMapping("/{code}/lineage")
    @Operation(summary = "The unit and the units above it, from the root down")
    List<OrgUnitView> lineage(@PathVariable String code) {
        return organisation.lineage(code);
    }

    @PostMapping
    ResponseEntity<OrgUnitView> create(@Valid @RequestBody OrgUnitRequest request) {
        OrgUnitView created = organisation.create(request);
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    OrgUnitView change(@PathVariable String code, @Valid @RequestBody OrgUnitChange change) {
        return organisation.change(code, change);
    }

    @PostMapping("/{code}/move")
    @Operation(summary = "Move a unit and its subtree under another unit")
    OrgUnitView move(@PathVariable String code, @Valid @RequestBody MoveRequest request) {
        return organisation.move(code, request.parentCode());
    }

    @PostMapping("/{code}/retire")
    OrgUnitView retire(@PathVariable String code, @Valid @RequestBody RetireRequest request) {
        return organisation.retire(code, request.reason());
    }
}
