package org.resulta.identity.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production start refuses a missing, short or well-known administrator password. */
class AdministratorGuardTests {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesToStartWithoutAPassword(String password) {
        assertThatThrownBy(() -> AdministratorGuard.requireStrong(password))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RESULTA_ADMIN_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "admin", "password", "short-pass1", "Administrator", "CHANGEME"})
    void refusesAWeakOrDefaultPassword(String password) {
        assertThatThrownBy(() -> AdministratorGuard.requireStrong(password))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("weak or default");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery", "a long secret of our own"})
    void acceptsALongPasswordOfItsOwn(String password) {
        assertThatCode(() -> AdministratorGuard.requireStrong(password)).doesNotThrowAnyException();
    }
}
