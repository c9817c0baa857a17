package org.resulta.identity;

import java.util.Optional;

/** Looks up an org unit's place in the hierarchy; provided by the organisation module. */
public interface UnitDirectory {

    Optional<UnitPlacement> byId(long id);

    Optional<UnitPlacement> byCode(String code);
}
