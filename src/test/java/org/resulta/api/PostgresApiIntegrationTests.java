package org.resulta.api;

import org.junit.jupiter.api.condition.EnabledIf;
import org.resulta.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every API test again, on a fresh PostgreSQL database: the same migrations, SQL and rules. */
@EnabledIf("org.resulta.PostgresTestDatabase#available")
class PostgresApiIntegrationTests extends ApiIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
