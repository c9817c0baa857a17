package org.resulta.exchange.values;

import org.resulta.measurement.ExportedActual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.function.Consumer;

/** Writes exported actuals one at a time in a file format; {@link #finish()} closes the document. */
interface ValueWriter extends Consumer<ExportedActual> {

    void finish();

    /** A number without trailing zeros or exponent; null for none. */
    static String plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** What goes in the value column: the text of a qualitative indicator, else the number. */
    static String value(ExportedActual a) {
        return a.text() != null ? a.text() : plain(a.value());
    }

    /** The disaggregation column: blank for the total. */
    static String combo(ExportedActual a) {
        return "total".equals(a.optionCombo()) ? null : a.optionCombo();
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException("The export could not be written: " + e.getMessage(), e);
    }
}
