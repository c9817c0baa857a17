package org.resulta.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.resulta.measurement.calculation.TargetType;

import java.math.BigDecimal;

/**
 * A target for a unit and period: {@code value} (the lower bound of a range), {@code upperValue} for ranges;
 * {@code optionCombo} for one combination of a disaggregated indicator (blank: the total).
 */
public record TargetRequest(@NotBlank @Size(max = 50) String unitCode, @NotBlank @Size(max = 20) String period,
                            @NotNull TargetType type, BigDecimal value, BigDecimal upperValue,
                            @Size(max = 2000) String narrative, @Size(max = 200) String optionCombo) {

    /** A target for the total. */
    public TargetRequest(String unitCode, String period, TargetType type, BigDecimal value, BigDecimal upperValue,
                         String narrative) {
        this(unitCode, period, type, value, upperValue, narrative, null);
    }
}
