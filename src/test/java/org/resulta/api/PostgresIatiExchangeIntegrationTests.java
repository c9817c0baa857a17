package org.resulta.api;

import org.junit.jupiter.api.condition.EnabledIf;
import org.resulta.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The IATI import and export again on a fresh PostgreSQL database: the same facades, SQL and transactions. */
@EnabledIf("org.resulta.PostgresTestDatabase#available")
class PostgresIatiExchangeIntegrationTests extends IatiExchangeIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
