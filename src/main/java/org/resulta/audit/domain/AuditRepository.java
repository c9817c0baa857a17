package org.resulta.audit.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditEventView;
import org.resulta.audit.AuditQuery;
import org.resulta.audit.AuditedEntity;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Appends audit events in batches and reads them with the reader's scope as a pre-order range. */
@Repository
class AuditRepository {

    private static final String SELECT = """
            SELECT a.id, a.occurred_at, a.actor, a.entity_type, a.entity_key, a.action, u.code AS unit_code,
                   a.old_value, a.new_value, a.reason
            FROM audit_event a LEFT JOIN org_unit u ON u.id = a.unit_id
            """;
    private static final RowMapper<AuditEventView> VIEW = (rs, n) -> new AuditEventView(rs.getLong("id"),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
            AuditedEntity.valueOf(rs.getString("entity_type")), rs.getString("entity_key"),
            AuditAction.valueOf(rs.getString("action")), rs.getString("unit_code"), rs.getString("old_value"),
            rs.getString("new_value"), rs.getString("reason"));

    private static final int COPY_FROM = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final DataSource dataSource;

    AuditRepository(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.dataSource = dataSource;
    }

    void insert(List<AuditEntry> entries, String actor, OffsetDateTime at) {
        if (entries.size() >= COPY_FROM && copy(entries, actor, at)) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            rows.add(new Object[]{at, actor, e.entity().name(), clip(e.entityKey(), 300), e.action().name(), e.unitId(),
                    clip(e.oldValue(), 4000), clip(e.newValue(), 4000), clip(e.reason(), 1000)});
        }
        batch.batchUpdate("""
                INSERT INTO audit_event (occurred_at, actor, entity_type, entity_key, action, unit_id, old_value,
                                         new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * Many entries at once (a bulk import) go in with PostgreSQL's COPY, in the caller's transaction; false when
     * the database is not PostgreSQL.
     */
    private boolean copy(List<AuditEntry> entries, String actor, OffsetDateTime at) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            StringBuilder csv = new StringBuilder(entries.size() * 120);
            String when = at.toString();
            for (AuditEntry e : entries) {
                csv.append(when).append(',').append(quote(actor)).append(',').append(e.entity().name()).append(',')
                        .append(quote(clip(e.entityKey(), 300))).append(',').append(e.action().name()).append(',')
                        .append(e.unitId() == null ? "" : e.unitId()).append(',').append(quote(clip(e.oldValue(), 4000)))
                        .append(',').append(quote(clip(e.newValue(), 4000))).append(',').append(quote(clip(e.reason(), 1000)))
                        .append('\n');
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY audit_event (occurred_at, "
                    + "actor, entity_type, entity_key, action, unit_id, old_value, new_value, reason) FROM STDIN WITH (FORMAT csv)");
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the audit trail with COPY: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String quote(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Range [from, to) limits to units of a subtree; {@code null} range means every unit. */
    List<AuditEventView> search(AuditQuery query, String exactKey, Integer from, Integer to, long offset, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = filters(query, exactKey, from, to, sql);
        sql.append(" ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(VIEW).list();
    }

    long count(AuditQuery query, Integer from, Integer to) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM audit_event a LEFT JOIN org_unit u ON u.id = a.unit_id");
        Map<String, Object> params = filters(query, null, from, to, sql);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static Map<String, Object> filters(AuditQuery q, String exactKey, Integer from, Integer to, StringBuilder sql) {
        Map<String, Object> params = new HashMap<>();
        sql.append(" WHERE 1 = 1");
        if (from != null) {
            sql.append(" AND (a.unit_id IS NULL OR (u.pre_order >= :from AND u.pre_order < :to))");
            params.put("from", from);
            params.put("to", to);
        }
        if (q.entity() != null) {
            sql.append(" AND a.entity_type = :entity");
            params.put("entity", q.entity().name());
        }
        if (exactKey != null) {
            sql.append(" AND a.entity_key = :key");
            params.put("key", exactKey);
        }
        if (q.keyStartsWith() != null && !q.keyStartsWith().isBlank()) {
            sql.append(" AND a.entity_key LIKE :prefix");
            params.put("prefix", q.keyStartsWith().replace("%", "").replace("_", "\\_") + "%");
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" AND a.actor = :actor");
            params.put("actor", q.actor());
        }
        if (q.from() != null) {
            sql.append(" AND a.occurred_at >= :since");
            params.put("since", q.from().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        }
        if (q.to() != null) {
            sql.append(" AND a.occurred_at < :until");
            params.put("until", q.to().plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        }
        return params;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
