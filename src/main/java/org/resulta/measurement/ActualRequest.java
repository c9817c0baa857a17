package org.resulta.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * An actual for a unit and period: {@code value} for numbers, percentages, amounts and yes/no (1 or 0);
 * {@code numerator} and {@code denominator} for ratios; {@code text} for qualitative indicators. A disaggregated
 * indicator takes one actual per {@code optionCombo} (such as {@code F_15-24}); its total is computed.
 */
public record ActualRequest(@NotBlank @Size(max = 50) String unitCode, @NotBlank @Size(max = 20) String period,
                            BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                            @Size(max = 2000) String text, @Size(max = 2000) String comment,
                            @Size(max = 200) String optionCombo) {

    /** An actual of an indicator without disaggregation. */
    public ActualRequest(String unitCode, String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                         String text, String comment) {
        this(unitCode, period, value, numerator, denominator, text, comment, null);
    }
}
