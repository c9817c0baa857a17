package org.resulta.identity;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.Set;

/**
 * The sign-in accounts of the demo government, all with the password {@value #PASSWORD}. They exist only in a
 * demo installation ({@code resulta.demo=true}); anywhere else both methods refuse, so no production
 * installation can be given a well-known password this way.
 */
public interface DemoAccounts {

    /** The password of every demo account. */
    String PASSWORD = "demo";

    /**
     * Creates the demo's system-wide administrator while no account exists at all: the one account made with
     * nobody signed in, since nobody can be signed in before it exists.
     */
    UserView createFirstAdministrator(String username, String displayName);

    /** Creates a demo account whose roles apply inside the subtree of {@code scopeUnitCode} (empty for all). */
    @PreAuthorize("hasPermission(#scopeUnitCode, 'OrgUnit', 'USER_MANAGE')")
    UserView create(String username, String displayName, Set<Role> roles, String scopeUnitCode);
}
