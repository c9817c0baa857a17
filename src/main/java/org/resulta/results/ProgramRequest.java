package org.resulta.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ProgramRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, dots, dashes or underscores")
        String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        @Size(max = 50) String ownerUnitCode) {
}
