package org.resulta.exchange.values;

import java.nio.file.Path;

/** An uploaded file saved to a temporary file, with what the uploader chose; the job deletes the file when done. */
public record ImportUpload(Path file, String fileName, ValueFormat format, ImportMode mode, boolean dryRun) {
}
