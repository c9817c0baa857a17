package org.resulta.identity.domain;

import org.resulta.identity.Mailbox;
import org.resulta.identity.UserSessions;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

@Component
class SecurityContextUserSessions implements UserSessions {

    private final UserAccountRepository accounts;
    private final AccountDetailsService details;

    SecurityContextUserSessions(UserAccountRepository accounts, AccountDetailsService details) {
        this.accounts = accounts;
        this.details = details;
    }

    @Override
    public List<Mailbox> mailboxes() {
        return accounts.findAll().stream().filter(a -> a.enabled() && a.email() != null && !a.email().isBlank())
                .map(a -> new Mailbox(a.username(), a.displayName(), a.email())).toList();
    }

    @Override
    public <T> T runAs(String username, Supplier<T> work) {
        ResultaPrincipal principal = (ResultaPrincipal) details.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
