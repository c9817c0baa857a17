package org.resulta.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** New wording, owner and program of a node; its level never changes (add a new node instead). */
public record ResultNodeChange(OutcomeStage outcomeStage, @NotBlank @Size(max = 1000) String statement,
                               @Size(max = 4000) String description, @Size(max = 50) String ownerUnitCode,
                               @Size(max = 50) String programCode) {
}
