package org.resulta.identity.domain;

import org.resulta.identity.ApiTokenView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Repository
class ApiTokenRepository {

    private static final String COLUMNS = "id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at";
    private static final RowMapper<ApiTokenView> VIEW = (rs, n) -> new ApiTokenView(rs.getLong("id"),
            rs.getString("name"), rs.getString("token_prefix"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
            rs.getObject("revoked_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ActiveToken(long tokenId, long userId) {
    }

    long insert(long userId, String name, String hash, String prefix, OffsetDateTime expiresAt, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO api_token (user_id, name, token_hash, token_prefix, expires_at,
                                               created_at, created_by, changed_at, changed_by)
                        VALUES (:user, :name, :hash, :prefix, :expires, :now, :actor, :now, :actor)""")
                .param("user", userId).param("name", name).param("hash", hash).param("prefix", prefix)
                .param("expires", expiresAt).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<ApiTokenView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE id = :id").param("id", id).query(VIEW).optional();
    }

    List<ApiTokenView> findByUser(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE user_id = :user ORDER BY created_at DESC")
                .param("user", userId).query(VIEW).list();
    }

    Optional<ActiveToken> findActive(String hash, OffsetDateTime now) {
        return jdbc.sql("""
                        SELECT id, user_id FROM api_token
                        WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)""")
                .param("hash", hash).param("now", now)
                .query((rs, n) -> new ActiveToken(rs.getLong("id"), rs.getLong("user_id"))).optional();
    }

    void markUsed(long id, OffsetDateTime now) {
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id").param("now", now).param("id", id).update();
    }

    int revoke(long id, long userId, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        return jdbc.sql("""
                        UPDATE api_token SET revoked_at = :now, changed_at = :now, changed_by = :actor
                        WHERE id = :id AND user_id = :user AND revoked_at IS NULL""")
                .param("now", now).param("actor", actor).param("id", id).param("user", userId).update();
    }
}
