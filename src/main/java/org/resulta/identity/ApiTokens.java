package org.resulta.identity;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** Personal API tokens for the REST API ({@code Authorization: Bearer <secret>}). */
public interface ApiTokens {

    /** Issues a token for the signed-in user, valid for {@code daysValid} days (1 to 366). */
    @PreAuthorize("isAuthenticated()")
    IssuedToken issue(String name, int daysValid);

    @PreAuthorize("isAuthenticated()")
    List<ApiTokenView> mine();

    @PreAuthorize("isAuthenticated()")
    void revoke(long tokenId);
}
