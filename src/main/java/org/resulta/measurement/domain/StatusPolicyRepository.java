package org.resulta.measurement.domain;

import org.resulta.measurement.StatusPolicyView;
import org.resulta.shared.CommittedSnapshot;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@Repository
class StatusPolicyRepository {

    private static final String SELECT = """
            SELECT version, green_min, amber_min, achievement_cap, effective_from, source_reference,
                   verification_status, note, created_by, created_at FROM status_policy
            """;
    private static final RowMapper<StatusPolicyView> VIEW = (rs, n) -> new StatusPolicyView(rs.getInt("version"),
            rs.getBigDecimal("green_min"), rs.getBigDecimal("amber_min"), rs.getBigDecimal("achievement_cap"),
            rs.getObject("effective_from", LocalDate.class), rs.getString("source_reference"),
            rs.getString("verification_status"), rs.getString("note"), rs.getString("created_by"),
            rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    /** Every version, newest first, held in memory: a scorecard asks for the policy in force on every request. */
    private final CommittedSnapshot<List<StatusPolicyView>> versions;

    StatusPolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.versions = new CommittedSnapshot<>(this::readHistory);
    }

    /** The latest version effective on the day (the latest version wins when several start the same day). */
    Optional<StatusPolicyView> inForce(LocalDate day) {
        return history().stream().filter(p -> !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(StatusPolicyView::effectiveFrom).thenComparingInt(StatusPolicyView::version));
    }

    List<StatusPolicyView> history() {
        return versions.get().orElseGet(this::readHistory);
    }

    private List<StatusPolicyView> readHistory() {
        return List.copyOf(jdbc.sql(SELECT + " ORDER BY version DESC").query(VIEW).list());
    }

    int insert(BigDecimal green, BigDecimal amber, BigDecimal cap, LocalDate from, String source, String verification,
               String note, String actor) {
        versions.changed();
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM status_policy").query(Integer.class).single();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO status_policy (version, green_min, amber_min, achievement_cap, effective_from,
                               source_reference, verification_status, note, created_at, created_by, changed_at, changed_by)
                        VALUES (:version, :green, :amber, :cap, :from, :source, :verification, :note,
                                :now, :actor, :now, :actor)""")
                .param("version", version).param("green", green).param("amber", amber).param("cap", cap)
                .param("from", from).param("source", source).param("verification", verification).param("note", note)
                .param("now", now).param("actor", actor).update();
        return version;
    }
}
