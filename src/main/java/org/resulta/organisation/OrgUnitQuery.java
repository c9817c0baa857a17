package org.resulta.organisation;

/**
 * Filters for listing units; every field is optional. {@code under} limits the list to a unit's subtree,
 * {@code level} to one depth, {@code search} matches code or name.
 */
public record OrgUnitQuery(String under, Integer level, OrgUnitType type, String search, boolean includeRetired) {

    public static OrgUnitQuery all() {
        return new OrgUnitQuery(null, null, null, null, false);
    }
}
