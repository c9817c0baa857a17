package org.resulta.measurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new category with at least one option; option codes are letters, digits and dashes. */
public record CategoryRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "use letters, digits and dashes") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull CategoryKind kind,
        @NotEmpty List<@Valid Option> options) {

    public record Option(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "use letters, digits and dashes") String code,
            @NotBlank @Size(max = 200) String name) {
    }
}
