package org.resulta.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new name and description for a group; its code and members are changed elsewhere. */
public record UnitGroupChange(@NotBlank @Size(max = 200) String name, @Size(max = 1000) String description) {
}
