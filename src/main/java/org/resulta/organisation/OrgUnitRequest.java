package org.resulta.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A new unit under {@code parentCode} (empty for a new root, which only a system-wide administrator may add). */
public record OrgUnitRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, dots, dashes or underscores")
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrgUnitType type,
        @Size(max = 50) String parentCode,
        LocalDate validFrom,
        LocalDate validTo) {
}
