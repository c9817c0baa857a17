package org.resulta.measurement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** New thresholds: green from {@code greenMin} %, amber from {@code amberMin} %, achievement capped at {@code achievementCap} %. */
public record StatusPolicyRequest(
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal greenMin,
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal amberMin,
        @NotNull @DecimalMin("100") @DecimalMax("1000") BigDecimal achievementCap,
        @NotNull LocalDate effectiveFrom,
        @Size(max = 500) String sourceReference,
        @Pattern(regexp = "[VPU]", message = "use V (verified), P (partly verified) or U (unverified)") String verificationStatus,
        @Size(max = 1000) String note) {
}
