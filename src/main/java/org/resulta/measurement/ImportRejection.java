package org.resulta.measurement;

/** Why a row of an import was refused: its line, the field, the rule, the value found and a message. */
public record ImportRejection(long line, String field, String rule, String value, String message) {
}
