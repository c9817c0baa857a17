package org.resulta.measurement;

/** Why one line of an entry was refused: the indicator, the field, the rule and a message. */
public record EntryError(String indicatorCode, String field, String rule, String message) {
}
