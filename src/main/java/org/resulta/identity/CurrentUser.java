package org.resulta.identity;

import java.util.Optional;

/** The signed-in user of the current request, for modules that filter lists to the user's scope. */
public interface CurrentUser {

    Optional<SignedInUser> get();

    /** The signed-in user; refuses with 401 semantics when nobody is signed in. */
    SignedInUser require();

    /** The hierarchy range the current user may see, or empty for the whole system. */
    Optional<UnitPlacement> scope();
}
