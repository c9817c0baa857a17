package org.resulta.measurement.domain;

import org.resulta.measurement.Dimension;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.IndicatorQuery;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.CommittedSnapshot;
import org.resulta.shared.PeriodType;
import org.resulta.shared.ResultLevel;
import org.resulta.shared.Numbers;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Repository
class IndicatorRepository {

    private static final String SELECT = """
            SELECT i.id, i.code, i.name, i.definition, i.method, i.data_source, i.unit_of_measure, i.measure,
                   i.dimension, i.direction, i.unit_aggregation, i.time_aggregation, i.frequency, i.decimals,
                   i.multiplier, i.numerator_label, i.denominator_label, i.currency, i.min_value, i.max_value,
                   i.baseline_value, i.baseline_period, i.baseline_note, i.achievement_method, i.retired_at, i.result_weight,
                   n.code AS result_code, n.statement AS result_statement, n.result_level, p.code AS plan_code,
                   p.name AS plan_name, p.framework_code, u.code AS owner_code, d.code AS disaggregation_code
            FROM indicator i JOIN result_node n ON n.id = i.result_node_id JOIN plan p ON p.id = n.plan_id
            JOIN org_unit u ON u.id = i.owner_unit_id LEFT JOIN disaggregation d ON d.id = i.disaggregation_id
            """;
    static final RowMapper<IndicatorView> VIEW = (rs, n) -> new IndicatorView(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), rs.getString("definition"), rs.getString("method"), rs.getString("data_source"),
            rs.getString("unit_of_measure"), Measure.valueOf(rs.getString("measure")),
            Dimension.valueOf(rs.getString("dimension")), Direction.valueOf(rs.getString("direction")),
            AggregationMethod.valueOf(rs.getString("unit_aggregation")),
            AggregationMethod.valueOf(rs.getString("time_aggregation")), PeriodType.valueOf(rs.getString("frequency")),
            rs.getInt("decimals"), rs.getBigDecimal("multiplier"), rs.getString("numerator_label"),
            rs.getString("denominator_label"), rs.getString("currency"), rs.getBigDecimal("min_value"),
            rs.getBigDecimal("max_value"), rs.getBigDecimal("baseline_value"), rs.getString("baseline_period"),
            rs.getString("baseline_note"), AchievementMethod.valueOf(rs.getString("achievement_method")),
            rs.getString("result_code"), rs.getString("result_statement"),
            ResultLevel.valueOf(rs.getString("result_level")), rs.getString("plan_code"), rs.getString("plan_name"),
            rs.getString("framework_code"), rs.getString("owner_code"), rs.getObject("retired_at") != null,
            rs.getString("disaggregation_code") == null ? DisaggregationView.NONE : rs.getString("disaggregation_code"),
            Numbers.plain(rs.getBigDecimal("result_weight")));

    private static final String ORDER = " ORDER BY p.code, n.sort_order, i.sort_order, i.code";

    private final JdbcClient jdbc;
    /**
     * Every indicator (retired ones too) with its owner's place in the tree, held in memory: scorecards, scope
     * checks and data entry ask for indicators on every request. Dropped by every write here, by a change of a
     * plan's or result's wording (results publishes it) and by a renumbered tree.
     */
    private final CommittedSnapshot<Catalogue> catalogue;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.catalogue = new CommittedSnapshot<>(this::readCatalogue);
    }

    /** An indicator and where its owner unit sits in the tree. */
    private record Entry(IndicatorView view, long ownerId, int ownerPreOrder) {
    }

    /** All indicators in catalogue order, by code and by id. */
    private record Catalogue(List<Entry> entries, Map<String, Entry> byCode, Map<Long, Entry> byId) {
    }

    private Catalogue readCatalogue() {
        List<Entry> entries = jdbc.sql(SELECT.replace("SELECT i.id,", "SELECT i.owner_unit_id, u.pre_order, i.id,") + ORDER)
                .query((rs, n) -> new Entry(VIEW.mapRow(rs, n), rs.getLong("owner_unit_id"), rs.getInt("pre_order")))
                .list();
        Map<String, Entry> byCode = new HashMap<>();
        Map<Long, Entry> byId = new HashMap<>();
        for (Entry e : entries) {
            byCode.put(e.view().code(), e);
            byId.put(e.view().id(), e);
        }
        return new Catalogue(List.copyOf(entries), byCode, byId);
    }

    /** Drops the catalogue held in memory; the next read loads it again (after the current transaction ends). */
    void forgetCatalogue() {
        catalogue.changed();
    }

    Optional<IndicatorView> find(String code) {
        Optional<Catalogue> held = catalogue.get();
        if (held.isPresent()) {
            return Optional.ofNullable(held.get().byCode().get(code)).map(Entry::view);
        }
        return jdbc.sql(SELECT + " WHERE i.code = :code").param("code", code).query(VIEW).optional();
    }

    Optional<IndicatorView> find(long id) {
        Optional<Catalogue> held = catalogue.get();
        if (held.isPresent()) {
            return Optional.ofNullable(held.get().byId().get(id)).map(Entry::view);
        }
        return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(VIEW).optional();
    }

    Optional<Long> ownerUnitId(String code) {
        Optional<Catalogue> held = catalogue.get();
        if (held.isPresent()) {
            return Optional.ofNullable(held.get().byCode().get(code)).map(Entry::ownerId);
        }
        return jdbc.sql("SELECT owner_unit_id FROM indicator WHERE code = :code").param("code", code)
                .query(Long.class).optional();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM indicator WHERE LOWER(code) = LOWER(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    /** Indicators owned by units in [from, to) or by one of {@code ancestorIds}, matching the query. */
    List<IndicatorView> search(IndicatorQuery query, int from, int to, Collection<Long> ancestorIds, long offset,
                               int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = filters(query, sql, from, to, ancestorIds);
        sql.append(ORDER).append(" LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(VIEW).list();
    }

    long count(IndicatorQuery query, int from, int to, Collection<Long> ancestorIds) {
        StringBuilder sql = new StringBuilder("""
                SELECT COUNT(*) FROM indicator i JOIN result_node n ON n.id = i.result_node_id
                JOIN plan p ON p.id = n.plan_id JOIN org_unit u ON u.id = i.owner_unit_id
                """);
        Map<String, Object> params = filters(query, sql, from, to, ancestorIds);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static Map<String, Object> filters(IndicatorQuery query, StringBuilder sql, int from, int to,
                                               Collection<Long> ancestorIds) {
        Map<String, Object> params = new HashMap<>();
        sql.append(" WHERE ((u.pre_order >= :from AND u.pre_order < :to) OR u.id IN (:ancestors))");
        params.put("from", from);
        params.put("to", to);
        params.put("ancestors", ancestorIds.isEmpty() ? List.of(-1L) : ancestorIds);
        if (query.planCode() != null && !query.planCode().isBlank()) {
            sql.append(" AND p.code = :plan");
            params.put("plan", query.planCode());
        }
        if (query.resultCode() != null && !query.resultCode().isBlank()) {
            sql.append(" AND n.code = :result");
            params.put("result", query.resultCode());
        }
        if (query.search() != null && !query.search().isBlank()) {
            sql.append(" AND (LOWER(i.code) LIKE :search OR LOWER(i.name) LIKE :search)");
            params.put("search", "%" + query.search().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (!query.includeRetired()) {
            sql.append(" AND i.retired_at IS NULL");
        }
        return params;
    }

    List<IndicatorView> ownedBy(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Optional<Catalogue> held = catalogue.get();
        if (held.isPresent()) {
            Set<Long> owners = Set.copyOf(unitIds);
            return held.get().entries().stream().filter(e -> !e.view().retired() && owners.contains(e.ownerId()))
                    .map(Entry::view).toList();
        }
        return jdbc.sql(SELECT + " WHERE i.owner_unit_id IN (:units) AND i.retired_at IS NULL" + ORDER)
                .param("units", unitIds).query(VIEW).list();
    }

    /** Indicators owned by units in the range [from, to) (below or at a unit) or by the given ancestors. */
    List<IndicatorView> relatedTo(int from, int to, Collection<Long> ancestorIds) {
        Optional<Catalogue> held = catalogue.get();
        if (held.isPresent()) {
            Set<Long> ancestors = Set.copyOf(ancestorIds);
            return held.get().entries().stream().filter(e -> !e.view().retired()
                            && (e.ownerPreOrder() >= from && e.ownerPreOrder() < to || ancestors.contains(e.ownerId())))
                    .map(Entry::view).toList();
        }
        return jdbc.sql(SELECT + """
                         WHERE ((u.pre_order >= :from AND u.pre_order < :to) OR u.id IN (:ancestors))
                           AND i.retired_at IS NULL""" + ORDER)
                .param("from", from).param("to", to)
                .param("ancestors", ancestorIds.isEmpty() ? List.of(-1L) : ancestorIds).query(VIEW).list();
    }

    int nextSortOrder(long resultNodeId) {
        return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM indicator WHERE result_node_id = :node")
                .param("node", resultNodeId).query(Integer.class).single();
    }

    long insert(IndicatorDefinition d, long resultNodeId, long ownerUnitId, Integer disaggregationId, int sortOrder,
                String actor) {
        catalogue.changed();
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO indicator (code, result_node_id, owner_unit_id, name, definition, method, data_source,
                               unit_of_measure, measure, dimension, direction, unit_aggregation, time_aggregation,
                               frequency, decimals, multiplier, numerator_label, denominator_label, currency, min_value,
                               max_value, baseline_value, baseline_period, baseline_note, achievement_method, sort_order,
                               disaggregation_id, result_weight, created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :node, :owner, :name, :definition, :method, :source, :uom, :measure, :dimension,
                               :direction, :unitAgg, :timeAgg, :frequency, :decimals, :multiplier, :numLabel, :denLabel,
                               :currency, :min, :max, :baseline, :baselinePeriod, :baselineNote, :achievement, :sort,
                               :disaggregation, :resultWeight, :now, :actor, :now, :actor)""")
                .params(params(d)).param("code", d.code()).param("node", resultNodeId).param("owner", ownerUnitId)
                .param("disaggregation", disaggregationId)
                .param("sort", sortOrder).param("now", now).param("actor", actor).update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, IndicatorDefinition d, long resultNodeId, Integer disaggregationId, String actor) {
        catalogue.changed();
        jdbc.sql("""
                        UPDATE indicator SET result_node_id = :node, name = :name, definition = :definition,
                               method = :method, data_source = :source, unit_of_measure = :uom, measure = :measure,
                               dimension = :dimension, direction = :direction, unit_aggregation = :unitAgg,
                               time_aggregation = :timeAgg, frequency = :frequency, decimals = :decimals,
                               multiplier = :multiplier, numerator_label = :numLabel, denominator_label = :denLabel,
                               currency = :currency, min_value = :min, max_value = :max, baseline_value = :baseline,
                               baseline_period = :baselinePeriod, baseline_note = :baselineNote,
                               achievement_method = :achievement, disaggregation_id = :disaggregation,
                               result_weight = :resultWeight, changed_at = :now, changed_by = :actor
                        WHERE id = :id""")
                .params(params(d)).param("node", resultNodeId).param("disaggregation", disaggregationId).param("now", OffsetDateTime.now())
                .param("actor", actor).param("id", id).update();
    }

    void retire(long id, String reason, String actor) {
        catalogue.changed();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        UPDATE indicator SET retired_at = :now, retired_by = :actor, retired_reason = :reason,
                               changed_at = :now, changed_by = :actor WHERE id = :id""")
                .param("now", now).param("actor", actor).param("reason", reason).param("id", id).update();
    }

    private static Map<String, Object> params(IndicatorDefinition d) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", d.name());
        p.put("definition", d.definition());
        p.put("method", d.method());
        p.put("source", d.dataSource());
        p.put("uom", d.unitOfMeasure());
        p.put("measure", d.measure().name());
        p.put("dimension", d.dimension().name());
        p.put("direction", d.direction().name());
        p.put("unitAgg", d.unitAggregation().name());
        p.put("timeAgg", d.timeAggregation().name());
        p.put("frequency", d.frequency().name());
        p.put("decimals", d.decimals());
        p.put("multiplier", d.multiplier());
        p.put("numLabel", d.numeratorLabel());
        p.put("denLabel", d.denominatorLabel());
        p.put("currency", d.currency());
        p.put("min", d.minValue());
        p.put("max", d.maxValue());
        p.put("baseline", d.baselineValue());
        p.put("baselinePeriod", d.baselinePeriod());
        p.put("baselineNote", d.baselineNote());
        p.put("achievement", d.achievementMethod().name());
        p.put("resultWeight", d.resultWeight());
        return p;
    }
}
