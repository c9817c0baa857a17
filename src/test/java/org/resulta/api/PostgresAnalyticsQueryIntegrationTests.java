package org.resulta.api;

import org.junit.jupiter.api.condition.EnabledIf;
import org.resulta.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The analytics query API and the pivot page again, on a fresh PostgreSQL database. */
@EnabledIf("org.resulta.PostgresTestDatabase#available")
class PostgresAnalyticsQueryIntegrationTests extends AnalyticsQueryIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
