package org.resulta.measurement.domain;

import org.resulta.measurement.ApprovalState;
import org.resulta.measurement.DataSetRequest;
import org.resulta.shared.PeriodType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Data sets with their members and units, entry exceptions, and the approval rows of reports. */
@Repository
class DataSetRepository {

    private final JdbcClient jdbc;

    DataSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A data set as stored: indicator ids with their explain-variance flag, unit ids. */
    record StoredDataSet(int id, String code, String name, PeriodType frequency, int dueDays, Integer expiryDays,
                         int approvalLevels, long ownerUnitId, Map<Long, Boolean> indicators, List<Long> units) {
    }

    List<StoredDataSet> all() {
        Map<Integer, StoredDataSet> byId = new LinkedHashMap<>();
        Map<Integer, Map<Long, Boolean>> members = new HashMap<>();
        Map<Integer, List<Long>> units = new HashMap<>();
        jdbc.sql("SELECT data_set_id, indicator_id, explain_variance FROM data_set_indicator ORDER BY data_set_id, indicator_id")
                .query(rs -> {
                    members.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getBoolean(3));
                });
        jdbc.sql("""
                        SELECT d.data_set_id, d.org_unit_id FROM data_set_unit d JOIN org_unit u ON u.id = d.org_unit_id
                        ORDER BY d.data_set_id, u.pre_order""")
                .query(rs -> {
                    units.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        jdbc.sql("SELECT id, code, name, frequency, due_days, expiry_days, approval_levels, owner_unit_id FROM data_set ORDER BY code")
                .query(rs -> {
                    int id = rs.getInt("id");
                    Integer expiry = (Integer) rs.getObject("expiry_days", Integer.class);
                    byId.put(id, new StoredDataSet(id, rs.getString("code"), rs.getString("name"),
                            PeriodType.valueOf(rs.getString("frequency")), rs.getInt("due_days"), expiry,
                            rs.getInt("approval_levels"), rs.getLong("owner_unit_id"),
                            members.getOrDefault(id, Map.of()), units.getOrDefault(id, List.of())));
                });
        return List.copyOf(byId.values());
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM data_set WHERE LOWER(code) = LOWER(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    void insert(DataSetRequest r, long ownerUnitId, Map<Long, Boolean> indicators, Collection<Long> units, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO data_set (code, name, frequency, due_days, expiry_days, approval_levels, owner_unit_id,
                                              created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :name, :frequency, :due, :expiry, :levels, :owner, :now, :actor, :now, :actor)""")
                .param("code", r.code().trim()).param("name", r.name().trim()).param("frequency", r.frequency().name())
                .param("due", r.dueDays()).param("expiry", r.expiryDays()).param("levels", r.approvalLevels())
                .param("owner", ownerUnitId).param("now", now).param("actor", actor).update(keys, "id");
        int id = keys.getKey().intValue();
        indicators.forEach((indicator, explain) -> jdbc.sql("""
                        INSERT INTO data_set_indicator (data_set_id, indicator_id, explain_variance) VALUES (:d, :i, :e)""")
                .param("d", id).param("i", indicator).param("e", explain).update());
        units.forEach(unit -> jdbc.sql("INSERT INTO data_set_unit (data_set_id, org_unit_id) VALUES (:d, :u)")
                .param("d", id).param("u", unit).update());
    }

    // ---- approvals

    /** The approval row of a report; absent means open. */
    record Approval(ApprovalState state, String reason, OffsetDateTime submittedAt, String changedBy,
                    OffsetDateTime changedAt) {
    }

    Optional<Approval> approval(int dataSetId, long unitId, int periodId) {
        return jdbc.sql("""
                        SELECT state, state_reason, submitted_at, changed_by, changed_at FROM data_approval
                        WHERE data_set_id = :d AND org_unit_id = :u AND period_id = :p""")
                .param("d", dataSetId).param("u", unitId).param("p", periodId)
                .query((rs, n) -> new Approval(ApprovalState.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .optional();
    }

    /** Approval rows of a data set and period, by unit id. */
    Map<Long, Approval> approvals(int dataSetId, int periodId, Collection<Long> unitIds) {
        Map<Long, Approval> result = new HashMap<>();
        if (unitIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT org_unit_id, state, state_reason, submitted_at, changed_by, changed_at FROM data_approval
                        WHERE data_set_id = :d AND period_id = :p AND org_unit_id IN (:units)""")
                .param("d", dataSetId).param("p", periodId).param("units", unitIds)
                .query(rs -> {
                    result.put(rs.getLong(1), new Approval(ApprovalState.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
                });
        return result;
    }

    /** Writes the new state; a submission stamps its time. Serialised per report by the row lock of the update. */
    void setState(int dataSetId, long unitId, int periodId, ApprovalState state, String reason, boolean submitting,
                  String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        int updated = jdbc.sql("""
                        UPDATE data_approval SET state = :state, state_reason = :reason,
                               submitted_at = CASE WHEN :submitting THEN :now ELSE submitted_at END,
                               changed_at = :now, changed_by = :actor
                        WHERE data_set_id = :d AND org_unit_id = :u AND period_id = :p""")
                .param("state", state.name()).param("reason", reason).param("submitting", submitting)
                .param("now", now).param("actor", actor).param("d", dataSetId).param("u", unitId).param("p", periodId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO data_approval (data_set_id, org_unit_id, period_id, state, state_reason, submitted_at,
                                                       created_at, created_by, changed_at, changed_by)
                            VALUES (:d, :u, :p, :state, :reason, :submitted, :now, :actor, :now, :actor)""")
                    .param("d", dataSetId).param("u", unitId).param("p", periodId).param("state", state.name())
                    .param("reason", reason).param("submitted", submitting ? now : null).param("now", now)
                    .param("actor", actor).update();
        }
    }

    // ---- entry exceptions

    boolean hasException(int dataSetId, long unitId, int periodId, LocalDate day) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM entry_exception
                        WHERE data_set_id = :d AND org_unit_id = :u AND period_id = :p AND open_until >= :day""")
                .param("d", dataSetId).param("u", unitId).param("p", periodId).param("day", day)
                .query(Long.class).single() > 0;
    }

    void insertException(int dataSetId, long unitId, int periodId, LocalDate until, String reason, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO entry_exception (data_set_id, org_unit_id, period_id, open_until, reason,
                                                     created_at, created_by, changed_at, changed_by)
                        VALUES (:d, :u, :p, :until, :reason, :now, :actor, :now, :actor)""")
                .param("d", dataSetId).param("u", unitId).param("p", periodId).param("until", until)
                .param("reason", reason).param("now", now).param("actor", actor).update();
    }

    // ---- completeness

    /** How many values each unit has for the indicators in the period. */
    Map<Long, Integer> valueCounts(Collection<Long> indicatorIds, Collection<Long> unitIds, int periodId) {
        Map<Long, Integer> counts = new HashMap<>();
        if (indicatorIds.isEmpty() || unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT org_unit_id, COUNT(*) FROM data_value
                        WHERE period_id = :p AND indicator_id IN (:indicators) AND org_unit_id IN (:units)
                        GROUP BY org_unit_id""")
                .param("p", periodId).param("indicators", indicatorIds).param("units", unitIds)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }
}
