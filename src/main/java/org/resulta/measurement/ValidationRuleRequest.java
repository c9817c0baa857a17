package org.resulta.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.resulta.shared.PeriodType;

/**
 * A rule {@code leftSide operator rightSide} checked for every unit at or below {@code ownerUnitCode} and every
 * period of {@code periodType}. Each side is an expression: numbers, + - * /, parentheses and references to
 * indicators: {@code #{DOH-04}} (its total), {@code #{DOH-04.F}} (one combination), {@code #{DOH-01.numerator}} and
 * {@code #{DOH-01.denominator}} (a ratio's components), with {@code .periodOffset(-1)} for the period before.
 */
public record ValidationRuleRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, dots, dashes or underscores") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 1000) String description,
        @NotBlank @Size(max = 2000) String leftSide,
        @NotNull RuleOperator operator,
        @NotBlank @Size(max = 2000) String rightSide,
        @NotNull RuleImportance importance,
        @NotNull PeriodType periodType,
        @NotBlank String ownerUnitCode) {
}
