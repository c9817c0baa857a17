package org.resulta.measurement.domain;

import org.resulta.measurement.ActualsExport;
import org.resulta.measurement.DataSetRequest;
import org.resulta.measurement.ExportQuery;
import org.resulta.measurement.ExportedActual;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.PeriodCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Streams actuals out of the database with a cursor: one row in memory at a time. */
@Service
class ActualsExporter implements ActualsExport {

    private static final int FETCH = 2_000;

    private final JdbcTemplate jdbc;
    private final IndicatorRepository indicators;
    private final OrgUnitLookup units;
    private final PeriodCalendar calendar;
    private final ObjectProvider<ReportingService> reporting;

    ActualsExporter(JdbcTemplate jdbc, IndicatorRepository indicators, OrgUnitLookup units, PeriodCalendar calendar,
                    ObjectProvider<ReportingService> reporting) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.units = units;
        this.calendar = calendar;
        this.reporting = reporting;
    }

    @Override
    @Transactional(readOnly = true)
    public long export(ExportQuery query, Consumer<ExportedActual> sink) {
        OrgUnitView unit = units.find(query.unitCode())
                .orElseThrow(() -> new NotFoundException("unitCode", "org unit", query.unitCode()));
        List<String> codes = new ArrayList<>(query.indicatorCodes());
        if (query.dataSetCode() != null && !query.dataSetCode().isBlank()) {
            reporting.getObject().dataSet(query.dataSetCode().trim()).indicators().stream()
                    .map(DataSetRequest.Member::indicatorCode).forEach(codes::add);
        }
        Map<Long, IndicatorView> chosen = new HashMap<>();
        for (String code : codes) {
            IndicatorView i = indicators.find(code.trim())
                    .orElseThrow(() -> new NotFoundException("indicators", "indicator", code));
            chosen.put(i.id(), i);
        }
        LocalDate from = blank(query.fromPeriod()) ? LocalDate.of(1, 1, 1) : calendar.parse(query.fromPeriod().trim()).start();
        LocalDate to = blank(query.toPeriod()) ? LocalDate.of(9999, 12, 31) : calendar.parse(query.toPeriod().trim()).end();
        StringBuilder sql = new StringBuilder("""
                SELECT v.indicator_id, i.code AS indicator_code, u.code AS unit_code, p.code AS period_code, c.code AS combo_code,
                       v.numeric_value, v.numerator, v.denominator, v.text_value, v.comment
                FROM data_value v JOIN indicator i ON i.id = v.indicator_id JOIN org_unit u ON u.id = v.org_unit_id
                JOIN period p ON p.id = v.period_id JOIN option_combo c ON c.id = v.option_combo_id
                WHERE u.pre_order >= :from AND u.pre_order < :to AND p.start_date >= :start AND p.end_date <= :end""");
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", unit.preOrder())
                .addValue("to", unit.subtreeEnd()).addValue("start", from).addValue("end", to);
        if (!chosen.isEmpty()) {
            sql.append(" AND v.indicator_id IN (:indicators)");
            params.addValue("indicators", chosen.keySet());
        }
        sql.append(" ORDER BY i.code, u.pre_order, p.start_date, p.end_date DESC, c.sort_order");
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(streaming());
        long[] count = {0};
        named.query(sql.toString(), params, rs -> {
            long indicatorId = rs.getLong("indicator_id");
            IndicatorView indicator = chosen.containsKey(indicatorId) ? chosen.get(indicatorId)
                    : indicators.find(indicatorId).orElseThrow();
            Measure measure = indicator.measure();
            sink.accept(new ExportedActual(rs.getString("indicator_code"), rs.getString("unit_code"),
                    rs.getString("period_code"), rs.getString("combo_code"), measure, rs.getBigDecimal("numeric_value"),
                    rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getString("text_value"),
                    rs.getString("comment")));
            count[0]++;
        });
        return count[0];
    }

    /** A template that reads with a cursor (PostgreSQL fetches {@link #FETCH} rows at a time inside the transaction). */
    private JdbcTemplate streaming() {
        JdbcTemplate t = new JdbcTemplate(jdbc.getDataSource());
        t.setFetchSize(FETCH);
        return t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
