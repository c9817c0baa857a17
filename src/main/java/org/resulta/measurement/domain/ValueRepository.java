package org.resulta.measurement.domain;

import org.resulta.measurement.ActualView;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.TargetView;
import org.resulta.measurement.ValueRecord;
import org.resulta.measurement.calculation.TargetType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Targets and actuals: narrow rows keyed by indicator, unit, period and option combination ids. */
@Repository
class ValueRepository {

    private static final RowMapper<TargetView> TARGET = (rs, n) -> new TargetView(rs.getString("indicator_code"),
            rs.getString("unit_code"), rs.getString("period_code"), TargetType.valueOf(rs.getString("target_type")),
            rs.getBigDecimal("target_value"), rs.getBigDecimal("upper_value"), rs.getString("narrative"),
            rs.getString("combo_code"));
    private static final RowMapper<ActualView> ACTUAL = (rs, n) -> new ActualView(rs.getString("indicator_code"),
            rs.getString("unit_code"), rs.getString("period_code"), rs.getBigDecimal("numeric_value"),
            rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getString("text_value"),
            rs.getString("comment"), rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class),
            rs.getString("combo_code"));
    private static final String TARGET_SELECT = """
            SELECT i.code AS indicator_code, u.code AS unit_code, p.code AS period_code, t.target_type,
                   t.target_value, t.upper_value, t.narrative, c.code AS combo_code
            FROM target t JOIN indicator i ON i.id = t.indicator_id JOIN org_unit u ON u.id = t.org_unit_id
            JOIN period p ON p.id = t.period_id JOIN option_combo c ON c.id = t.option_combo_id
            """;
    private static final String ACTUAL_SELECT = """
            SELECT i.code AS indicator_code, u.code AS unit_code, p.code AS period_code, v.numeric_value, v.numerator,
                   v.denominator, v.text_value, v.comment, v.changed_by, v.changed_at, c.code AS combo_code
            FROM data_value v JOIN indicator i ON i.id = v.indicator_id JOIN org_unit u ON u.id = v.org_unit_id
            JOIN period p ON p.id = v.period_id JOIN option_combo c ON c.id = v.option_combo_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ValueRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A checked actual ready to store. */
    record ActualRow(long indicatorId, int comboId, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                     String text, String comment) {
    }

    /** A checked target ready to store. */
    record TargetRow(long indicatorId, int periodId, int comboId, TargetType type, BigDecimal value, BigDecimal upper,
                     String narrative) {
    }

    // ---- targets

    /** A target as stored before a change. */
    record StoredTarget(String type, BigDecimal value, BigDecimal upper, String narrative) {

        boolean sameAs(TargetRow row) {
            return type.equals(row.type().name()) && same(value, row.value()) && same(upper, row.upper())
                    && java.util.Objects.equals(narrative, row.narrative());
        }
    }

    /** A target that was written: {@code before} is null when it is new. */
    record TargetChange(TargetRow row, StoredTarget before) {
    }

    /**
     * Inserts or replaces many targets of one unit, in two batches; the last of two lines for one key wins and a
     * line equal to what is stored changes nothing. Returns what was written.
     */
    List<TargetChange> upsertTargets(long unitId, List<TargetRow> rows, String actor) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, StoredTarget> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT indicator_id, period_id, option_combo_id, target_type, target_value, upper_value, narrative
                        FROM target WHERE org_unit_id = :unit AND indicator_id IN (:indicators)""")
                .param("unit", unitId).param("indicators", rows.stream().map(TargetRow::indicatorId).distinct().toList())
                .query(rs -> {
                    existing.put(rs.getLong(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3), new StoredTarget(
                            rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)));
                });
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, TargetRow> lastPerKey = new LinkedHashMap<>();
        rows.forEach(r -> lastPerKey.put(r.indicatorId() + ":" + r.periodId() + ":" + r.comboId(), r));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<TargetChange> changes = new ArrayList<>();
        lastPerKey.forEach((key, r) -> {
            StoredTarget before = existing.get(key);
            if (before != null && before.sameAs(r)) {
                return;
            }
            changes.add(new TargetChange(r, before));
            if (before != null) {
                updates.add(new Object[]{r.type().name(), r.value(), r.upper(), r.narrative(), now, actor,
                        r.indicatorId(), unitId, r.periodId(), r.comboId()});
            } else {
                inserts.add(new Object[]{r.indicatorId(), unitId, r.periodId(), r.comboId(), r.type().name(), r.value(),
                        r.upper(), r.narrative(), now, actor, now, actor});
            }
        });
        if (!updates.isEmpty()) {
            batch.batchUpdate("""
                    UPDATE target SET target_type = ?, target_value = ?, upper_value = ?, narrative = ?,
                           changed_at = ?, changed_by = ?
                    WHERE indicator_id = ? AND org_unit_id = ? AND period_id = ? AND option_combo_id = ?""", updates);
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO target (indicator_id, org_unit_id, period_id, option_combo_id, target_type, target_value,
                                        upper_value, narrative, created_at, created_by, changed_at, changed_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
        return changes;
    }

    List<TargetView> targets(long indicatorId, long unitId) {
        return jdbc.sql(TARGET_SELECT + """
                         WHERE t.indicator_id = :indicator AND t.org_unit_id = :unit
                         ORDER BY p.start_date, p.end_date DESC, c.sort_order""")
                .param("indicator", indicatorId).param("unit", unitId).query(TARGET).list();
    }

    List<TargetView> targetsFor(long unitId, int periodId) {
        return jdbc.sql(TARGET_SELECT + " WHERE t.org_unit_id = :unit AND t.period_id = :period ORDER BY c.sort_order")
                .param("unit", unitId).param("period", periodId).query(TARGET).list();
    }

    // ---- actuals

    /** An actual as stored before a change. */
    record StoredActual(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String text, String comment) {

        boolean sameAs(ActualRow row) {
            return same(value, row.value()) && same(numerator, row.numerator()) && same(denominator, row.denominator())
                    && java.util.Objects.equals(text, row.text()) && java.util.Objects.equals(comment, row.comment());
        }
    }

    /** A row that was written: {@code before} is null when it is new. */
    record ActualChange(ActualRow row, StoredActual before) {
    }

    /**
     * Inserts or replaces the actuals of one unit and period, in two batches; the last of two lines for one key wins
     * and a line equal to what is stored changes nothing. Returns what was written.
     */
    List<ActualChange> upsertActuals(long unitId, int periodId, List<ActualRow> rows, String actor) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, StoredActual> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT indicator_id, option_combo_id, numeric_value, numerator, denominator, text_value, comment
                        FROM data_value
                        WHERE org_unit_id = :unit AND period_id = :period AND indicator_id IN (:indicators)""")
                .param("unit", unitId).param("period", periodId)
                .param("indicators", rows.stream().map(ActualRow::indicatorId).distinct().toList())
                .query(rs -> {
                    existing.put(rs.getLong(1) + ":" + rs.getInt(2), new StoredActual(rs.getBigDecimal(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7)));
                });
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, ActualRow> lastPerKey = new LinkedHashMap<>();
        rows.forEach(r -> lastPerKey.put(r.indicatorId() + ":" + r.comboId(), r));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<ActualChange> changes = new ArrayList<>();
        lastPerKey.forEach((key, r) -> {
            StoredActual before = existing.get(key);
            if (before != null && before.sameAs(r)) {
                return;
            }
            changes.add(new ActualChange(r, before));
            if (before != null) {
                updates.add(new Object[]{r.value(), r.numerator(), r.denominator(), r.text(), r.comment(), now, actor,
                        r.indicatorId(), unitId, periodId, r.comboId()});
            } else {
                inserts.add(new Object[]{r.indicatorId(), unitId, periodId, r.comboId(), r.value(), r.numerator(),
                        r.denominator(), r.text(), r.comment(), now, actor, now, actor});
            }
        });
        if (!updates.isEmpty()) {
            batch.batchUpdate("""
                    UPDATE data_value SET numeric_value = ?, numerator = ?, denominator = ?, text_value = ?, comment = ?,
                           changed_at = ?, changed_by = ?
                    WHERE indicator_id = ? AND org_unit_id = ? AND period_id = ? AND option_combo_id = ?""", updates);
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO data_value (indicator_id, org_unit_id, period_id, option_combo_id, numeric_value, numerator,
                                            denominator, text_value, comment, created_at, created_by, changed_at, changed_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
        return changes;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    List<ActualView> actuals(long indicatorId, long unitId) {
        return jdbc.sql(ACTUAL_SELECT + """
                         WHERE v.indicator_id = :indicator AND v.org_unit_id = :unit ORDER BY p.start_date, c.sort_order""")
                .param("indicator", indicatorId).param("unit", unitId).query(ACTUAL).list();
    }

    List<ActualView> actualsFor(long unitId, int periodId) {
        return jdbc.sql(ACTUAL_SELECT + " WHERE v.org_unit_id = :unit AND v.period_id = :period ORDER BY c.sort_order")
                .param("unit", unitId).param("period", periodId).query(ACTUAL).list();
    }

    boolean hasValues(long indicatorId) {
        return jdbc.sql("SELECT COUNT(*) FROM data_value WHERE indicator_id = :id").param("id", indicatorId)
                .query(Long.class).single() > 0;
    }

    /** One stored actual of a unit, with its period id and combination code, as numbers (NaN when absent). */
    record Cell(long indicatorId, int periodId, String combination, double value, double numerator, double denominator) {
    }

    /** The unit's own actuals of the indicators in the periods. */
    List<Cell> cells(long unitId, Collection<Integer> periodIds, Collection<Long> indicatorIds) {
        if (periodIds.isEmpty() || indicatorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT v.indicator_id, v.period_id, c.code, v.numeric_value, v.numerator, v.denominator
                        FROM data_value v JOIN option_combo c ON c.id = v.option_combo_id
                        WHERE v.org_unit_id = :unit AND v.period_id IN (:periods) AND v.indicator_id IN (:indicators)""")
                .param("unit", unitId).param("periods", periodIds).param("indicators", indicatorIds)
                .query((rs, n) -> new Cell(rs.getLong(1), rs.getInt(2), rs.getString(3), number(rs, "numeric_value"),
                        number(rs, "numerator"), number(rs, "denominator"))).list();
    }

    // ---- bulk reads for analytics

    List<ValueRecord> actualRecords(Collection<Long> indicatorIds, int from, int to, LocalDate start, LocalDate end) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT v.indicator_id, v.org_unit_id, u.pre_order, p.code, p.start_date, p.end_date,
                               v.numeric_value AS v1, v.numerator AS v2, v.denominator AS v3, NULL AS v4, 'ACTUAL' AS kind,
                               v.option_combo_id, c.code AS combo_code
                        FROM data_value v JOIN org_unit u ON u.id = v.org_unit_id JOIN period p ON p.id = v.period_id
                        JOIN option_combo c ON c.id = v.option_combo_id
                        WHERE v.indicator_id IN (:indicators) AND u.pre_order >= :from AND u.pre_order < :to
                          AND p.start_date >= :start AND p.end_date <= :end
                        ORDER BY v.indicator_id, u.pre_order, p.start_date, c.sort_order""")
                .param("indicators", indicatorIds).param("from", from).param("to", to).param("start", start)
                .param("end", end).query(ValueRepository::record).list();
    }

    List<ValueRecord> targetRecords(Collection<Long> indicatorIds, int from, int to, LocalDate start, LocalDate end) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT t.indicator_id, t.org_unit_id, u.pre_order, p.code, p.start_date, p.end_date,
                               t.target_value AS v1, NULL AS v2, NULL AS v3, t.upper_value AS v4, t.target_type AS kind,
                               t.option_combo_id, c.code AS combo_code
                        FROM target t JOIN org_unit u ON u.id = t.org_unit_id JOIN period p ON p.id = t.period_id
                        JOIN option_combo c ON c.id = t.option_combo_id
                        WHERE t.indicator_id IN (:indicators) AND u.pre_order >= :from AND u.pre_order < :to
                          AND p.start_date >= :start AND p.end_date <= :end
                        ORDER BY t.indicator_id, u.pre_order, p.start_date, c.sort_order""")
                .param("indicators", indicatorIds).param("from", from).param("to", to).param("start", start)
                .param("end", end).query(ValueRepository::record).list();
    }

    private static ValueRecord record(ResultSet rs, int n) throws SQLException {
        return new ValueRecord(rs.getLong("indicator_id"), rs.getLong("org_unit_id"), rs.getInt("pre_order"),
                rs.getString("code"), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                number(rs, "v1"), number(rs, "v2"), number(rs, "v3"), number(rs, "v4"), rs.getString("kind"),
                rs.getInt("option_combo_id"), OptionComboView.TOTAL.equals(rs.getString("combo_code")));
    }

    private static double number(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? Double.NaN : d.doubleValue();
    }
}
