package org.resulta.organisation.domain;

import org.resulta.identity.UnitDirectory;
import org.resulta.identity.UnitPlacement;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Unchecked hierarchy reads for scope checks (identity) and for other modules' services. */
@Component
@Transactional(readOnly = true)
class HierarchyDirectory implements UnitDirectory, OrgUnitLookup {

    private final OrgUnitRepository units;

    HierarchyDirectory(OrgUnitRepository units) {
        this.units = units;
    }

    @Override
    public Optional<UnitPlacement> byId(long id) {
        return units.findById(id).map(HierarchyDirectory::placement);
    }

    @Override
    public Optional<UnitPlacement> byCode(String code) {
        return code == null ? Optional.empty() : units.findByCode(code).map(HierarchyDirectory::placement);
    }

    @Override
    public Optional<OrgUnitView> find(String code) {
        return code == null ? Optional.empty() : units.findByCode(code);
    }

    @Override
    public Optional<OrgUnitView> find(long id) {
        return units.findById(id);
    }

    @Override
    public List<OrgUnitView> subtree(long id) {
        return units.findById(id).map(u -> units.findRange(u.preOrder(), u.subtreeEnd())).orElse(List.of());
    }

    @Override
    public List<OrgUnitView> children(long id) {
        return units.findChildren(id);
    }

    @Override
    public List<OrgUnitView> all() {
        return units.findAll();
    }

    private static UnitPlacement placement(OrgUnitView u) {
        return new UnitPlacement(u.id(), u.code(), u.name(), u.preOrder(), u.subtreeSize());
    }
}
