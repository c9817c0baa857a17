package org.resulta.identity.domain;

import org.resulta.identity.Permission;
import org.resulta.identity.ScopedResource;
import org.resulta.identity.UnitDirectory;
import org.resulta.identity.UnitPlacement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.PermissionEvaluator;
import org.springframework.security.core.Authentication;

import java.io.Serializable;
import java.util.Optional;

/**
 * Decides {@code hasPermission(#key, 'Type', 'PERMISSION')}: the user must hold the permission through a role,
 * and the unit that owns the resource must lie in the user's scope by the permission's
 * {@link Permission.ScopeRule}. A key that names nothing passes here so that the method can answer
 * "not found"; a null key means a system-wide action, open only to users without a scope unit.
 */
final class ScopePermissionEvaluator implements PermissionEvaluator {

    static final String ORG_UNIT = "OrgUnit";

    private final ObjectProvider<UnitDirectory> units;
    private final ObjectProvider<ScopedResource> resources;

    ScopePermissionEvaluator(ObjectProvider<UnitDirectory> units, ObjectProvider<ScopedResource> resources) {
        this.units = units;
        this.resources = resources;
    }

    @Override
    public boolean hasPermission(Authentication authentication, Object targetDomainObject, Object permission) {
        return false;
    }

    @Override
    public boolean hasPermission(Authentication authentication, Serializable targetId, String targetType,
                                 Object permission) {
        if (authentication == null || !(authentication.getPrincipal() instanceof ResultaPrincipal user)) {
            return false;
        }
        Permission wanted = Permission.valueOf(String.valueOf(permission));
        if (!user.permissions().contains(wanted)) {
            return false;
        }
        if (user.scopeUnitId() == null) {
            return true;
        }
        if (targetId == null || (targetId instanceof String s && s.isBlank())) {
            return false;
        }
        Optional<UnitPlacement> scope = units.getObject().byId(user.scopeUnitId());
        if (scope.isEmpty()) {
            return false;
        }
        Optional<Long> owner = owningUnit(targetId, targetType);
        if (owner.isEmpty()) {
            return true;
        }
        Optional<UnitPlacement> target = units.getObject().byId(owner.get());
        if (target.isEmpty()) {
            return true;
        }
        return switch (wanted.scopeRule()) {
            case SUBTREE -> scope.get().contains(target.get());
            case RELATED -> scope.get().isRelatedTo(target.get());
        };
    }

    private Optional<Long> owningUnit(Object key, String type) {
        if (ORG_UNIT.equals(type)) {
            return units.getObject().byCode(String.valueOf(key)).map(UnitPlacement::id);
        }
        return resources.orderedStream().filter(r -> r.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No scoped resource type '" + type + "' is registered"))
                .owningUnitId(key);
    }
}
