package org.resulta.measurement.domain;

import org.resulta.shared.CommittedSnapshot;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The named constants of formulas, all held in memory as committed (every formula catalog binds them). */
@Repository
class ConstantRepository {

    record StoredConstant(String code, String dhis2Id, String name, BigDecimal value, String description,
                          OffsetDateTime changedAt, String changedBy) {

        boolean isNamed(String key) {
            return code.equals(key) || key.equals(dhis2Id);
        }
    }

    private static final RowMapper<StoredConstant> ROW = (rs, n) -> new StoredConstant(rs.getString("code"),
            rs.getString("dhis2_id"), rs.getString("name"), rs.getBigDecimal("amount"), rs.getString("description"),
            rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"));

    private final JdbcClient jdbc;
    private final CommittedSnapshot<List<StoredConstant>> constants;

    ConstantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.constants = new CommittedSnapshot<>(this::read);
    }

    private List<StoredConstant> read() {
        return List.copyOf(jdbc.sql("""
                SELECT code, dhis2_id, name, amount, description, changed_at, changed_by
                FROM formula_constant ORDER BY code""").query(ROW).list());
    }

    /** Every constant, in code order; the same list object while nothing changed. */
    List<StoredConstant> all() {
        return constants.get().orElseGet(this::read);
    }

    /** The constant with this code or DHIS2 uid. */
    Optional<StoredConstant> find(String key) {
        return all().stream().filter(c -> c.code().equals(key)).findFirst()
                .or(() -> all().stream().filter(c -> key.equals(c.dhis2Id())).findFirst());
    }

    void insert(String code, String dhis2Id, String name, BigDecimal value, String description, String actor) {
        constants.changed();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO formula_constant (code, dhis2_id, name, amount, description, created_at, created_by,
                               changed_at, changed_by)
                        VALUES (:code, :dhis2Id, :name, :value, :description, :now, :actor, :now, :actor)""")
                .param("code", code).param("dhis2Id", dhis2Id).param("name", name).param("value", value)
                .param("description", description).param("now", now).param("actor", actor).update();
    }

    void update(String code, String dhis2Id, String name, BigDecimal value, String description, String actor) {
        constants.changed();
        jdbc.sql("""
                        UPDATE formula_constant SET dhis2_id = :dhis2Id, name = :name, amount = :value,
                               description = :description, changed_at = :now, changed_by = :actor
                        WHERE code = :code""")
                .param("code", code).param("dhis2Id", dhis2Id).param("name", name).param("value", value)
                .param("description", description).param("now", OffsetDateTime.now()).param("actor", actor).update();
    }

    void delete(String code) {
        constants.changed();
        jdbc.sql("DELETE FROM formula_constant WHERE code = :code").param("code", code).update();
    }
}
