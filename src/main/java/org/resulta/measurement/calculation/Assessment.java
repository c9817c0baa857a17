package org.resulta.measurement.calculation;

/** Capped achievement (null when there is none), the status, and a note explaining an unusual case. */
public record Assessment(Double achievement, Status status, String note) {
}
