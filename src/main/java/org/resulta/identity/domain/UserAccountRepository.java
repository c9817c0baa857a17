package org.resulta.identity.domain;

import org.resulta.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Repository
class UserAccountRepository {

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account as stored; roles loaded with it. */
    record StoredAccount(long id, String username, String displayName, String email, String passwordHash,
                         Long scopeUnitId, boolean enabled, Set<Role> roles, OffsetDateTime createdAt) {
    }

    Optional<StoredAccount> findByUsername(String username) {
        return jdbc.sql("""
                        SELECT id, username, display_name, email, password_hash, scope_unit_id, enabled, created_at
                        FROM app_user WHERE username = :username""")
                .param("username", username)
                .query((rs, n) -> new StoredAccount(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("email"), rs.getString("password_hash"),
                        (Long) rs.getObject("scope_unit_id", Long.class), rs.getBoolean("enabled"), Set.of(),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional()
                .map(a -> new StoredAccount(a.id(), a.username(), a.displayName(), a.email(), a.passwordHash(),
                        a.scopeUnitId(), a.enabled(), rolesOf(a.id()), a.createdAt()));
    }

    Optional<StoredAccount> findById(long id) {
        return jdbc.sql("SELECT username FROM app_user WHERE id = :id").param("id", id)
                .query(String.class).optional().flatMap(this::findByUsername);
    }

    List<StoredAccount> findAll() {
        return jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list().stream()
                .map(this::findByUsername).flatMap(Optional::stream).toList();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    long insert(String username, String displayName, String email, String passwordHash, Long scopeUnitId,
                Set<Role> roles, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, email, password_hash, scope_unit_id, enabled,
                                              created_at, created_by, changed_at, changed_by)
                        VALUES (:username, :displayName, :email, :hash, :scope, TRUE, :now, :actor, :now, :actor)""")
                .param("username", username).param("displayName", displayName).param("email", email)
                .param("hash", passwordHash).param("scope", scopeUnitId).param("now", now).param("actor", actor)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Role role : roles) {
            jdbc.sql("""
                            INSERT INTO user_role (user_id, role, created_at, created_by, changed_at, changed_by)
                            VALUES (:id, :role, :now, :actor, :now, :actor)""")
                    .param("id", id).param("role", role.name()).param("now", now).param("actor", actor).update();
        }
        return id;
    }

    void updatePassword(long id, String passwordHash, String actor) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, changed_at = :now, changed_by = :actor WHERE id = :id")
                .param("hash", passwordHash).param("now", OffsetDateTime.now()).param("actor", actor).param("id", id)
                .update();
    }

    private Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE user_id = :id").param("id", userId).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }
}
