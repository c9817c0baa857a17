package org.resulta.api;

import org.springframework.test.context.TestPropertySource;

/**
 * The analytics query tests again with the in-memory engine switched off: every cell is then scored over a store
 * built from the subtree's rows read with SQL (as while the engine loads), and must come out the same.
 */
@TestPropertySource(properties = "resulta.analytics.in-memory=false")
class SqlAnalyticsQueryIntegrationTests extends AnalyticsQueryIntegrationTests {
}
