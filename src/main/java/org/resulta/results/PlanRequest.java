package org.resulta.results;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new plan of {@code ownerUnitCode}, spoken in the words of the framework pack {@code frameworkCode}. */
public record PlanRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, dots, dashes or underscores")
        String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 50) String ownerUnitCode,
        @Size(max = 40) String frameworkCode,
        @Min(1900) @Max(2200) int startYear,
        @Min(1900) @Max(2200) int endYear) {
}
