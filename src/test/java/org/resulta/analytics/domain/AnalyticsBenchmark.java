package org.resulta.analytics.domain;

import org.postgresql.PGConnection;
import org.resulta.ResultaApplication;
import org.resulta.analytics.Scorecards;
import org.resulta.analytics.engine.QuarterRollup;
import org.resulta.analytics.engine.ValueStore;
import org.resulta.measurement.ActualRequest;
import org.resulta.measurement.PerformanceData;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The analytics benchmark of bench/analytics.sh (not a test): on a generated government in PostgreSQL, starts
 * Resulta (which loads its engine), runs the same rollup (every indicator x quarter x ancestor unit: counts, sums,
 * numerator and denominator sums and the ratio recomputed) in the engine, in DuckDB and in PostgreSQL, checks the
 * three results are equal, and measures scorecard latency, save-to-visible time, bytes per value and load time.
 * Prints to standard output, as a command-line tool does.
 */
public final class AnalyticsBenchmark {

    private static final int RUNS = 3;
    private static final String ROLLUP = """
            CREATE TABLE bench_result AS
            SELECT v.indicator_id, q.quarter, a.ancestor_id AS unit_id, COUNT(*) AS n, SUM(v.numeric_value) AS total,
                   SUM(v.numerator) AS numerator, SUM(v.denominator) AS denominator,
                   SUM(v.numerator) / NULLIF(SUM(v.denominator), 0) * MAX(i.multiplier) AS ratio
            FROM data_value v JOIN bench_quarter q ON q.period_id = v.period_id
            JOIN bench_ancestor a ON a.unit_id = v.org_unit_id
            JOIN bench_indicator i ON i.id = v.indicator_id
            GROUP BY v.indicator_id, q.quarter, a.ancestor_id""";

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        System.out.println("benchmark: PostgreSQL " + url);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ResultaApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--resulta.demo=false",
                "--server.port=0",
                "--resulta.admin.password=benchmark-administrator-password", "--logging.level.root=WARN",
                "--logging.level.org.resulta.analytics=INFO")) {
            AnalyticsEngine engine = context.getBean(AnalyticsEngine.class);
            ValueStore store = engine.store().orElseThrow();
            EngineLoader.Statistics loaded = engine.statistics();
            System.out.printf(Locale.ROOT, "start-up: application ready with the engine loaded in %.1f s; engine load %.1f s "
                            + "for %d actuals and %d targets (goal < 20 s for 10 million)%n",
                    seconds(started), loaded.millis() / 1000.0, loaded.actuals(), loaded.targets());
            System.gc();
            System.out.printf(Locale.ROOT, "memory: %.1f bytes per stored value by the engine's layout (goal <= 40); "
                            + "%d MB heap in use after GC, whole application%n", loaded.bytesPerValue(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000);

            try (Connection pg = DriverManager.getConnection(url, "postgres", "")) {
                prepare(pg);
                Map<Long, Double> multipliers = multipliers(pg);
                QuarterRollup rollup = null;
                double resulta = Double.MAX_VALUE;
                for (int run = 0; run < RUNS; run++) {
                    long t = System.nanoTime();
                    rollup = QuarterRollup.of(store, multipliers, 2);
                    resulta = Math.min(resulta, seconds(t));
                }
                System.out.printf(Locale.ROOT, "rollup resulta: %.3f s (best of %d), %d figures%n", resulta, RUNS, rollup.figures());

                double postgres = time(pg, "postgres");
                boolean equalPostgres = compare(pg, rollup, "postgres");

                Path csv = Files.createTempDirectory("resulta-bench");
                double duckdb;
                boolean equalDuckdb;
                try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
                    loadDuckDb(pg, duck, csv);
                    duckdb = time(duck, "duckdb");
                    equalDuckdb = compare(duck, rollup, "duckdb");
                }

                scorecardLatency(context, pg);
                freshness(context, engine, pg);

                System.out.printf(Locale.ROOT, "analytics: resulta=%.3f duckdb=%.3f postgres=%.3f ratio_vs_duckdb=%.2f equal=%s%n",
                        resulta, duckdb, postgres, duckdb / resulta, equalPostgres && equalDuckdb);
            }
        }
    }

    // ---- the SQL engines

    /** Helper tables both SQL engines join: each unit with its ancestors (itself too), quarters of periods. */
    private static void prepare(Connection pg) throws SQLException {
        try (Statement s = pg.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_result, bench_ancestor, bench_quarter, bench_indicator");
            s.execute("""
                    CREATE TABLE bench_ancestor AS SELECT u.id AS unit_id, a.id AS ancestor_id
                    FROM org_unit u JOIN org_unit a ON u.pre_order >= a.pre_order AND u.pre_order < a.pre_order + a.subtree_size""");
            s.execute("""
                    CREATE TABLE bench_quarter AS SELECT id AS period_id,
                           CAST(EXTRACT(YEAR FROM start_date) AS INT) * 4 + (CAST(EXTRACT(MONTH FROM start_date) AS INT) - 1) / 3 AS quarter
                    FROM period WHERE period_type IN ('MONTHLY', 'QUARTERLY')""");
            s.execute("CREATE TABLE bench_indicator AS SELECT id, COALESCE(multiplier, 1) AS multiplier FROM indicator");
            s.execute("ANALYZE");
        }
    }

    private static Map<Long, Double> multipliers(Connection pg) throws SQLException {
        Map<Long, Double> m = new HashMap<>();
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("SELECT id, multiplier FROM bench_indicator")) {
            while (rs.next()) {
                m.put(rs.getLong(1), rs.getDouble(2));
            }
        }
        return m;
    }

    private static double time(Connection c, String name) throws SQLException {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_result");
                long t = System.nanoTime();
                s.execute(ROLLUP);
                best = Math.min(best, seconds(t));
            }
        }
        System.out.printf(Locale.ROOT, "rollup %s: %.3f s (best of %d)%n", name, best, RUNS);
        return best;
    }

    private static boolean compare(Connection c, QuarterRollup rollup, String name) throws SQLException {
        long rows = 0;
        long differences = 0;
        String first = null;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            if (!c.getAutoCommit()) {
                c.commit();
            }
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("SELECT indicator_id, quarter, unit_id, n, total, numerator, denominator, ratio FROM bench_result")) {
                while (rs.next()) {
                    rows++;
                    long indicator = rs.getLong(1);
                    int quarter = rs.getInt(2);
                    long unit = rs.getLong(3);
                    boolean ratio = rs.getObject(6) != null;
                    boolean same = rollup.count(indicator, quarter, unit) == rs.getLong(4)
                            && (ratio ? close(rollup.numerator(indicator, quarter, unit), rs.getDouble(6))
                            && close(rollup.denominator(indicator, quarter, unit), rs.getDouble(7))
                            && (rs.getObject(8) == null ? Double.isNaN(rollup.ratio(indicator, quarter, unit))
                            : close(rollup.ratio(indicator, quarter, unit), rs.getDouble(8)))
                            : close(rollup.sum(indicator, quarter, unit), rs.getDouble(5)));
                    if (!same) {
                        differences++;
                        if (first == null) {
                            first = "indicator " + indicator + ", quarter " + quarter + ", unit " + unit;
                        }
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
        }
        boolean equal = differences == 0 && rows == rollup.figures();
        System.out.printf("equal %s: %s (%d rows against %d figures%s)%n", name, equal, rows, rollup.figures(),
                first == null ? "" : "; " + differences + " differ, first " + first);
        return equal;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** DuckDB in memory with two threads, filled from PostgreSQL through CSV files (COPY out, read_csv in). */
    private static void loadDuckDb(Connection pg, Connection duck, Path dir) throws Exception {
        long t = System.nanoTime();
        String[][] tables = {
                {"data_value", "SELECT indicator_id, org_unit_id, period_id, numeric_value, numerator, denominator FROM data_value",
                        "indicator_id BIGINT, org_unit_id BIGINT, period_id INTEGER, numeric_value DOUBLE, numerator DOUBLE, denominator DOUBLE"},
                {"bench_ancestor", "SELECT unit_id, ancestor_id FROM bench_ancestor", "unit_id BIGINT, ancestor_id BIGINT"},
                {"bench_quarter", "SELECT period_id, quarter FROM bench_quarter", "period_id INTEGER, quarter INTEGER"},
                {"bench_indicator", "SELECT id, multiplier FROM bench_indicator", "id BIGINT, multiplier DOUBLE"}};
        try (Statement s = duck.createStatement()) {
            s.execute("SET threads = 2");
            for (String[] table : tables) {
                Path file = dir.resolve(table[0] + ".csv");
                try (Writer out = new FileWriter(file.toFile())) {
                    pg.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + table[1] + ") TO STDOUT WITH (FORMAT csv)", out);
                }
                String columns = Arrays.stream(table[2].split(", ")).map(c -> "'" + c.split(" ")[0] + "': '" + c.split(" ")[1] + "'")
                        .reduce((a, b) -> a + ", " + b).orElseThrow();
                s.execute("CREATE TABLE " + table[0] + " AS SELECT * FROM read_csv('" + file + "', header = false, columns = {"
                        + columns + "})");
                Files.delete(file);
            }
        }
        Files.delete(dir);
        System.out.printf(Locale.ROOT, "duckdb: loaded from PostgreSQL in %.1f s%n", seconds(t));
    }

    // ---- latency and freshness through the product's own API

    private static void signIn(ConfigurableApplicationContext context) {
        UserDetails admin = context.getBean(UserDetailsService.class).loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    private static void scorecardLatency(ConfigurableApplicationContext context, Connection pg) throws SQLException {
        signIn(context);
        Scorecards scorecards = context.getBean(Scorecards.class);
        List<OrgUnitView> units = context.getBean(OrgUnitLookup.class).all();
        int lastYear = LocalDate.now().getYear() - 1;
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            scorecards.scorecard(units.get(random.nextInt(units.size())).code(), lastYear + "Q" + (1 + random.nextInt(4)));
        }
        int n = 1000;
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            String unit = units.get(random.nextInt(units.size())).code();
            String quarter = lastYear + "Q" + (1 + random.nextInt(4));
            long t = System.nanoTime();
            scorecards.scorecard(unit, quarter);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        long t = System.nanoTime();
        scorecards.scorecard(units.get(0).code(), lastYear + "Q4");
        System.out.printf(Locale.ROOT, "scorecard: one unit and quarter, %d random units: median %.2f ms, p99 %.2f ms "
                        + "(goal < 5 / < 20 ms); national scorecard %.1f ms%n", n, nanos[n / 2] / 1e6,
                nanos[n * 99 / 100] / 1e6, (System.nanoTime() - t) / 1e6);
    }

    private static void freshness(ConfigurableApplicationContext context, AnalyticsEngine engine, Connection pg)
            throws SQLException {
        signIn(context);
        PerformanceData performance = context.getBean(PerformanceData.class);
        Scorecards scorecards = context.getBean(Scorecards.class);
        String indicator;
        String unit;
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT i.code, u.code FROM indicator i JOIN data_value v ON v.indicator_id = i.id
                JOIN org_unit u ON u.id = v.org_unit_id
                WHERE i.measure = 'NUMBER' AND i.frequency = 'MONTHLY' AND i.time_aggregation = 'SUM' LIMIT 1""")) {
            rs.next();
            indicator = rs.getString(1);
            unit = rs.getString(2);
        }
        String month = (LocalDate.now().getYear() - 1) + "-06";
        List<Double> saves = new ArrayList<>();
        List<Double> visible = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            BigDecimal value = BigDecimal.valueOf(1_000_000 + i);
            long t = System.nanoTime();
            performance.recordActual(indicator, new ActualRequest(unit, month, value, null, null, null, "benchmark"));
            long saved = System.nanoTime();
            while (!Double.valueOf(value.doubleValue()).equals(scorecards.bySubUnit(indicator, unit, month).get(0).line().actual())) {
                if (System.nanoTime() - saved > 5_000_000_000L) {
                    throw new IllegalStateException("the saved value did not show within 5 s");
                }
            }
            visible.add((System.nanoTime() - saved) / 1e6);
            saves.add((saved - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "freshness: save %.1f ms (median of 10, one transaction), then visible in the "
                        + "scorecards after %.2f ms (goal < 100 ms from save to visible)%n", median(saves), median(visible));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
