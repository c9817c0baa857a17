package org.resulta.api;

import org.junit.jupiter.api.condition.EnabledIf;
import org.resulta.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every DHIS2 formula and constant test again, on a fresh PostgreSQL database: the same migrations, SQL and rules. */
@EnabledIf("org.resulta.PostgresTestDatabase#available")
class PostgresDhis2FormulaIntegrationTests extends Dhis2FormulaIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
