package org.resulta.api;

import org.junit.jupiter.api.condition.EnabledIf;
import org.resulta.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The imports and exports of actuals again on a fresh PostgreSQL database, where new values go in with COPY. */
@EnabledIf("org.resulta.PostgresTestDatabase#available")
class PostgresValueExchangeIntegrationTests extends ValueExchangeIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
