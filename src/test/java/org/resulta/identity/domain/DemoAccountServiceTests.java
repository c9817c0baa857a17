package org.resulta.identity.domain;

import org.junit.jupiter.api.Test;
import org.resulta.identity.Role;
import org.resulta.shared.ConflictException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DemoAccountServiceTests {

    private final DemoAccountService outsideTheDemo = new DemoAccountService(false, null, null);

    @Test
    void refusesTheFirstAdministratorOutsideADemoInstallation() {
        assertThatThrownBy(() -> outsideTheDemo.createFirstAdministrator("admin", "Administrator"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("resulta.demo=true");
    }

    @Test
    void refusesDemoAccountsOutsideADemoInstallation() {
        assertThatThrownBy(() -> outsideTheDemo.create("viewer", "Viewer", Set.of(Role.VIEWER), "DOH"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("resulta.demo=true");
    }

    @Test
    void refusesASecondFirstAdministratorOnceAnyAccountExists() {
        UserAccountRepository stored = mock(UserAccountRepository.class);
        when(stored.count()).thenReturn(1L);
        DemoAccountService demo = new DemoAccountService(true, null, stored);

        assertThatThrownBy(() -> demo.createFirstAdministrator("admin", "Administrator"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("only while no account exists");
    }
}
