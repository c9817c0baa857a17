package org.resulta.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A named constant of formulas, with the formula indicators that use it (by code) and who changed it last. */
public record ConstantView(String code, String dhis2Id, String name, BigDecimal value, String description,
                           List<String> usedBy, OffsetDateTime changedAt, String changedBy) {
}
