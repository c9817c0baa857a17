package org.resulta.identity;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it after creation: only the prefix of the secret remains visible. */
public record ApiTokenView(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                           OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

    public boolean isActive(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
