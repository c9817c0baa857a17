package org.resulta.identity.domain;

import org.resulta.identity.DemoAccounts;
import org.resulta.identity.Role;
import org.resulta.identity.UserView;
import org.resulta.shared.ConflictException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

@Service
@Transactional
class DemoAccountService implements DemoAccounts {

    private final boolean demo;
    private final AccountService accounts;
    private final UserAccountRepository stored;

    DemoAccountService(@Value("${resulta.demo:true}") boolean demo, AccountService accounts,
                       UserAccountRepository stored) {
        this.demo = demo;
        this.accounts = accounts;
        this.stored = stored;
    }

    @Override
    public UserView createFirstAdministrator(String username, String displayName) {
        requireDemo();
        if (stored.count() > 0) {
            throw new ConflictException("username", "accounts-exist", "The demo's first administrator is made only "
                    + "while no account exists; sign in with an existing administrator instead");
        }
        return accounts.enrol(username, displayName, null, PASSWORD, EnumSet.of(Role.ADMINISTRATOR), null);
    }

    @Override
    public UserView create(String username, String displayName, Set<Role> roles, String scopeUnitCode) {
        requireDemo();
        return accounts.enrol(username, displayName, null, PASSWORD, roles, scopeUnitCode);
    }

    private void requireDemo() {
        if (!demo) {
            throw new ConflictException("resulta.demo", "demo-only", "Demo accounts with the password '" + PASSWORD
                    + "' exist only in a demo installation (resulta.demo=true)");
        }
    }
}
