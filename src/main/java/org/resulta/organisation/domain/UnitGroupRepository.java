package org.resulta.organisation.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and writes unit groups and their members with SQL; members are kept as unit ids. */
@Repository
class UnitGroupRepository {

    /** A group row as stored. */
    record GroupRow(long id, String code, String name, String description, OffsetDateTime createdAt, String createdBy,
                    OffsetDateTime changedAt, String changedBy, OffsetDateTime retiredAt, String retiredBy,
                    String retiredReason) {

        boolean retired() {
            return retiredAt != null;
        }
    }

    private static final String SELECT = """
            SELECT id, code, name, description, created_at, created_by, changed_at, changed_by, retired_at, retired_by,
                   retired_reason
            FROM org_unit_group
            """;
    private static final RowMapper<GroupRow> ROW = (rs, n) -> new GroupRow(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), rs.getString("description"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getString("created_by"), rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"),
            rs.getObject("retired_at", OffsetDateTime.class), rs.getString("retired_by"), rs.getString("retired_reason"));

    private final JdbcClient jdbc;

    UnitGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The group with this code, the code compared without case. */
    Optional<GroupRow> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE LOWER(code) = LOWER(:code)").param("code", code).query(ROW).optional();
    }

    /** Every group by code, retired ones only when asked. */
    List<GroupRow> findAll(boolean includeRetired) {
        return jdbc.sql(SELECT + (includeRetired ? "" : " WHERE retired_at IS NULL") + " ORDER BY code")
                .query(ROW).list();
    }

    List<Long> memberIds(long groupId) {
        return jdbc.sql("SELECT unit_id FROM org_unit_group_member WHERE group_id = :group ORDER BY unit_id")
                .param("group", groupId).query(Long.class).list();
    }

    long insert(String code, String name, String description, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO org_unit_group (code, name, description, created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :name, :description, :now, :actor, :now, :actor)""")
                .param("code", code).param("name", name).param("description", description).param("now", now)
                .param("actor", actor).update();
        return findByCode(code).orElseThrow().id();
    }

    void update(long id, String name, String description, String actor) {
        jdbc.sql("""
                        UPDATE org_unit_group SET name = :name, description = :description, changed_at = :now,
                                                  changed_by = :actor WHERE id = :id""")
                .param("name", name).param("description", description).param("now", OffsetDateTime.now())
                .param("actor", actor).param("id", id).update();
    }

    /** Marks the group changed (its members were), so that its changed at/by tell who last touched it. */
    void touch(long id, String actor) {
        jdbc.sql("UPDATE org_unit_group SET changed_at = :now, changed_by = :actor WHERE id = :id")
                .param("now", OffsetDateTime.now()).param("actor", actor).param("id", id).update();
    }

    void addMembers(long groupId, Collection<Long> unitIds, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        for (Long unitId : unitIds) {
            jdbc.sql("""
                            INSERT INTO org_unit_group_member (group_id, unit_id, created_at, created_by, changed_at, changed_by)
                            VALUES (:group, :unit, :now, :actor, :now, :actor)""")
                    .param("group", groupId).param("unit", unitId).param("now", now).param("actor", actor).update();
        }
    }

    void removeMembers(long groupId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM org_unit_group_member WHERE group_id = :group AND unit_id IN (:units)")
                .param("group", groupId).param("units", unitIds).update();
    }

    void retire(long id, String reason, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        UPDATE org_unit_group SET retired_at = :now, retired_by = :actor, retired_reason = :reason,
                                                  changed_at = :now, changed_by = :actor WHERE id = :id""")
                .param("now", now).param("actor", actor).param("reason", reason).param("id", id).update();
    }
}
