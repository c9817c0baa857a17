package org.resulta.api;

import org.junit.jupiter.api.condition.EnabledIf;
import org.resulta.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The score weights again on a fresh PostgreSQL database (V11's columns, checks and table). */
@EnabledIf("org.resulta.PostgresTestDatabase#available")
class PostgresScoreWeightIntegrationTests extends ScoreWeightIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
