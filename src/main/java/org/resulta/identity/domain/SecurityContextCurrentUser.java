package org.resulta.identity.domain;

import org.resulta.identity.CurrentUser;
import org.resulta.identity.SignedInUser;
import org.resulta.identity.UnitDirectory;
import org.resulta.identity.UnitPlacement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class SecurityContextCurrentUser implements CurrentUser {

    private final ObjectProvider<UnitDirectory> units;

    SecurityContextCurrentUser(ObjectProvider<UnitDirectory> units) {
        this.units = units;
    }

    @Override
    public Optional<SignedInUser> get() {
        return principal().map(p -> {
            Optional<UnitPlacement> scope = scopeOf(p);
            return new SignedInUser(p.getUsername(), p.displayName(), p.roles(), p.permissions(), p.scopeUnitId(),
                    scope.map(UnitPlacement::code).orElse(null), scope.map(UnitPlacement::name).orElse(null));
        });
    }

    @Override
    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
    }

    @Override
    public Optional<UnitPlacement> scope() {
        return principal().flatMap(this::scopeOf);
    }

    private Optional<UnitPlacement> scopeOf(ResultaPrincipal p) {
        return p.scopeUnitId() == null ? Optional.empty() : units.getObject().byId(p.scopeUnitId());
    }

    static Optional<ResultaPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ResultaPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
