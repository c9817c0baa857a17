package org.resulta.identity.domain;

import org.resulta.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * On a production start ({@code resulta.demo=false}) makes sure an administrator exists and refuses to run
 * while the administrator's password is missing, short or a well-known default such as {@code demo}.
 */
@Component
@Order(0)
class AdministratorGuard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorGuard.class);
    static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "password", "changeme", "resulta",
            "administrator", "123456", "12345678");
    static final int MINIMUM_LENGTH = 12;

    private final boolean demo;
    private final AdministratorProperties properties;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;

    AdministratorGuard(@Value("${resulta.demo:true}") boolean demo, AdministratorProperties properties,
                       UserAccountRepository accounts, PasswordEncoder passwords) {
        this.demo = demo;
        this.properties = properties;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo) {
            return;
        }
        String username = properties.username() == null || properties.username().isBlank() ? "admin" : properties.username();
        String configured = properties.password();
        var existing = accounts.findByUsername(username);
        if (existing.isEmpty()) {
            requireStrong(configured);
            accounts.insert(username, "Administrator", null, passwords.encode(configured), null,
                    EnumSet.of(Role.ADMINISTRATOR), "system");
            log.info("Created administrator account '{}' from resulta.admin.password", username);
            return;
        }
        boolean usesDefault = DEFAULT_PASSWORDS.stream().anyMatch(p -> passwords.matches(p, existing.get().passwordHash()));
        if (usesDefault) {
            requireStrong(configured);
            accounts.updatePassword(existing.get().id(), passwords.encode(configured), "system");
            log.warn("The administrator '{}' had a default password; it was replaced by resulta.admin.password", username);
        }
    }

    static void requireStrong(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Resulta refuses to start in production mode without an administrator "
                    + "password: set RESULTA_ADMIN_PASSWORD (at least " + MINIMUM_LENGTH + " characters), or start "
                    + "with --resulta.demo=true for the demo government");
        }
        if (password.length() < MINIMUM_LENGTH || DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("Resulta refuses to start in production mode with a weak or default "
                    + "administrator password: RESULTA_ADMIN_PASSWORD must have at least " + MINIMUM_LENGTH
                    + " characters and must not be a well-known default");
        }
    }
}
