package org.resulta.identity.domain;

import org.resulta.identity.ApiTokenView;
import org.resulta.identity.ApiTokens;
import org.resulta.identity.CurrentUser;
import org.resulta.identity.IssuedToken;
import org.resulta.identity.NewUserRequest;
import org.resulta.identity.Role;
import org.resulta.identity.UnitDirectory;
import org.resulta.identity.UnitPlacement;
import org.resulta.identity.UserAccounts;
import org.resulta.identity.UserView;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Service
@Transactional
class AccountService implements UserAccounts, ApiTokens {

    private final UserAccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final UnitDirectory units;
    private final CurrentUser currentUser;

    AccountService(UserAccountRepository accounts, ApiTokenRepository tokens, PasswordEncoder passwords,
                   UnitDirectory units, CurrentUser currentUser) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.units = units;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> listInScope() {
        Optional<UnitPlacement> scope = currentUser.scope();
        return accounts.findAll().stream()
                .filter(a -> scope.isEmpty() || (a.scopeUnitId() != null
                        && units.byId(a.scopeUnitId()).map(u -> scope.get().contains(u)).orElse(false)))
                .map(this::view).toList();
    }

    @Override
    public UserView create(NewUserRequest request) {
        return enrol(request.username(), request.displayName(), request.email(), request.password(), request.roles(),
                request.scopeUnitCode());
    }

    /** Stores a new account with its password hashed; the caller has checked who may do this. */
    UserView enrol(String username, String displayName, String email, String password, Set<Role> roles,
                   String scopeUnitCode) {
        if (accounts.exists(username)) {
            throw new ConflictException("username", "duplicate-username",
                    "A user named '" + username + "' already exists");
        }
        Long scopeId = null;
        if (scopeUnitCode != null && !scopeUnitCode.isBlank()) {
            scopeId = units.byCode(scopeUnitCode)
                    .orElseThrow(() -> new NotFoundException("scopeUnitCode", "org unit", scopeUnitCode))
                    .id();
        }
        accounts.insert(username, displayName, email, passwords.encode(password), scopeId, roles, Actors.current());
        return accounts.findByUsername(username).map(this::view).orElseThrow();
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var me = accounts.findByUsername(currentUser.require().username()).orElseThrow();
        if (!passwords.matches(currentPassword, me.passwordHash())) {
            throw new InvalidValueException("currentPassword", "password-mismatch", "The current password is not correct");
        }
        if (newPassword == null || newPassword.length() < 8) {
            throw new InvalidValueException("newPassword", "password-length", "The new password must have at least 8 characters");
        }
        accounts.updatePassword(me.id(), passwords.encode(newPassword), Actors.current());
    }

    @Override
    public IssuedToken issue(String name, int daysValid) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidValueException("name", "token-name", "Give the token a name of 1 to 100 characters");
        }
        if (daysValid < 1 || daysValid > 366) {
            throw new InvalidValueException("daysValid", "token-lifetime", "A token is valid for 1 to 366 days, not " + daysValid);
        }
        long userId = myId();
        String secret = TokenSecrets.newSecret();
        long id = tokens.insert(userId, name.trim(), TokenSecrets.hash(secret), TokenSecrets.visiblePrefix(secret),
                OffsetDateTime.now().plusDays(daysValid), Actors.current());
        return new IssuedToken(tokens.find(id).orElseThrow(), secret);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiTokenView> mine() {
        return tokens.findByUser(myId());
    }

    @Override
    public void revoke(long tokenId) {
        if (tokens.revoke(tokenId, myId(), Actors.current()) == 0) {
            throw new NotFoundException("tokenId", "active API token", String.valueOf(tokenId));
        }
    }

    private long myId() {
        return accounts.findByUsername(currentUser.require().username()).orElseThrow().id();
    }

    private UserView view(UserAccountRepository.StoredAccount a) {
        Optional<UnitPlacement> scope = a.scopeUnitId() == null ? Optional.empty() : units.byId(a.scopeUnitId());
        return new UserView(a.username(), a.displayName(), a.email(), a.roles(),
                scope.map(UnitPlacement::code).orElse(null), scope.map(UnitPlacement::name).orElse(null),
                a.enabled(), a.createdAt());
    }
}
