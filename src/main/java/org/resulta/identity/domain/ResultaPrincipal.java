package org.resulta.identity.domain;

import org.resulta.identity.Permission;
import org.resulta.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The authenticated user: roles give authorities {@code ROLE_*} and one authority per {@link Permission}. */
final class ResultaPrincipal implements UserDetails {

    private final long userId;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;
    private final Set<Role> roles;
    private final Set<Permission> permissions;
    private final Long scopeUnitId;
    private final List<GrantedAuthority> authorities;

    ResultaPrincipal(long userId, String username, String displayName, String passwordHash, boolean enabled,
                     Set<Role> roles, Long scopeUnitId) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
        roles.forEach(r -> granted.addAll(r.permissions()));
        this.permissions = Set.copyOf(granted);
        this.scopeUnitId = scopeUnitId;
        List<GrantedAuthority> all = new ArrayList<>();
        roles.forEach(r -> all.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        granted.forEach(p -> all.add(new SimpleGrantedAuthority(p.name())));
        this.authorities = List.copyOf(all);
    }

    long userId() {
        return userId;
    }

    String displayName() {
        return displayName;
    }

    Set<Role> roles() {
        return roles;
    }

    Set<Permission> permissions() {
        return permissions;
    }

    Long scopeUnitId() {
        return scopeUnitId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
