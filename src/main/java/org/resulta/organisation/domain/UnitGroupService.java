package org.resulta.organisation.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.audit.ChangeDescription;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.UnitPlacement;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.UnitGroupChange;
import org.resulta.organisation.UnitGroupRequest;
import org.resulta.organisation.UnitGroupSummary;
import org.resulta.organisation.UnitGroupView;
import org.resulta.organisation.UnitGroups;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Service
@Transactional
class UnitGroupService implements UnitGroups {

    private final UnitGroupRepository groups;
    private final HierarchyDirectory units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    UnitGroupService(UnitGroupRepository groups, HierarchyDirectory units, CurrentUser currentUser, AuditTrail audit) {
        this.groups = groups;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UnitGroupSummary> list(boolean includeRetired, PageRequest page) {
        List<UnitGroupRepository.GroupRow> rows = groups.findAll(includeRetired);
        Page<UnitGroupRepository.GroupRow> slice = Page.of(rows, page);
        return slice.map(g -> new UnitGroupSummary(g.code(), g.name(), g.description(), visibleMembers(g).size(),
                g.retiredAt(), g.retiredReason()));
    }

    @Override
    @Transactional(readOnly = true)
    public UnitGroupView get(String code) {
        return view(require(code));
    }

    @Override
    public UnitGroupView create(UnitGroupRequest request) {
        String code = required(request.code(), "code", "Give the group a code").trim();
        String name = required(request.name(), "name", "Give the group a name").trim();
        if (groups.findByCode(code).isPresent()) {
            throw new ConflictException("code", "duplicate-code", "A unit group with code '" + code + "' already exists");
        }
        List<OrgUnitView> members = resolve(request.unitCodes());
        refuseRetired(members, "unitCodes");
        long id = groups.insert(code, name, blankToNull(request.description()), Actors.current());
        groups.addMembers(id, members.stream().map(OrgUnitView::id).toList(), Actors.current());
        audit.record(new AuditEntry(AuditedEntity.UNIT_GROUP, code, AuditAction.CREATE, null, null,
                "name=" + name + "; members=" + codes(members), null));
        return get(code);
    }

    @Override
    public UnitGroupView change(String code, UnitGroupChange change) {
        UnitGroupRepository.GroupRow group = requireActive(code);
        String name = required(change.name(), "name", "Give the group a name").trim();
        UnitGroupChange after = new UnitGroupChange(name, blankToNull(change.description()));
        groups.update(group.id(), after.name(), after.description(), Actors.current());
        ChangeDescription diff = ChangeDescription.between(new UnitGroupChange(group.name(), group.description()), after);
        if (!diff.isEmpty()) {
            audit.record(new AuditEntry(AuditedEntity.UNIT_GROUP, group.code(), AuditAction.UPDATE, null, diff.before(),
                    diff.after(), null));
        }
        return get(group.code());
    }

    @Override
    public UnitGroupView replaceMembers(String code, List<String> unitCodes) {
        UnitGroupRepository.GroupRow group = requireActive(code);
        List<OrgUnitView> wanted = resolve(unitCodes);
        Set<Long> wantedIds = wanted.stream().map(OrgUnitView::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> current = new LinkedHashSet<>(groups.memberIds(group.id()));
        // a unit retired since it joined may stay (the group's past figures cover it); it cannot join anew
        refuseRetired(wanted.stream().filter(u -> !current.contains(u.id())).toList(), "unitCodes");
        List<Long> leaving = current.stream().filter(id -> !wantedIds.contains(id)).toList();
        List<Long> joining = wantedIds.stream().filter(id -> !current.contains(id)).toList();
        changeMembers(group, joining, leaving);
        return get(group.code());
    }

    @Override
    public UnitGroupView addMember(String code, String unitCode) {
        UnitGroupRepository.GroupRow group = requireActive(code);
        OrgUnitView unit = requireUnit(unitCode);
        refuseRetired(List.of(unit), "unitCode");
        if (!groups.memberIds(group.id()).contains(unit.id())) {
            changeMembers(group, List.of(unit.id()), List.of());
        }
        return get(group.code());
    }

    @Override
    public UnitGroupView removeMember(String code, String unitCode) {
        UnitGroupRepository.GroupRow group = requireActive(code);
        OrgUnitView unit = requireUnit(unitCode);
        if (groups.memberIds(group.id()).contains(unit.id())) {
            changeMembers(group, List.of(), List.of(unit.id()));
        }
        return get(group.code());
    }

    @Override
    public UnitGroupView retire(String code, String reason) {
        String why = required(reason, "reason", "Give a reason for retiring a group").trim();
        UnitGroupRepository.GroupRow group = require(code);
        if (group.retired()) {
            throw new ConflictException("code", "already-retired", "Unit group '" + group.code() + "' was already retired");
        }
        groups.retire(group.id(), why, Actors.current());
        audit.record(new AuditEntry(AuditedEntity.UNIT_GROUP, group.code(), AuditAction.RETIRE, null, null, null, why));
        return get(group.code());
    }

    // ---- helpers

    private void changeMembers(UnitGroupRepository.GroupRow group, Collection<Long> joining, Collection<Long> leaving) {
        if (joining.isEmpty() && leaving.isEmpty()) {
            return;
        }
        List<OrgUnitView> before = members(group);
        groups.removeMembers(group.id(), leaving);
        groups.addMembers(group.id(), joining, Actors.current());
        groups.touch(group.id(), Actors.current());
        audit.record(new AuditEntry(AuditedEntity.UNIT_GROUP, group.code(), AuditAction.UPDATE, null,
                "members=" + codes(before), "members=" + codes(members(group)), null));
    }

    private UnitGroupView view(UnitGroupRepository.GroupRow g) {
        return new UnitGroupView(g.code(), g.name(), g.description(), visibleMembers(g), g.createdAt(), g.createdBy(),
                g.changedAt(), g.changedBy(), g.retiredAt(), g.retiredBy(), g.retiredReason());
    }

    /** The members inside the caller's scope (every member for a system-wide user), in tree order. */
    private List<OrgUnitView> visibleMembers(UnitGroupRepository.GroupRow group) {
        Optional<UnitPlacement> scope = currentUser.scope();
        return members(group).stream()
                .filter(u -> scope.isEmpty() || scope.get().contains(HierarchyDirectory.placement(u))).toList();
    }

    private List<OrgUnitView> members(UnitGroupRepository.GroupRow group) {
        return units.inTreeOrder(groups.memberIds(group.id()));
    }

    /** The units with these codes, each once; unknown codes are all named in one refusal. */
    private List<OrgUnitView> resolve(List<String> unitCodes) {
        Map<Long, OrgUnitView> found = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String code : unitCodes == null ? List.<String>of() : unitCodes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            Optional<OrgUnitView> unit = units.find(code.trim());
            if (unit.isPresent()) {
                found.putIfAbsent(unit.get().id(), unit.get());
            } else {
                unknown.add(code.trim());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("unitCodes", "unknown-org-unit", (unknown.size() == 1 ? "No org unit with code '"
                    : "No org units with codes '") + String.join("', '", unknown) + "'");
        }
        return List.copyOf(found.values());
    }

    private static void refuseRetired(List<OrgUnitView> members, String field) {
        List<String> retired = members.stream().filter(OrgUnitView::isRetired).map(OrgUnitView::code).toList();
        if (!retired.isEmpty()) {
            throw new ConflictException(field, "retired-unit", "Retired units cannot join a group: "
                    + String.join(", ", retired));
        }
    }

    private OrgUnitView requireUnit(String code) {
        return units.find(code == null ? null : code.trim()).orElseThrow(() -> new NotFoundException("unitCode", "org unit", code));
    }

    private UnitGroupRepository.GroupRow require(String code) {
        return groups.findByCode(code == null ? "" : code.trim())
                .orElseThrow(() -> new NotFoundException("code", "unit group", code));
    }

    private UnitGroupRepository.GroupRow requireActive(String code) {
        UnitGroupRepository.GroupRow group = require(code);
        if (group.retired()) {
            throw new ConflictException("code", "retired-group", "Unit group '" + group.code()
                    + "' is retired and can no longer change");
        }
        return group;
    }

    private static String codes(List<OrgUnitView> members) {
        return members.stream().map(OrgUnitView::code).collect(Collectors.joining(","));
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "required", message);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
