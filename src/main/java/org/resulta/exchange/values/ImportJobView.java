package org.resulta.exchange.values;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import job and its report: the state ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED}), rows
 * read and refused so far, values created, updated and unchanged, whether anything was saved, a one-sentence
 * summary, the share of the file read so far ({@code percent}, 0 to 100; null when it cannot be told), and the
 * refused rows (the first {@code errors.size()} of {@code errorCount}, in line order).
 */
public record ImportJobView(UUID id, String fileName, ValueFormat format, ImportMode mode, boolean dryRun,
                            State state, long rowsRead, long rowsRejected, long created, long updated,
                            long unchanged, boolean saved, String message, OffsetDateTime startedAt,
                            OffsetDateTime finishedAt, String createdBy, Integer percent, long errorCount,
                            List<RowError> errors) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean isFinished() {
            return this == DONE || this == FAILED;
        }
    }

    /** One refused row: its line in the file, the field, the rule, the value found and a message. */
    public record RowError(long line, String field, String rule, String value, String message) {
    }

}
