package org.resulta.identity;

import java.util.Set;

/**
 * The user behind the current request. A null {@code scopeUnitId} means the whole system (a national
 * administrator).
 */
public record SignedInUser(String username, String displayName, Set<Role> roles, Set<Permission> permissions,
                           Long scopeUnitId, String scopeUnitCode, String scopeUnitName) {

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean isUnscoped() {
        return scopeUnitId == null;
    }
}
