package org.resulta.api;

import org.junit.jupiter.api.condition.EnabledIf;
import org.resulta.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every formula indicator test again, on a fresh PostgreSQL database: the same migrations, SQL and rules. */
@EnabledIf("org.resulta.PostgresTestDatabase#available")
class PostgresFormulaIndicatorIntegrationTests extends FormulaIndicatorIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
