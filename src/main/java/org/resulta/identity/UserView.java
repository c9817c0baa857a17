package org.resulta.identity;

import java.time.OffsetDateTime;
import java.util.Set;

/** A user account as administrators see it (never the password hash). */
public record UserView(String username, String displayName, String email, Set<Role> roles, String scopeUnitCode,
                       String scopeUnitName, boolean enabled, OffsetDateTime createdAt) {
}
