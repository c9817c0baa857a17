package org.resulta.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The formula an indicator is computed by, with the indicators it references (by code, in the order first
 * written) and who changed it last.
 */
public record FormulaView(String indicatorCode, String numerator, String denominator, BigDecimal factor,
                          List<String> references, OffsetDateTime changedAt, String changedBy) {
}
