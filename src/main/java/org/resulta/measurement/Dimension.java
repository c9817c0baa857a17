package org.resulta.measurement;

/** The aspect of performance an indicator measures (OPIF: quantity, quality, timeliness; plus cost). */
public enum Dimension {
    QUANTITY, QUALITY, TIMELINESS, COST
}
