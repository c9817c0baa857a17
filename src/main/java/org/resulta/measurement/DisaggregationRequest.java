package org.resulta.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new disaggregation by the named categories, in order; its option combinations are generated. */
public record DisaggregationRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "use letters, digits and dashes") String code,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 4, message = "combine at most 4 categories") List<@NotBlank String> categoryCodes) {
}
