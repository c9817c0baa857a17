package org.resulta.measurement;

/**
 * One row of an import as read from the file, still text: the indicator, unit and period codes (periods as
 * {@code 2026-03}, {@code 2026Q1}, {@code 2026}...), the option combination (blank for the total), the value
 * (a number, or the text of a qualitative indicator), the numerator and denominator of a ratio, and a comment.
 * {@code line} is where the row starts in the file.
 */
public record ImportedActual(long line, String indicator, String unit, String period, String optionCombo,
                             String value, String numerator, String denominator, String comment) {
}
