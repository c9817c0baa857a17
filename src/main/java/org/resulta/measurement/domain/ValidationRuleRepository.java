package org.resulta.measurement.domain;

import org.resulta.measurement.RuleImportance;
import org.resulta.measurement.RuleOperator;
import org.resulta.measurement.ValidationRuleRequest;
import org.resulta.shared.PeriodType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

@Repository
class ValidationRuleRepository {

    private final JdbcClient jdbc;

    ValidationRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredRule(long id, String code, String name, String description, String leftSide, RuleOperator operator,
                      String rightSide, RuleImportance importance, PeriodType periodType, long ownerUnitId) {
    }

    List<StoredRule> all() {
        return jdbc.sql("""
                        SELECT id, code, name, description, left_side, operator, right_side, importance, period_type,
                               owner_unit_id FROM validation_rule ORDER BY code""")
                .query((rs, n) -> new StoredRule(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), RuleOperator.valueOf(rs.getString(6)), rs.getString(7),
                        RuleImportance.valueOf(rs.getString(8)), PeriodType.valueOf(rs.getString(9)), rs.getLong(10)))
                .list();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM validation_rule WHERE LOWER(code) = LOWER(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    void insert(ValidationRuleRequest r, long ownerUnitId, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO validation_rule (code, name, description, left_side, operator, right_side, importance,
                               period_type, owner_unit_id, created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :name, :description, :left, :operator, :right, :importance, :type, :owner,
                                :now, :actor, :now, :actor)""")
                .param("code", r.code().trim()).param("name", r.name().trim()).param("description", r.description())
                .param("left", r.leftSide().trim()).param("operator", r.operator().name())
                .param("right", r.rightSide().trim()).param("importance", r.importance().name())
                .param("type", r.periodType().name()).param("owner", ownerUnitId).param("now", now)
                .param("actor", actor).update();
    }
}
