package org.resulta.results.domain;

import org.resulta.results.AssumptionKind;
import org.resulta.results.AssumptionView;
import org.resulta.results.OutcomeStage;
import org.resulta.results.PlanStatus;
import org.resulta.results.PlanView;
import org.resulta.results.ProgramView;
import org.resulta.results.ResultLinkView;
import org.resulta.results.ResultNodeReference;
import org.resulta.results.ResultNodeView;
import org.resulta.shared.ResultLevel;
import org.resulta.shared.Numbers;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of the plan aggregate: the plan, its programs, nodes, links and assumptions. */
@Repository
class PlanRepository {

    private static final String PLAN_SELECT = """
            SELECT p.code, p.name, p.description, u.code AS owner_code, u.name AS owner_name, p.framework_code,
                   p.start_year, p.end_year, p.status, p.approved_at, p.approved_by, p.status_reason
            FROM plan p JOIN org_unit u ON u.id = p.owner_unit_id
            """;
    private static final RowMapper<PlanView> PLAN = (rs, n) -> new PlanView(rs.getString("code"),
            rs.getString("name"), rs.getString("description"), rs.getString("owner_code"), rs.getString("owner_name"),
            rs.getString("framework_code"), rs.getInt("start_year"), rs.getInt("end_year"),
            PlanStatus.valueOf(rs.getString("status")), rs.getObject("approved_at", OffsetDateTime.class),
            rs.getString("approved_by"), rs.getString("status_reason"));
    private static final RowMapper<PlanRecord> PLAN_RECORD = (rs, n) -> new PlanRecord(rs.getLong("id"),
            rs.getString("code"), rs.getLong("owner_unit_id"), rs.getString("framework_code"), rs.getInt("start_year"),
            rs.getInt("end_year"), PlanStatus.valueOf(rs.getString("status")));
    private static final String NODE_SELECT = """
            SELECT n.id, n.code, p.code AS plan_code, n.result_level, n.outcome_stage, n.statement, n.description,
                   u.code AS owner_code, g.code AS program_code, n.sort_order
            FROM result_node n JOIN plan p ON p.id = n.plan_id
            LEFT JOIN org_unit u ON u.id = n.owner_unit_id LEFT JOIN program g ON g.id = n.program_id
            """;
    private static final RowMapper<ResultNodeView> NODE = (rs, n) -> new ResultNodeView(rs.getLong("id"),
            rs.getString("code"), rs.getString("plan_code"), ResultLevel.valueOf(rs.getString("result_level")),
            rs.getString("outcome_stage") == null ? null : OutcomeStage.valueOf(rs.getString("outcome_stage")),
            rs.getString("statement"), rs.getString("description"), rs.getString("owner_code"),
            rs.getString("program_code"), rs.getInt("sort_order"));
    private static final String REFERENCE_SELECT = """
            SELECT n.id, n.code, n.statement, n.result_level, p.id AS plan_id, p.code AS plan_code, p.name AS plan_name,
                   p.owner_unit_id, p.framework_code
            FROM result_node n JOIN plan p ON p.id = n.plan_id
            """;
    private static final RowMapper<ResultNodeReference> REFERENCE = (rs, n) -> new ResultNodeReference(
            rs.getLong("id"), rs.getString("code"), rs.getString("statement"),
            ResultLevel.valueOf(rs.getString("result_level")), rs.getLong("plan_id"), rs.getString("plan_code"),
            rs.getString("plan_name"), rs.getLong("owner_unit_id"), rs.getString("framework_code"));

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- plans

    Optional<PlanView> findView(String code) {
        return jdbc.sql(PLAN_SELECT + " WHERE p.code = :code").param("code", code).query(PLAN).optional();
    }

    Optional<PlanRecord> find(String code) {
        return jdbc.sql("SELECT id, code, owner_unit_id, framework_code, start_year, end_year, status FROM plan WHERE code = :code")
                .param("code", code).query(PLAN_RECORD).optional();
    }

    /** Plans whose owner unit's pre-order number lies in one of the given ranges, or is one of the given ids. */
    List<PlanView> findOwnedWithin(int from, int to, Collection<Long> ancestorIds, long offset, int limit) {
        return jdbc.sql(PLAN_SELECT + """
                         WHERE (u.pre_order >= :from AND u.pre_order < :to) OR u.id IN (:ancestors)
                         ORDER BY p.start_year DESC, p.code LIMIT :limit OFFSET :offset""")
                .param("from", from).param("to", to).param("ancestors", ancestorIds.isEmpty() ? List.of(-1L) : ancestorIds)
                .param("limit", limit).param("offset", offset).query(PLAN).list();
    }

