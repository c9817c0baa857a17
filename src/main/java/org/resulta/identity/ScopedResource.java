package org.resulta.identity;

import java.util.Optional;

/**
 * A kind of resource that belongs to an org unit, named in {@code hasPermission(#key, 'Type', 'PERMISSION')}.
 * Each module registers a bean for the types it owns (a plan belongs to its owner unit, for example).
 */
public interface ScopedResource {

    /** The type name used in {@code @PreAuthorize} expressions, such as {@code Plan}. */
    String type();

    /** The id of the unit that owns the resource with this key, or empty when no such resource exists. */
    Optional<Long> owningUnitId(Object key);
}
