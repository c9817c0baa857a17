package org.resulta.measurement;

/**
 * How a load runs: {@code dryRun} checks everything and saves nothing; {@code skipInvalid} saves the valid rows
 * when some are refused (else a single refused row saves nothing: all or nothing); {@code source} names the load
 * in the audit trail (such as {@code import 42 (march.csv)}).
 */
public record ImportOptions(boolean dryRun, boolean skipInvalid, String source) {
}
