package org.resulta.measurement.domain;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes checked actuals in bulk inside the caller's transaction: new rows with PostgreSQL's COPY (JDBC batches on
 * other databases), changed rows with batched updates; reads what is stored for a batch of keys in one query.
 */
@Repository
class BulkActualWriter {

    private static final String COPY = "COPY data_value (indicator_id, org_unit_id, period_id, option_combo_id, "
            + "numeric_value, numerator, denominator, text_value, comment, created_at, created_by, changed_at, changed_by) "
            + "FROM STDIN WITH (FORMAT csv)";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    BulkActualWriter(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A checked actual with all its keys. */
    record Keyed(long unitId, int periodId, ValueRepository.ActualRow row) {

        String key() {
            return key(row.indicatorId(), unitId, periodId, row.comboId());
        }

        static String key(long indicatorId, long unitId, int periodId, int comboId) {
            return indicatorId + ":" + unitId + ":" + periodId + ":" + comboId;
        }
    }

    /** What is stored for any combination of these units, periods and indicators, by {@link Keyed#key()}. */
    Map<String, ValueRepository.StoredActual> existing(Collection<Long> unitIds, Collection<Integer> periodIds,
                                                       Collection<Long> indicatorIds) {
        Map<String, ValueRepository.StoredActual> stored = new HashMap<>();
        if (unitIds.isEmpty()) {
            return stored;
        }
        named.query("""
                        SELECT indicator_id, org_unit_id, period_id, option_combo_id, numeric_value, numerator, denominator,
                               text_value, comment
                        FROM data_value
                        WHERE org_unit_id IN (:units) AND period_id IN (:periods) AND indicator_id IN (:indicators)""",
                new MapSqlParameterSource().addValue("units", unitIds).addValue("periods", periodIds)
                        .addValue("indicators", indicatorIds),
                rs -> {
                    stored.put(Keyed.key(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)),
                            new ValueRepository.StoredActual(rs.getBigDecimal(5), rs.getBigDecimal(6),
                                    rs.getBigDecimal(7), rs.getString(8), rs.getString(9)));
                });
        return stored;
    }

    void insert(List<Keyed> rows, String actor, OffsetDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), rows, actor, now);
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write actuals with COPY: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        List<Object[]> args = new ArrayList<>(rows.size());
        for (Keyed k : rows) {
            var r = k.row();
            args.add(new Object[]{r.indicatorId(), k.unitId(), k.periodId(), r.comboId(), r.value(), r.numerator(),
                    r.denominator(), r.text(), r.comment(), now, actor, now, actor});
        }
        jdbc.batchUpdate("""
                INSERT INTO data_value (indicator_id, org_unit_id, period_id, option_combo_id, numeric_value, numerator,
                                        denominator, text_value, comment, created_at, created_by, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args);
    }

    void update(List<Keyed> rows, String actor, OffsetDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>(rows.size());
        for (Keyed k : rows) {
            var r = k.row();
            args.add(new Object[]{r.value(), r.numerator(), r.denominator(), r.text(), r.comment(), now, actor,
                    r.indicatorId(), k.unitId(), k.periodId(), r.comboId()});
        }
        jdbc.batchUpdate("""
                UPDATE data_value SET numeric_value = ?, numerator = ?, denominator = ?, text_value = ?, comment = ?,
                       changed_at = ?, changed_by = ?
                WHERE indicator_id = ? AND org_unit_id = ? AND period_id = ? AND option_combo_id = ?""", args);
    }

    private static void copy(PGConnection connection, List<Keyed> rows, String actor, OffsetDateTime now)
            throws SQLException {
        String at = now.toString();
        String by = quote(actor);
        StringBuilder csv = new StringBuilder(rows.size() * 80);
        for (Keyed k : rows) {
            var r = k.row();
            csv.append(r.indicatorId()).append(',').append(k.unitId()).append(',').append(k.periodId()).append(',')
                    .append(r.comboId()).append(',').append(plain(r.value())).append(',').append(plain(r.numerator()))
                    .append(',').append(plain(r.denominator())).append(',').append(quote(r.text())).append(',')
                    .append(quote(r.comment())).append(',').append(at).append(',').append(by).append(',').append(at)
                    .append(',').append(by).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = connection.getCopyAPI().copyIn(COPY);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** A CSV field for COPY: null is an unquoted empty field, any text is quoted. */
    static String quote(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }
}
