package org.resulta.identity.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for form login and HTTP Basic. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(AccountDetailsService::principalOf)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    ResultaPrincipal loadById(long userId) {
        return accounts.findById(userId).map(AccountDetailsService::principalOf)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    static ResultaPrincipal principalOf(UserAccountRepository.StoredAccount a) {
        return new ResultaPrincipal(a.id(), a.username(), a.displayName(), a.passwordHash(), a.enabled(), a.roles(),
                a.scopeUnitId());
    }
}
