package org.resulta.results;

import java.math.BigDecimal;

/**
 * "{@code fromCode} contributes to {@code toCode}", always from a lower level to a higher one, with the weight the
 * lower result carries in the higher one's score (relative to the other contributions to it; 1 unless set).
 */
public record ResultLinkView(String fromCode, String toCode, BigDecimal weight) {

    public ResultLinkView(String fromCode, String toCode) {
        this(fromCode, toCode, BigDecimal.ONE);
    }
}
