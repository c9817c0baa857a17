package org.resulta.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.resulta.organisation.UnitGroupChange;
import org.resulta.organisation.UnitGroupRequest;
import org.resulta.organisation.UnitGroupSummary;
import org.resulta.organisation.UnitGroupView;
import org.resulta.organisation.UnitGroups;
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

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1/unit-groups")
@Tag(name = "Unit groups", description = "Named sets of org units across the tree, such as island provinces or conflict-affected areas")
class UnitGroupApiController {

    private final UnitGroups groups;
    private final int maxPageSize;

    UnitGroupApiController(UnitGroups groups, @Value("${resulta.api.max-page-size:500}") int maxPageSize) {
        this.groups = groups;
        this.maxPageSize = maxPageSize;
    }

    record MembersRequest(List<String> unitCodes) {
    }

    @GetMapping
    @Operation(summary = "Groups by code", description = "memberCount counts only the members inside your scope.")
    Page<UnitGroupSummary> list(@RequestParam(defaultValue = "false") boolean includeRetired,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return groups.list(includeRetired, new PageRequest(page, size).capped(maxPageSize));
    }

    @GetMapping("/{code}")
    @Operation(summary = "A group with its members in tree order", description = "Only the members inside your scope are listed.")
    UnitGroupView get(@PathVariable String code) {
        return groups.get(code);
    }

    @PostMapping
    @Operation(summary = "Create a group, with its first members (system-wide administrator)")
    ResponseEntity<UnitGroupView> create(@Valid @RequestBody UnitGroupRequest request) {
        UnitGroupView created = groups.create(request);
        return ResponseEntity.created(URI.create("/api/v1/unit-groups/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Rename a group or change its description")
    UnitGroupView change(@PathVariable String code, @Valid @RequestBody UnitGroupChange change) {
        return groups.change(code, change);
    }

    @PutMapping("/{code}/members")
    @Operation(summary = "Make the group's members exactly these units")
    UnitGroupView replaceMembers(@PathVariable String code, @RequestBody MembersRequest request) {
        return groups.replaceMembers(code, request.unitCodes() == null ? List.of() : request.unitCodes());
    }

    @PostMapping("/{code}/members/{unitCode}")
    @Operation(summary = "Add one unit to the group (nothing changes when it is a member already)")
    UnitGroupView addMember(@PathVariable String code, @PathVariable String unitCode) {
        return groups.addMember(code, unitCode);
    }

    @DeleteMapping("/{code}/members/{unitCode}")
    @Operation(summary = "Take one unit out of the group (nothing changes when it is not a member)")
    UnitGroupView removeMember(@PathVariable String code, @PathVariable String unitCode) {
        return groups.removeMember(code, unitCode);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Retire a group with a reason", description = "The group is kept, marked retired, and can no longer change.")
    UnitGroupView retire(@PathVariable String code,
                         @Parameter(description = "why the group is retired (required)") @RequestParam(required = false) String reason) {
        return groups.retire(code, reason);
    }
}
