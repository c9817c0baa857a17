package org.resulta.organisation.domain;

import org.resulta.identity.UnitDirectory;
import org.resulta.identity.UnitPlacement;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.organisation.OrgUnitsRenumbered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Unchecked hierarchy reads for scope checks (identity) and for other modules' services, answered from the tree
 * held in memory ({@link OrgUnitRepository#tree()}): a scope check or a scorecard costs no query. Inside a
 * transaction that changed units they read the database.
 */
@Component
@Transactional(readOnly = true)
class HierarchyDirectory implements UnitDirectory, OrgUnitLookup {

    private final OrgUnitRepository units;
    private final UnitGroupRepository groups;

    HierarchyDirectory(OrgUnitRepository units, UnitGroupRepository groups) {
        this.units = units;
        this.groups = groups;
    }

    @Override
    public Optional<UnitPlacement> byId(long id) {
        return find(id).map(HierarchyDirectory::placement);
    }

    @Override
    public Optional<UnitPlacement> byCode(String code) {
        return find(code).map(HierarchyDirectory::placement);
    }

    @Override
    public Optional<OrgUnitView> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return units.tree().map(t -> t.find(code)).orElseGet(() -> units.findByCode(code));
    }

    @Override
    public Optional<OrgUnitView> find(long id) {
        return units.tree().map(t -> t.find(id)).orElseGet(() -> units.findById(id));
    }

    @Override
    public List<OrgUnitView> subtree(long id) {
        return units.tree().map(t -> t.subtree(id)).orElseGet(() ->
                units.findById(id).map(u -> units.findRange(u.preOrder(), u.subtreeEnd())).orElse(List.of()));
    }

    @Override
    public List<OrgUnitView> children(long id) {
        return units.tree().map(t -> t.children(id)).orElseGet(() -> units.findChildren(id));
    }

    @Override
    public List<OrgUnitView> all() {
        return units.tree().map(UnitTree::all).orElseGet(units::findAll);
    }

    @Override
    public Optional<List<OrgUnitView>> groupMembers(String groupCode) {
        if (groupCode == null || groupCode.isBlank()) {
            return Optional.empty();
        }
        return groups.findByCode(groupCode.trim()).map(g -> inTreeOrder(groups.memberIds(g.id())));
    }

    /** The units with these ids, in pre-order (ids that name no unit are left out). */
    List<OrgUnitView> inTreeOrder(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return units.tree()
                .map(t -> ids.stream().map(t::find).flatMap(Optional::stream)
                        .sorted(Comparator.comparingInt(OrgUnitView::preOrder)).toList())
                .orElseGet(() -> units.findByIds(ids));
    }

    /** Units written by SQL elsewhere (the generator) announce themselves with this event: read the tree again. */
    @EventListener
    void on(OrgUnitsRenumbered event) {
        units.forgetTree();
    }

    static UnitPlacement placement(OrgUnitView u) {
        return new UnitPlacement(u.id(), u.code(), u.name(), u.preOrder(), u.subtreeSize());
    }
}
