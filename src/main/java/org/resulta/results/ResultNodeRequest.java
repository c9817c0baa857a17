package org.resulta.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.resulta.shared.ResultLevel;

import java.util.List;

/**
 * A new node of a plan's chain. {@code contributesTo} lists the codes of higher nodes it contributes to;
 * {@code outcomeStage} applies to outcomes only (intermediate by default).
 */
public record ResultNodeRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, dots, dashes or underscores")
        String code,
        @NotNull ResultLevel level,
        OutcomeStage outcomeStage,
        @NotBlank @Size(max = 1000) String statement,
        @Size(max = 4000) String description,
        @Size(max = 50) String ownerUnitCode,
        @Size(max = 50) String programCode,
        List<@NotBlank String> contributesTo) {
}