    long countOwnedWithin(int from, int to, Collection<Long> ancestorIds) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM plan p JOIN org_unit u ON u.id = p.owner_unit_id
                        WHERE (u.pre_order >= :from AND u.pre_order < :to) OR u.id IN (:ancestors)""")
                .param("from", from).param("to", to).param("ancestors", ancestorIds.isEmpty() ? List.of(-1L) : ancestorIds)
                .query(Long.class).single();
    }

    boolean planCodeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM plan WHERE LOWER(code) = LOWER(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    long insertPlan(String code, String name, String description, long ownerUnitId, String frameworkCode,
                    int startYear, int endYear, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO plan (code, name, description, owner_unit_id, framework_code, start_year, end_year,
                                          status, created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :name, :description, :owner, :framework, :start, :end, 'DRAFT',
                                :now, :actor, :now, :actor)""")
                .param("code", code).param("name", name).param("description", description).param("owner", ownerUnitId)
                .param("framework", frameworkCode).param("start", startYear).param("end", endYear)
                .param("now", now).param("actor", actor).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updatePlan(long id, String name, String description, String frameworkCode, int startYear, int endYear,
                    String actor) {
        jdbc.sql("""
                        UPDATE plan SET name = :name, description = :description, framework_code = :framework,
                                        start_year = :start, end_year = :end, changed_at = :now, changed_by = :actor
                        WHERE id = :id""")
                .param("name", name).param("description", description).param("framework", frameworkCode)
                .param("start", startYear).param("end", endYear).param("now", OffsetDateTime.now())
                .param("actor", actor).param("id", id).update();
    }

    void setStatus(long id, PlanStatus status, String reason, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        boolean approving = status == PlanStatus.APPROVED;
        jdbc.sql("""
                        UPDATE plan SET status = :status, status_reason = :reason,
                                        approved_at = :approvedAt, approved_by = :approvedBy,
                                        changed_at = :now, changed_by = :actor WHERE id = :id""")
                .param("status", status.name()).param("reason", reason)
                .param("approvedAt", approving ? now : null).param("approvedBy", approving ? actor : null)
                .param("now", now).param("actor", actor).param("id", id).update();
    }

    // ---- programs

    List<ProgramView> programs(long planId) {
        return jdbc.sql("""
                        SELECT g.code, p.code AS plan_code, g.name, g.description, u.code AS owner_code
                        FROM program g JOIN plan p ON p.id = g.plan_id LEFT JOIN org_unit u ON u.id = g.owner_unit_id
                        WHERE g.plan_id = :plan ORDER BY g.code""")
                .param("plan", planId)
                .query((rs, n) -> new ProgramView(rs.getString("code"), rs.getString("plan_code"), rs.getString("name"),
                        rs.getString("description"), rs.getString("owner_code"))).list();
    }

    Optional<Long> programId(long planId, String code) {
        return jdbc.sql("SELECT id FROM program WHERE plan_id = :plan AND code = :code").param("plan", planId)
                .param("code", code).query(Long.class).optional();
    }

    boolean programCodeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM program WHERE LOWER(code) = LOWER(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    void insertProgram(long planId, String code, String name, String description, Long ownerUnitId, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO program (code, plan_id, name, description, owner_unit_id,
                                             created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :plan, :name, :description, :owner, :now, :actor, :now, :actor)""")
                .param("code", code).param("plan", planId).param("name", name).param("description", description)
                .param("owner", ownerUnitId).param("now", now).param("actor", actor).update();
    }

    // ---- nodes

    List<ResultNodeView> nodes(long planId) {
        return jdbc.sql(NODE_SELECT + " WHERE n.plan_id = :plan AND n.retired_at IS NULL ORDER BY n.sort_order, n.code")
                .param("plan", planId).query(NODE).list();
    }

    Optional<ResultNodeView> node(String code) {
        return jdbc.sql(NODE_SELECT + " WHERE n.code = :code").param("code", code).query(NODE).optional();
    }

    Optional<ResultNodeReference> reference(String code) {
        return jdbc.sql(REFERENCE_SELECT + " WHERE n.code = :code").param("code", code).query(REFERENCE).optional();
    }

    Optional<ResultNodeReference> reference(long id) {
        return jdbc.sql(REFERENCE_SELECT + " WHERE n.id = :id").param("id", id).query(REFERENCE).optional();
    }

    List<ResultNodeReference> references(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REFERENCE_SELECT + " WHERE n.id IN (:ids)").param("ids", ids).query(REFERENCE).list();
    }

    boolean nodeCodeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM result_node WHERE LOWER(code) = LOWER(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    int nextSortOrder(long planId) {
        return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM result_node WHERE plan_id = :plan")
                .param("plan", planId).query(Integer.class).single();
    }

    long insertNode(long planId, String code, ResultLevel level, OutcomeStage stage, String statement,
                    String description, Long ownerUnitId, Long programId, int sortOrder, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO result_node (code, plan_id, result_level, outcome_stage, statement, description,
                                                 owner_unit_id, program_id, sort_order,
                                                 created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :plan, :level, :stage, :statement, :description, :owner, :program, :sort,
                                :now, :actor, :now, :actor)""")
                .param("code", code).param("plan", planId).param("level", level.name())
                .param("stage", stage == null ? null : stage.name()).param("statement", statement)
                .param("description", description).param("owner", ownerUnitId).param("program", programId)
                .param("sort", sortOrder).param("now", now).param("actor", actor).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateNode(long id, OutcomeStage stage, String statement, String description, Long ownerUnitId,
                    Long programId, String actor) {
        jdbc.sql("""
                        UPDATE result_node SET outcome_stage = :stage, statement = :statement, description = :description,
                               owner_unit_id = :owner, program_id = :program, changed_at = :now, changed_by = :actor
                        WHERE id = :id""")
                .param("stage", stage == null ? null : stage.name()).param("statement", statement)
                .param("description", description).param("owner", ownerUnitId).param("program", programId)
                .param("now", OffsetDateTime.now()).param("actor", actor).param("id", id).update();
    }

    // ---- links

    List<ResultLinkView> links(long planId) {
        return jdbc.sql("""
                        SELECT f.code AS from_code, t.code AS to_code, l.weight FROM result_link l
                        JOIN result_node f ON f.id = l.from_node_id JOIN result_node t ON t.id = l.to_node_id
                        WHERE f.plan_id = :plan ORDER BY f.sort_order, t.sort_order""")
                .param("plan", planId)
                .query((rs, n) -> new ResultLinkView(rs.getString("from_code"), rs.getString("to_code"),
                        Numbers.plain(rs.getBigDecimal("weight")))).list();
    }

    /** The weight of the link from one result to another, if they are linked. */
    Optional<BigDecimal> linkWeight(long fromId, long toId) {
        return jdbc.sql("SELECT weight FROM result_link WHERE from_node_id = :from AND to_node_id = :to")
                .param("from", fromId).param("to", toId).query(BigDecimal.class).optional().map(Numbers::plain);
    }

    void insertLink(long fromId, long toId, BigDecimal weight, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO result_link (from_node_id, to_node_id, weight, created_at, created_by, changed_at,
                               changed_by)
                        VALUES (:from, :to, :weight, :now, :actor, :now, :actor)""")
                .param("from", fromId).param("to", toId).param("weight", weight).param("now", now).param("actor", actor)
                .update();
    }

    void updateLinkWeight(long fromId, long toId, BigDecimal weight, String actor) {
        jdbc.sql("""
                        UPDATE result_link SET weight = :weight, changed_at = :now, changed_by = :actor
                        WHERE from_node_id = :from AND to_node_id = :to""")
                .param("weight", weight).param("now", OffsetDateTime.now()).param("actor", actor)
                .param("from", fromId).param("to", toId).update();
    }

    int deleteLink(long fromId, long toId) {
        return jdbc.sql("DELETE FROM result_link WHERE from_node_id = :from AND to_node_id = :to")
                .param("from", fromId).param("to", toId).update();
    }

    // ---- assumptions

    List<AssumptionView> assumptions(long planId) {
        return jdbc.sql("""
                        SELECT a.id, n.code, a.kind, a.statement FROM result_assumption a
                        JOIN result_node n ON n.id = a.node_id WHERE n.plan_id = :plan ORDER BY n.sort_order, a.id""")
                .param("plan", planId)
                .query((rs, n) -> new AssumptionView(rs.getLong("id"), rs.getString("code"),
                        AssumptionKind.valueOf(rs.getString("kind")), rs.getString("statement"))).list();
    }

    long insertAssumption(long nodeId, AssumptionKind kind, String statement, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO result_assumption (node_id, kind, statement, created_at, created_by, changed_at, changed_by)
                        VALUES (:node, :kind, :statement, :now, :actor, :now, :actor)""")
                .param("node", nodeId).param("kind", kind.name()).param("statement", statement)
                .param("now", now).param("actor", actor).update(keys, "id");
        return keys.getKey().longValue();
    }
}
