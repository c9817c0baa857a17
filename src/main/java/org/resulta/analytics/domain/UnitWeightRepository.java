package org.resulta.analytics.domain;

import org.resulta.shared.Numbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The stored weights of units in their parent's score (table unit_score_weight); a unit without a row weighs 1. */
@Repository
class UnitWeightRepository {

    private final JdbcClient jdbc;

    UnitWeightRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The weight of each of the units given (1 for those without a stored weight). */
    Map<Long, BigDecimal> weights(Collection<Long> unitIds) {
        Map<Long, BigDecimal> weights = new HashMap<>();
        unitIds.forEach(id -> weights.put(id, BigDecimal.ONE));
        if (!unitIds.isEmpty()) {
            jdbc.sql("SELECT unit_id, weight FROM unit_score_weight WHERE unit_id IN (:ids)")
                    .param("ids", unitIds)
                    .query((rs, n) -> weights.put(rs.getLong("unit_id"), Numbers.plain(rs.getBigDecimal("weight"))))
                    .list();
        }
        return weights;
    }

    void save(long unitId, BigDecimal weight, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        int updated = jdbc.sql("UPDATE unit_score_weight SET weight = :weight, changed_at = :now, changed_by = :actor "
                        + "WHERE unit_id = :unit")
                .param("weight", weight).param("now", now).param("actor", actor).param("unit", unitId).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO unit_score_weight (unit_id, weight, created_at, created_by, changed_at, changed_by)
                            VALUES (:unit, :weight, :now, :actor, :now, :actor)""")
                    .param("unit", unitId).param("weight", weight).param("now", now).param("actor", actor).update();
        }
    }
}
