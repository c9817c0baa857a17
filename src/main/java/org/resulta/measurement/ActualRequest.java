package org.resulta.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * An actual for a unit and period: {@code value} for numbers, percentages, amounts and yes/no (1 or 0);
 * {@code numerator} and {@code denominator} for ratios; {@code text} for qualitative indicators.
 */
public record ActualRequest(@NotBlank @Size(max = 50) String unitCode, @NotBlank @Size(max = 20) String period,
                            BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                            @Size(max = 2000) String text, @Size(max = 2000) String comment) {
}
