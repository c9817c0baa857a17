package org.resulta.measurement;

/**
 * What a load did (or, in a dry run, would do): rows read and refused; values created, updated and left
 * unchanged; {@code saved} is false when nothing was written (a dry run, or all-or-nothing with refused rows).
 */
public record ImportTally(long read, long rejected, long created, long updated, long unchanged, boolean saved) {
}
