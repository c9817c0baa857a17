package org.resulta.exchange.values;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Import jobs and their refused rows. */
@Repository
class ImportJobRepository {

    private static final RowMapper<ImportJobView> JOB = (rs, n) -> new ImportJobView(rs.getObject("id", UUID.class),
            rs.getString("file_name"), ValueFormat.valueOf(rs.getString("format")), ImportMode.valueOf(rs.getString("mode")),
            rs.getBoolean("dry_run"), ImportJobView.State.valueOf(rs.getString("state")), rs.getLong("rows_read"),
            rs.getLong("rows_rejected"), rs.getLong("created_values"), rs.getLong("updated_values"),
            rs.getLong("unchanged_values"), rs.getBoolean("saved"), rs.getString("message"),
            rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
            rs.getString("created_by"), null, rs.getLong("rows_rejected"), List.of());

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ImportJobRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(UUID id, ImportUpload upload, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO import_job (id, file_name, format, mode, dry_run, state, created_at, created_by,
                                                changed_at, changed_by)
                        VALUES (:id, :file, :format, :mode, :dry, 'QUEUED', :now, :actor, :now, :actor)""")
                .param("id", id).param("file", clip(upload.fileName(), 255)).param("format", upload.format().name())
                .param("mode", upload.mode().name()).param("dry", upload.dryRun()).param("now", now)
                .param("actor", actor).update();
    }

    void started(UUID id) {
        jdbc.sql("UPDATE import_job SET state = 'RUNNING', started_at = :now, changed_at = :now WHERE id = :id")
                .param("now", OffsetDateTime.now()).param("id", id).update();
    }

    void progress(UUID id, long read, long rejected) {
        jdbc.sql("UPDATE import_job SET rows_read = :read, rows_rejected = :rejected, changed_at = :now WHERE id = :id")
                .param("read", read).param("rejected", rejected).param("now", OffsetDateTime.now()).param("id", id)
                .update();
    }

    void finished(UUID id, ImportJobView.State state, long read, long rejected, long created, long updated,
                  long unchanged, boolean saved, String message) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        UPDATE import_job SET state = :state, rows_read = :read, rows_rejected = :rejected,
                               created_values = :created, updated_values = :updated, unchanged_values = :unchanged,
                               saved = :saved, message = :message, finished_at = :now, changed_at = :now
                        WHERE id = :id""")
                .param("state", state.name()).param("read", read).param("rejected", rejected).param("created", created)
                .param("updated", updated).param("unchanged", unchanged).param("saved", saved)
                .param("message", clip(message, 2000)).param("now", now).param("id", id).update();
    }

    void errors(UUID id, List<ImportJobView.RowError> errors) {
        List<Object[]> rows = new ArrayList<>(errors.size());
        for (ImportJobView.RowError e : errors) {
            rows.add(new Object[]{id, e.line(), clip(e.field(), 60), clip(e.rule(), 60), clip(e.value(), 300),
                    clip(e.message(), 1000)});
        }
        batch.batchUpdate("INSERT INTO import_error (job_id, line, field, rule, bad_value, message) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    Optional<ImportJobView> find(UUID id, String owner) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = :id AND created_by = :owner").param("id", id)
                .param("owner", owner).query(JOB).optional();
    }

    List<ImportJobView> recent(String owner, int limit) {
        return jdbc.sql("SELECT * FROM import_job WHERE created_by = :owner ORDER BY created_at DESC LIMIT :limit")
                .param("owner", owner).param("limit", limit).query(JOB).list();
    }

    long errorCount(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM import_error WHERE job_id = :id").param("id", id).query(Long.class).single();
    }

    List<ImportJobView.RowError> errors(UUID id, int offset, int limit) {
        return jdbc.sql("""
                        SELECT line, field, rule, bad_value, message FROM import_error WHERE job_id = :id
                        ORDER BY line, id LIMIT :limit OFFSET :offset""")
                .param("id", id).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ImportJobView.RowError(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    /** Jobs a stopped server left queued or running are failed on start. */
    int failUnfinished() {
        return jdbc.sql("""
                        UPDATE import_job SET state = 'FAILED', finished_at = :now, changed_at = :now,
                               message = 'The server stopped while the import ran; nothing of it was saved. Upload the file again.'
                        WHERE state IN ('QUEUED', 'RUNNING')""").param("now", OffsetDateTime.now()).update();
    }

    // ---- DHIS2 mapping

    List<Dhis2Mapping.Entry> mapping() {
        return jdbc.sql("SELECT kind, dhis2_id, resulta_code FROM dhis2_mapping ORDER BY kind, dhis2_id")
                .query((rs, n) -> new Dhis2Mapping.Entry(Dhis2Mapping.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3))).list();
    }

    /** The Resulta code one DHIS2 identifier of this kind is mapped to, or null. */
    String mapped(Dhis2Mapping.Kind kind, String dhis2Id) {
        return jdbc.sql("SELECT resulta_code FROM dhis2_mapping WHERE kind = :kind AND dhis2_id = :id")
                .param("kind", kind.name()).param("id", dhis2Id).query(String.class).optional().orElse(null);
    }

    void putMapping(Dhis2Mapping.Entry e, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        int changed = jdbc.sql("""
                        UPDATE dhis2_mapping SET resulta_code = :code, changed_at = :now, changed_by = :actor
                        WHERE kind = :kind AND dhis2_id = :id""")
                .param("code", e.resultaCode().strip()).param("now", now).param("actor", actor)
                .param("kind", e.kind().name()).param("id", e.dhis2Id().strip()).update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO dhis2_mapping (kind, dhis2_id, resulta_code, created_at, created_by, changed_at, changed_by)
                            VALUES (:kind, :id, :code, :now, :actor, :now, :actor)""")
                    .param("code", e.resultaCode().strip()).param("now", now).param("actor", actor)
                    .param("kind", e.kind().name()).param("id", e.dhis2Id().strip()).update();
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
