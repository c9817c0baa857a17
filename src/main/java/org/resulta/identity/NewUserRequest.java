package org.resulta.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** A new account: its roles apply inside the subtree of {@code scopeUnitCode} (empty for the whole system). */
public record NewUserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{2,60}", message = "use 2 to 60 lower-case letters, digits, dots, dashes or underscores")
        String username,
        @NotBlank @Size(max = 120) String displayName,
        @Email @Size(max = 200) String email,
        @NotBlank @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
        @NotEmpty Set<Role> roles,
        @Size(max = 50) String scopeUnitCode) {
}
