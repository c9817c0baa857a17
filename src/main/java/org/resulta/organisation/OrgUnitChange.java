package org.resulta.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** New name, type and validity dates for a unit; its code never changes. */
public record OrgUnitChange(@NotBlank @Size(max = 200) String name, @NotNull OrgUnitType type, LocalDate validFrom,
                            LocalDate validTo) {
}
