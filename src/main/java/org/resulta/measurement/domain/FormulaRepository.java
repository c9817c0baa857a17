package org.resulta.measurement.domain;

import org.resulta.shared.CommittedSnapshot;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The formulas of formula indicators, all held in memory as committed (scorecards evaluate them on every request). */
@Repository
class FormulaRepository {

    /** A formula as stored, with its indicator's code. */
    record StoredFormula(long indicatorId, String indicatorCode, String numerator, String denominator,
                         BigDecimal factor, OffsetDateTime changedAt, String changedBy) {
    }

    private static final RowMapper<StoredFormula> ROW = (rs, n) -> new StoredFormula(rs.getLong("indicator_id"),
            rs.getString("code"), rs.getString("numerator"), rs.getString("denominator"), rs.getBigDecimal("factor"),
            rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"));

    private final JdbcClient jdbc;
    private final CommittedSnapshot<List<StoredFormula>> formulas;

    FormulaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.formulas = new CommittedSnapshot<>(this::read);
    }

    private List<StoredFormula> read() {
        return List.copyOf(jdbc.sql("""
                        SELECT f.indicator_id, i.code, f.numerator, f.denominator, f.factor, f.changed_at, f.changed_by
                        FROM indicator_formula f JOIN indicator i ON i.id = f.indicator_id ORDER BY i.code""")
                .query(ROW).list());
    }

    /** Every formula, in indicator code order; the same list object while nothing changed. */
    List<StoredFormula> all() {
        return formulas.get().orElseGet(this::read);
    }

    Optional<StoredFormula> find(long indicatorId) {
        return all().stream().filter(f -> f.indicatorId() == indicatorId).findFirst();
    }

    void save(long indicatorId, String numerator, String denominator, BigDecimal factor, String actor) {
        formulas.changed();
        OffsetDateTime now = OffsetDateTime.now();
        int updated = jdbc.sql("""
                        UPDATE indicator_formula SET numerator = :numerator, denominator = :denominator, factor = :factor,
                               changed_at = :now, changed_by = :actor WHERE indicator_id = :id""")
                .param("numerator", numerator).param("denominator", denominator).param("factor", factor)
                .param("now", now).param("actor", actor).param("id", indicatorId).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO indicator_formula (indicator_id, numerator, denominator, factor, created_at,
                                   created_by, changed_at, changed_by)
                            VALUES (:id, :numerator, :denominator, :factor, :now, :actor, :now, :actor)""")
                    .param("numerator", numerator).param("denominator", denominator).param("factor", factor)
                    .param("now", now).param("actor", actor).param("id", indicatorId).update();
        }
    }

    boolean delete(long indicatorId) {
        formulas.changed();
        return jdbc.sql("DELETE FROM indicator_formula WHERE indicator_id = :id").param("id", indicatorId).update() > 0;
    }
}
