package org.resulta.api;

import org.junit.jupiter.api.condition.EnabledIf;
import org.resulta.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The unit groups API, their pages and units=group in analytics again, on a fresh PostgreSQL database. */
@EnabledIf("org.resulta.PostgresTestDatabase#available")
class PostgresUnitGroupIntegrationTests extends UnitGroupIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
