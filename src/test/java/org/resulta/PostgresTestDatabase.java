package org.resulta;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A throw-away PostgreSQL database for integration tests. The server is named by {@code RESULTA_TEST_POSTGRES_URL}
 * (a JDBC URL of a database to connect to for administration, default {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * {@code RESULTA_TEST_POSTGRES_USER} (default {@code postgres}) and {@code RESULTA_TEST_POSTGRES_PASSWORD}.
 * Tests run when the server answers; with {@code RESULTA_REQUIRE_POSTGRES=true} (CI) an unreachable server fails
 * the build instead of skipping the tests. Databases left by earlier runs are dropped when a new one is made (one
 * still in use by a concurrent run is left alone); dropping at JVM exit would race the pools closing.
 */
public final class PostgresTestDatabase {

    private static final String PREFIX = "resulta_test_";
    private static final String ADMIN_URL = env("RESULTA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("RESULTA_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = env("RESULTA_TEST_POSTGRES_PASSWORD", "");

    private PostgresTestDatabase() {
    }

    /** For {@code @EnabledIf}: true when the server answers; throws when it must answer and does not. */
    public static boolean available() {
        try (Connection ignored = connect(ADMIN_URL)) {
            return true;
        } catch (SQLException e) {
            if (Boolean.parseBoolean(env("RESULTA_REQUIRE_POSTGRES", "false"))) {
                throw new IllegalStateException("RESULTA_REQUIRE_POSTGRES is true but PostgreSQL at " + ADMIN_URL
                        + " does not answer: " + e.getMessage(), e);
            }
            return false;
        }
    }

    /** Creates a fresh database and points the Spring datasource at it. */
    public static void register(DynamicPropertyRegistry registry) {
        dropLeftovers();
        String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        String url = ADMIN_URL.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        // every test class on PostgreSQL keeps its own cached context and pool: small pools keep a whole run within
        // the server's connection limit (eleven classes at Hikari's default of ten reached PostgreSQL's 100)
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    }

    /** A connection to the administration database, for tests of SQL that need no schema. */
    public static Connection server() throws SQLException {
        return connect(ADMIN_URL);
    }

    private static void dropLeftovers() {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(ADMIN_URL); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the test databases: " + e.getMessage(), e);
        }
        for (String name : names) {
            try (Connection c = connect(ADMIN_URL); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException inUse) {
                // another test run is using it; it will be dropped by a later run
            }
        }
    }

    private static void execute(String sql) {
        try (Connection c = connect(ADMIN_URL); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", PASSWORD);
        p.setProperty("connectTimeout", "3");
        p.setProperty("loginTimeout", "3");
        return DriverManager.getConnection(url, p);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
