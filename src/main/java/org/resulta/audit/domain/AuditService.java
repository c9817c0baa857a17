package org.resulta.audit.domain;

import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditEventView;
import org.resulta.audit.AuditQuery;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.UnitDirectory;
import org.resulta.identity.UnitPlacement;
import org.resulta.shared.Actors;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Service
class AuditService implements AuditTrail {

    private final AuditRepository events;
    private final CurrentUser currentUser;
    private final UnitDirectory units;

    AuditService(AuditRepository events, CurrentUser currentUser, UnitDirectory units) {
        this.events = events;
        this.currentUser = currentUser;
        this.units = units;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            events.insert(entries, Actors.current(), OffsetDateTime.now());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEventView> history(AuditedEntity entity, String entityKey, String unitCode) {
        Range range = range(new AuditQuery(entity, unitCode, null, null, null, null));
        return events.search(new AuditQuery(entity, null, null, null, null, null), entityKey, range.from(), range.to(), 0, 500);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEventView> search(AuditQuery query, PageRequest page) {
        Range range = range(query);
        long total = events.count(query, range.from(), range.to());
        List<AuditEventView> items = total == 0 ? List.of()
                : events.search(query, null, range.from(), range.to(), page.offset(), page.size());
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** A pre-order range of units; null bounds mean every unit. */
    private record Range(Integer from, Integer to) {
    }

    /** The narrower of the reader's scope and the unit asked for, as a pre-order range. */
    private Range range(AuditQuery query) {
        Optional<UnitPlacement> scope = currentUser.scope();
        Integer from = scope.map(UnitPlacement::preOrder).orElse(null);
        Integer to = scope.map(s -> s.preOrder() + s.subtreeSize()).orElse(null);
        if (query.unitCode() != null && !query.unitCode().isBlank()) {
            UnitPlacement unit = units.byCode(query.unitCode())
                    .orElseThrow(() -> new NotFoundException("unitCode", "org unit", query.unitCode()));
            from = from == null ? unit.preOrder() : Math.max(from, unit.preOrder());
            to = to == null ? unit.preOrder() + unit.subtreeSize() : Math.min(to, unit.preOrder() + unit.subtreeSize());
        }
        return new Range(from, to);
    }
}
