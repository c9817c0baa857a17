package org.resulta.analytics;

import java.math.BigDecimal;

/**
 * How much a sub-unit counts in its parent unit's score, relative to its siblings (1 unless set): the org tree's
 * part of the weights of issue 4 part 3.
 */
public record UnitWeightView(String unitCode, String unitName, String parentCode, BigDecimal weight) {
}
