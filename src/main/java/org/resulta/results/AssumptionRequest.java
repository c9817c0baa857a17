package org.resulta.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AssumptionRequest(@NotNull AssumptionKind kind, @NotBlank @Size(max = 1000) String statement) {
}
