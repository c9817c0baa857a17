package org.resulta.organisation.domain;

import org.resulta.organisation.OrgUnitQuery;
import org.resulta.organisation.OrgUnitType;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.CommittedSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class OrgUnitRepository {

    private static final String SELECT = """
            SELECT u.id, u.code, u.name, u.unit_type, p.code AS parent_code, u.hierarchy_level, u.path, u.pre_order,
                   u.subtree_size, u.valid_from, u.valid_to, u.retired_at, u.retired_reason
            FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
            """;
    private static final RowMapper<OrgUnitView> VIEW = (rs, n) -> new OrgUnitView(rs.getLong("id"),
            rs.getString("code"), rs.getString("name"), OrgUnitType.valueOf(rs.getString("unit_type")),
            rs.getString("parent_code"), rs.getInt("hierarchy_level"), rs.getString("path"), rs.getInt("pre_order"),
            rs.getInt("subtree_size"), rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class), rs.getObject("retired_at", OffsetDateTime.class),
            rs.getString("retired_reason"));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CommittedSnapshot<UnitTree> tree;

    OrgUnitRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tree = new CommittedSnapshot<>(() -> new UnitTree(findAll()));
    }

    /**
     * The whole tree as committed, held in memory; empty inside a transaction that changed units (read the
     * database there). Every write below drops it.
     */
    Optional<UnitTree> tree() {
        return tree.get();
    }

    /** Drops the tree held in memory: for units written by SQL outside this repository (the generator). */
    void forgetTree() {
        tree.changed();
    }

    Optional<OrgUnitView> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE u.code = :code").param("code", code).query(VIEW).optional();
    }

    Optional<OrgUnitView> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id).query(VIEW).optional();
    }

    /** Units with pre-order numbers in {@code [from, to)}, in tree order. */
    List<OrgUnitView> findRange(int from, int to) {
        return jdbc.sql(SELECT + " WHERE u.pre_order >= :from AND u.pre_order < :to ORDER BY u.pre_order")
                .param("from", from).param("to", to).query(VIEW).list();
    }

    List<OrgUnitView> findChildren(long parentId) {
        return jdbc.sql(SELECT + " WHERE u.parent_id = :parent ORDER BY u.pre_order").param("parent", parentId)
                .query(VIEW).list();
    }

    List<OrgUnitView> findRoots() {
        return jdbc.sql(SELECT + " WHERE u.parent_id IS NULL ORDER BY u.pre_order").query(VIEW).list();
    }

    List<OrgUnitView> findAll() {
        return jdbc.sql(SELECT + " ORDER BY u.pre_order").query(VIEW).list();
    }

    List<OrgUnitView> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE u.id IN (:ids) ORDER BY u.pre_order").param("ids", ids).query(VIEW).list();
    }

    /** Units matching the query inside the pre-order range {@code [from, to)}. */
    List<OrgUnitView> search(OrgUnitQuery query, int from, int to, long offset, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE u.pre_order >= :from AND u.pre_order < :to");
        Map<String, Object> params = filters(query, sql, from, to);
        sql.append(" ORDER BY u.pre_order LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(VIEW).list();
    }

    long count(OrgUnitQuery query, int from, int to) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM org_unit u WHERE u.pre_order >= :from AND u.pre_order < :to");
        Map<String, Object> params = filters(query, sql, from, to);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static Map<String, Object> filters(OrgUnitQuery query, StringBuilder sql, int from, int to) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        if (query.level() != null) {
            sql.append(" AND u.hierarchy_level = :level");
            params.put("level", query.level());
        }
        if (query.type() != null) {
            sql.append(" AND u.unit_type = :type");
            params.put("type", query.type().name());
        }
        if (query.search() != null && !query.search().isBlank()) {
            sql.append(" AND (LOWER(u.code) LIKE :search OR LOWER(u.name) LIKE :search)");
            params.put("search", "%" + query.search().trim().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (!query.includeRetired()) {
            sql.append(" AND u.retired_at IS NULL");
        }
        return params;
    }

    int maxPreOrderEnd() {
        return jdbc.sql("SELECT COALESCE(MAX(pre_order + subtree_size), 0) FROM org_unit").query(Integer.class).single();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE LOWER(code) = LOWER(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    long insert(String code, String name, OrgUnitType type, Long parentId, LocalDate validFrom, LocalDate validTo,
                String actor) {
        tree.changed();
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO org_unit (code, name, unit_type, parent_id, hierarchy_level, path, pre_order,
                                              subtree_size, valid_from, valid_to, created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :name, :type, :parent, 0, '/', -1, 1, :from, :to, :now, :actor, :now, :actor)""")
                .param("code", code).param("name", name).param("type", type.name()).param("parent", parentId)
                .param("from", validFrom).param("to", validTo).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String name, OrgUnitType type, LocalDate validFrom, LocalDate validTo, String actor) {
        tree.changed();
        jdbc.sql("""
                        UPDATE org_unit SET name = :name, unit_type = :type, valid_from = :from, valid_to = :to,
                                            changed_at = :now, changed_by = :actor WHERE id = :id""")
                .param("name", name).param("type", type.name()).param("from", validFrom).param("to", validTo)
                .param("now", OffsetDateTime.now()).param("actor", actor).param("id", id).update();
    }

    void setParent(long id, long parentId, String actor) {
        tree.changed();
        jdbc.sql("UPDATE org_unit SET parent_id = :parent, changed_at = :now, changed_by = :actor WHERE id = :id")
                .param("parent", parentId).param("now", OffsetDateTime.now()).param("actor", actor).param("id", id)
                .update();
    }

    void retire(long id, String reason, String actor) {
        tree.changed();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        UPDATE org_unit SET retired_at = :now, retired_by = :actor, retired_reason = :reason,
                                            changed_at = :now, changed_by = :actor WHERE id = :id""")
                .param("now", now).param("actor", actor).param("reason", reason).param("id", id).update();
    }

    long countActiveChildren(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE parent_id = :id AND retired_at IS NULL").param("id", id)
                .query(Long.class).single();
    }

    /** Takes the tree's write lock for the rest of the transaction and returns the new hierarchy version. */
    long lockHierarchy() {
        jdbc.sql("UPDATE org_hierarchy_version SET version = version + 1 WHERE id = 1").update();
        return jdbc.sql("SELECT version FROM org_hierarchy_version WHERE id = 1").query(Long.class).single();
    }

    long hierarchyVersion() {
        return jdbc.sql("SELECT version FROM org_hierarchy_version WHERE id = 1").query(Long.class).single();
    }

    /** Renumbers the whole tree and writes only the rows whose numbering changed. */
    int renumber() {
        tree.changed();
        List<HierarchyNumbering.Node> nodes = new ArrayList<>();
        Map<Long, int[]> current = new HashMap<>();
        Map<Long, String> currentPath = new HashMap<>();
        jdbc.sql("SELECT id, parent_id, code, pre_order, subtree_size, hierarchy_level, path FROM org_unit")
                .query(rs -> {
                    long id = rs.getLong("id");
                    long parent = rs.getLong("parent_id");
                    nodes.add(new HierarchyNumbering.Node(id, rs.wasNull() ? null : parent, rs.getString("code")));
                    current.put(id, new int[]{rs.getInt("pre_order"), rs.getInt("subtree_size"), rs.getInt("hierarchy_level")});
                    currentPath.put(id, rs.getString("path"));
                });
        Map<Long, HierarchyNumbering.Numbered> numbered = HierarchyNumbering.number(nodes);
        List<Object[]> changes = new ArrayList<>();
        for (HierarchyNumbering.Numbered n : numbered.values()) {
            int[] was = current.get(n.id());
            if (was[0] != n.preOrder() || was[1] != n.subtreeSize() || was[2] != n.level()
                    || !n.path().equals(currentPath.get(n.id()))) {
                changes.add(new Object[]{n.preOrder(), n.subtreeSize(), n.level(), n.path(), n.id()});
            }
        }
        // Pre-order numbers are not unique-constrained, so rows can be rewritten in any order.
        batch.batchUpdate("UPDATE org_unit SET pre_order = ?, subtree_size = ?, hierarchy_level = ?, path = ? WHERE id = ?",
                changes);
        return changes.size();
    }
}
