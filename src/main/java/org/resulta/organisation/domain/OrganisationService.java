package org.resulta.organisation.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.audit.ChangeDescription;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.UnitPlacement;
import org.resulta.organisation.OrgUnitChange;
import org.resulta.organisation.OrgUnitQuery;
import org.resulta.organisation.OrgUnitRequest;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.organisation.OrgUnitsRenumbered;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

@Service
@Transactional
class OrganisationService implements OrganisationStructure {

    private final OrgUnitRepository units;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final HierarchyDirectory directory;

    OrganisationService(OrgUnitRepository units, HierarchyDirectory directory, CurrentUser currentUser,
                        ApplicationEventPublisher events, AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
        this.units = units;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OrgUnitView> list(OrgUnitQuery query, PageRequest page) {
        int from = 0;
        int to = Integer.MAX_VALUE;
        Optional<UnitPlacement> scope = currentUser.scope();
        if (scope.isPresent()) {
            from = scope.get().preOrder();
            to = scope.get().preOrder() + scope.get().subtreeSize();
        }
        if (query.under() != null && !query.under().isBlank()) {
            OrgUnitView under = require(query.under());
            from = Math.max(from, under.preOrder());
            to = Math.min(to, under.subtreeEnd());
        }
        long total = units.count(query, from, to);
        List<OrgUnitView> items = total == 0 ? List.of() : units.search(query, from, to, page.offset(), page.size());
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public OrgUnitView get(String code) {
        return require(code);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> lineage(String code) {
        OrgUnitView unit = require(code);
        List<Long> ids = new ArrayList<>(unit.ancestorIds());
        ids.add(unit.id());
        List<OrgUnitView> found = new ArrayList<>(units.findByIds(ids));
        found.sort((a, b) -> Integer.compare(a.level(), b.level()));
        return Collections.unmodifiableList(found);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> children(String code) {
        return units.findChildren(require(code).id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> unitChoices(String around) {
        Optional<UnitPlacement> scope = currentUser.scope();
        List<OrgUnitView> live = directory.all().stream().filter(u -> !u.isRetired()
                && scope.map(s -> s.contains(HierarchyDirectory.placement(u))).orElse(true)).toList();
        return UnitChoices.around(live, around == null ? null : directory.find(around).orElse(null), CHOICES_UP_TO);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> scopeRoots() {
        return currentUser.scope().map(s -> units.findById(s.id()).stream().toList()).orElseGet(units::findRoots);
    }

    @Override
    public OrgUnitView create(OrgUnitRequest request) {
        checkValidity(request.validFrom(), request.validTo());
        units.lockHierarchy();
        if (units.codeExists(request.code())) {
            throw new ConflictException("code", "duplicate-code", "An org unit with code '" + request.code() + "' already exists");
        }
        Long parentId = null;
        if (request.parentCode() != null && !request.parentCode().isBlank()) {
            OrgUnitView parent = units.findByCode(request.parentCode())
                    .orElseThrow(() -> new NotFoundException("parentCode", "org unit", request.parentCode()));
            if (parent.isRetired()) {
                throw new ConflictException("parentCode", "retired-parent",
                        "Unit '" + parent.code() + "' is retired and cannot receive new sub-units");
            }
            parentId = parent.id();
        }
        units.insert(request.code().trim(), request.name().trim(), request.type(), parentId, request.validFrom(),
                request.validTo(), Actors.current());
        units.renumber();
        OrgUnitView created = require(request.code().trim());
        audit.record(new AuditEntry(AuditedEntity.ORG_UNIT, created.code(), AuditAction.CREATE, created.id(), null,
                ChangeDescription.of(request), null));
        events.publishEvent(new OrgUnitsRenumbered(units.hierarchyVersion()));
        return created;
    }

    @Override
    public OrgUnitView change(String code, OrgUnitChange change) {
        checkValidity(change.validFrom(), change.validTo());
        OrgUnitView unit = require(code);
        units.update(unit.id(), change.name().trim(), change.type(), change.validFrom(), change.validTo(), Actors.current());
        OrgUnitView after = require(code);
        ChangeDescription diff = ChangeDescription.between(
                new OrgUnitChange(unit.name(), unit.type(), unit.validFrom(), unit.validTo()), change);
        if (!diff.isEmpty()) {
            audit.record(new AuditEntry(AuditedEntity.ORG_UNIT, code, AuditAction.UPDATE, unit.id(), diff.before(),
                    diff.after(), null));
        }
        return after;
    }

    @Override
    public OrgUnitView move(String code, String newParentCode) {
        units.lockHierarchy();
        OrgUnitView unit = require(code);
        if (newParentCode == null || newParentCode.isBlank()) {
            throw new InvalidValueException("parentCode", "required", "Name the unit to move '" + code + "' under");
        }
        OrgUnitView parent = units.findByCode(newParentCode)
                .orElseThrow(() -> new NotFoundException("parentCode", "org unit", newParentCode));
        if (unit.contains(parent)) {
            throw new ConflictException("parentCode", "hierarchy-cycle", "Unit '" + code + "' cannot move under '"
                    + newParentCode + "': that unit lies inside its own subtree, which would make a cycle");
        }
        if (parent.isRetired()) {
            throw new ConflictException("parentCode", "retired-parent",
                    "Unit '" + parent.code() + "' is retired and cannot receive sub-units");
        }
        units.setParent(unit.id(), parent.id(), Actors.current());
        units.renumber();
        audit.record(new AuditEntry(AuditedEntity.ORG_UNIT, code, AuditAction.MOVE, unit.id(),
                "parent=" + unit.parentCode(), "parent=" + parent.code(), null));
        events.publishEvent(new OrgUnitsRenumbered(units.hierarchyVersion()));
        return require(code);
    }

    @Override
    public OrgUnitView retire(String code, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "required", "Give a reason for retiring a unit");
        }
        OrgUnitView unit = require(code);
        if (unit.isRetired()) {
            throw new ConflictException("code", "already-retired", "Unit '" + code + "' was already retired");
        }
        long active = units.countActiveChildren(unit.id());
        if (active > 0) {
            throw new ConflictException("code", "active-sub-units", "Unit '" + code + "' still has " + active
                    + " active sub-units: retire or move them first");
        }
        units.retire(unit.id(), reason.trim(), Actors.current());
        audit.record(new AuditEntry(AuditedEntity.ORG_UNIT, code, AuditAction.RETIRE, unit.id(), null, null, reason.trim()));
        return require(code);
    }

    private OrgUnitView require(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("code", "org unit", code));
    }

    private static void checkValidity(java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("validTo", "date-order", "The end of validity " + to
                    + " is before its start " + from);
        }
    }
}
