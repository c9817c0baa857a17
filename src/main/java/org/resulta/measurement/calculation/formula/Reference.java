package org.resulta.measurement.calculation.formula;

import java.util.Objects;

/**
 * An operand of a formula: an indicator or data element ({@code item}), optionally one disaggregation combination
 * of it, and a period offset ({@code .periodOffset(-1)} is the period before the one evaluated).
 * <p>
 * Written {@code #{item}} or {@code #{item.combination}}: Resulta codes ({@code #{DOH-04.F}}) and DHIS2 uids
 * ({@code #{dataElementUid.categoryOptionComboUid}}) share the form. The parser splits at the last dot; a
 * {@link ReferenceResolver} may read it otherwise (an indicator code that itself contains a dot).
 */
public record Reference(String item, String combination, int periodOffset) {

    public Reference {
        Objects.requireNonNull(item, "item");
        if (item.isBlank()) {
            throw new IllegalArgumentException("A reference names an item");
        }
        if (combination != null && combination.isBlank()) {
            combination = null;
        }
    }

    public static Reference to(String item) {
        return new Reference(item, null, 0);
    }

    public static Reference to(String item, String combination) {
        return new Reference(item, combination, 0);
    }

    public boolean hasCombination() {
        return combination != null;
    }

    /** The same operand narrowed to {@code combination}, unless it already names one. */
    public Reference narrowedTo(String combination) {
        return hasCombination() ? this : new Reference(item, combination, periodOffset);
    }

    /** The same operand for the whole item, without a combination or a period offset. */
    public Reference itemOnly() {
        return new Reference(item, null, 0);
    }

    /** As written in a formula: {@code #{item.combination}.periodOffset(n)}. */
    public String text() {
        String key = combination == null ? item : item + "." + combination;
        return "#{" + key + "}" + (periodOffset == 0 ? "" : ".periodOffset(" + periodOffset + ")");
    }

    @Override
    public String toString() {
        return text();
    }
}
