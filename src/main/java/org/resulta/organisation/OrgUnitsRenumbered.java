package org.resulta.organisation;

/** The tree changed shape (a unit was added or moved) and its pre-order numbering was rewritten. */
public record OrgUnitsRenumbered(long hierarchyVersion) {
}
