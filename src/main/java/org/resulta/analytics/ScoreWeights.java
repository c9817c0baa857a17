package org.resulta.analytics;

import org.springframework.security.access.prepost.PreAuthorize;

import java.math.BigDecimal;
import java.util.List;

/**
 * The weights of sub-units in their parent's score (the results chain's weights live with the links and the
 * indicators). Reading needs DATA_READ on the parent; changing needs ORG_MANAGE on the parent, as for editing its
 * sub-units: a unit does not set its own weight among its siblings.
 */
public interface ScoreWeights {

    /** The parent's current sub-units with their weights, in tree order. */
    @PreAuthorize("hasPermission(#parentCode, 'OrgUnit', 'DATA_READ')")
    List<UnitWeightView> subUnitWeights(String parentCode);

    /**
     * Sets how much {@code unitCode} counts in the score of {@code parentCode}, its parent; refused when it is not a
     * direct sub-unit of that parent or when the weight is not a positive number of at most 1000.
     */
    @PreAuthorize("hasPermission(#parentCode, 'OrgUnit', 'ORG_MANAGE')")
    UnitWeightView weighSubUnit(String parentCode, String unitCode, BigDecimal weight);
}
