package org.resulta.measurement;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A named constant of formulas: {@code code} as formulas write it ({@code C{code}}), an optional DHIS2 uid (11
 * letters and digits, starting with a letter) by which DHIS2 expressions name it, a name, the value and a note.
 * On a change, a blank code means "keep it".
 */
public record ConstantRequest(
        @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "use letters, digits, dashes or underscores")
        String code,
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9]{10}", message = "a DHIS2 uid is 11 letters and digits, starting with a letter")
        String dhis2Id,
        @NotBlank @Size(max = 230) String name,
        @NotNull @Digits(integer = 20, fraction = 10, message = "use at most 20 digits before the point and 10 after") BigDecimal value,
        @Size(max = 2000) String description) {
}
