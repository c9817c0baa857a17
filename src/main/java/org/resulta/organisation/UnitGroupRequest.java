package org.resulta.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A new group of org units: its code (never changes), name, an optional description and the codes of its first
 * members (may be empty).
 */
public record UnitGroupRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, dots, dashes or underscores")
        String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 1000) String description,
        List<String> unitCodes) {

    public UnitGroupRequest {
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }
}
