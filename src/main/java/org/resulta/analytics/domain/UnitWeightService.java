package org.resulta.analytics.domain;

import org.resulta.analytics.ScoreWeights;
import org.resulta.analytics.UnitWeightView;
import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Actors;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.ScoreWeight;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

@Service
@Transactional
class UnitWeightService implements ScoreWeights {

    private final OrgUnitLookup units;
    private final UnitWeightRepository weights;
    private final AuditTrail audit;

    UnitWeightService(OrgUnitLookup units, UnitWeightRepository weights, AuditTrail audit) {
        this.units = units;
        this.weights = weights;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitWeightView> subUnitWeights(String parentCode) {
        OrgUnitView parent = unit("parentCode", parentCode);
        List<OrgUnitView> children = subUnits(parent);
        Map<Long, BigDecimal> stored = weights.weights(children.stream().map(OrgUnitView::id).toList());
        return children.stream()
                .map(c -> new UnitWeightView(c.code(), c.name(), parent.code(), stored.get(c.id())))
                .toList();
    }

    @Override
    public UnitWeightView weighSubUnit(String parentCode, String unitCode, BigDecimal weight) {
        OrgUnitView parent = unit("parentCode", parentCode);
        OrgUnitView unit = unit("unitCode", unitCode);
        if (!parent.code().equals(unit.parentCode())) {
            throw new InvalidValueException("unitCode", "direct-sub-unit", unit.code() + " is not a sub-unit of "
                    + parent.code() + "; a unit's weight is set in its own parent's score");
        }
        BigDecimal checked = ScoreWeight.checked("weight", weight);
        BigDecimal before = weights.weights(List.of(unit.id())).get(unit.id());
        if (before.compareTo(checked) != 0) {
            weights.save(unit.id(), checked, Actors.current());
            audit.record(new AuditEntry(AuditedEntity.ORG_UNIT, unit.code(), AuditAction.UPDATE, parent.id(),
                    "scoreWeight=" + before.toPlainString(), "scoreWeight=" + checked.toPlainString(), null));
        }
        return new UnitWeightView(unit.code(), unit.name(), parent.code(), checked);
    }

    /** The sub-units a parent's score combines: its current, not retired, children. */
    private List<OrgUnitView> subUnits(OrgUnitView parent) {
        return units.children(parent.id()).stream().filter(c -> !c.isRetired())
                .sorted(Comparator.comparingInt(OrgUnitView::preOrder)).toList();
    }

    private OrgUnitView unit(String field, String code) {
        return units.find(code).orElseThrow(() -> new NotFoundException(field, "org unit", code));
    }
}
