package org.resulta.measurement;

import org.resulta.measurement.calculation.TrafficLightPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of the traffic-light thresholds, with its source and whether it was verified (V, P or U). */
public record StatusPolicyView(int version, BigDecimal greenMin, BigDecimal amberMin, BigDecimal achievementCap,
                               LocalDate effectiveFrom, String sourceReference, String verificationStatus,
                               String note, String createdBy, OffsetDateTime createdAt) {

    public TrafficLightPolicy policy() {
        return new TrafficLightPolicy(greenMin.doubleValue(), amberMin.doubleValue(), achievementCap.doubleValue());
    }
}
