package org.resulta.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * How an indicator is computed: {@code numerator / denominator x factor}, or, without a denominator, the
 * expression {@code numerator x factor}. Each side is an expression of numbers, {@code + - * /}, parentheses and
 * references to other indicators: {@code #{CODE}} (or {@code {CODE}}), {@code #{CODE.COMBO}} for one option
 * combination of a disaggregated indicator, or DHIS2 uids {@code #{dataElement.categoryOptionCombo}} (read through
 * the DHIS2 mapping, saved as codes), each optionally followed by {@code .periodOffset(n)}, and named constants
 * {@code C{CODE}} or {@code C{dhis2Uid}}. A blank factor is the indicator's multiplier for a ratio, else 1.
 */
public record FormulaRequest(@NotBlank @Size(max = 4000) String numerator,
                             @Size(max = 4000) String denominator,
                             BigDecimal factor) {
}
