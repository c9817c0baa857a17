package org.resulta.results;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PlanChange(@NotBlank @Size(max = 300) String name, @Size(max = 4000) String description,
                         @NotBlank @Size(max = 40) String frameworkCode, @Min(1900) @Max(2200) int startYear,
                         @Min(1900) @Max(2200) int endYear) {
}
