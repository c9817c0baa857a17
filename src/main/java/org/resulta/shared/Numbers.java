package org.resulta.shared;

import java.math.BigDecimal;

/** Stored decimals as a person writes them. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code n} without trailing zeros or exponent (2, not 2.0000; 1000, not 1E+3); null for none. */
    public static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
