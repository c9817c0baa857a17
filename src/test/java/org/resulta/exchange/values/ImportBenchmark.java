package org.resulta.exchange.values;

import org.postgresql.PGConnection;
import org.resulta.ResultaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * The import benchmark of bench/import.sh (not a test). On a generated government without values (10,000 units,
 * 200 indicators) in PostgreSQL it writes a tidy CSV of {@code size} actuals spread evenly over the field offices,
 * imports it through Resulta's import path (the same job, reader, checks, COPY, audit and events as an upload:
 * {@link ValueExchange#submit}), then loads the same rows with a raw {@code COPY} into a copy of the
 * {@code data_value} table (same columns, indexes and foreign keys). Prints both throughputs, their ratio and the import's peak
 * heap; the last line reads {@code import: resulta=<values/s> copy=<values/s> ratio=<r> peak_heap_mib=<m>}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    /** An indicator a field office may report, as the generator made it. */
    private record Indicator(long id, String code, long ownerId, String measure, String frequency) {
    }

    /** A field office and the indicators that apply to it. */
    private record Office(long id, String code, List<Indicator> indicators) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long size = Long.parseLong(args[1]);
        Path work = Files.createTempDirectory("resulta-import-bench");
        Path csv = work.resolve("values.csv");
        Path raw = work.resolve("values-copy.csv");
        try {
            long written = writeFiles(url, size, csv, raw);
            System.out.printf(Locale.ROOT, "benchmark: %d values in %s (%d MB)%n", written, csv,
                    Files.size(csv) >> 20);
            double resulta = importThroughResulta(url, csv, written);
            double copy = copy(url, raw, written);
            System.out.printf(Locale.ROOT, "import: resulta=%.0f copy=%.0f ratio=%.2f peak_heap_mib=%d%n", resulta, copy,
                    resulta / copy, peakHeapMib);
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(raw);
            Files.deleteIfExists(work);
        }
    }

    private static long peakHeapMib;

    // ---- the files

    /** Writes the tidy CSV and the same rows as the table's columns for COPY; returns the number of values. */
    private static long writeFiles(String url, long size, Path csv, Path raw) throws SQLException, IOException {
        List<Office> offices = new ArrayList<>();
        Map<String, Integer> periodIds = new HashMap<>();
        long totalCombo;
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            Map<Long, List<Long>> ancestors = new HashMap<>();
            Map<Long, Long> parents = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, parent_id FROM org_unit")) {
                while (rs.next()) {
                    parents.put(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2));
                }
            }
            List<Indicator> indicators = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, code, owner_unit_id, measure, frequency FROM indicator ORDER BY id")) {
                while (rs.next()) {
                    indicators.add(new Indicator(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT u.id, u.code FROM org_unit u
                    WHERE NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id) ORDER BY u.pre_order""")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    List<Long> up = new ArrayList<>();
                    for (Long p = id; p != null; p = parents.get(p)) {
                        up.add(p);
                    }
                    ancestors.put(id, up);
                    offices.add(new Office(id, rs.getString(2), indicators.stream()
                            .filter(i -> up.contains(i.ownerId())).toList()));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT code, id FROM period")) {
                while (rs.next()) {
                    periodIds.put(rs.getString(1), rs.getInt(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM option_combo WHERE code = 'total'")) {
                rs.next();
                totalCombo = rs.getLong(1);
            }
        }
        List<String> months = periodIds.keySet().stream().filter(p -> p.matches("\\d{4}-\\d{2}")).sorted().toList();
        List<String> quarters = periodIds.keySet().stream().filter(p -> p.matches("\\d{4}Q\\d")).sorted().toList();
        long perOffice = (size + offices.size() - 1) / offices.size();
        Random random = new Random(20261128);
        String now = OffsetDateTime.now().toString();
        long written = 0;
        try (Writer tidy = writer(csv); Writer copy = writer(raw)) {
            tidy.write("indicator,unit,period,disaggregation,value,comment,numerator,denominator\n");
            for (Office office : offices) {
                long n = 0;
                outer:
                for (int round = 0; ; round++) {
                    boolean any = false;
                    for (Indicator i : office.indicators()) {
                        List<String> periods = i.frequency().equals("MONTHLY") ? months : quarters;
                        if (round >= periods.size()) {
                            continue;
                        }
                        any = true;
                        if (n >= perOffice || written >= size) {
                            break outer;
                        }
                        String period = periods.get(round);
                        String value = "";
                        String numerator = "";
                        String denominator = "";
                        String stored;
                        switch (i.measure()) {
                            case "RATIO" -> {
                                int d = 50 + random.nextInt(400);
                                int u = random.nextInt(d + 1);
                                numerator = String.valueOf(u);
                                denominator = String.valueOf(d);
                                stored = new java.math.BigDecimal(u * 100L).divide(new java.math.BigDecimal(d),
                                        new java.math.MathContext(20)).setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
                            }
                            case "PERCENTAGE" -> {
                                value = (random.nextInt(1000) / 10.0) + "";
                                stored = value;
                            }
                            default -> {
                                value = String.valueOf(random.nextInt(5000));
                                stored = value;
                            }
                        }
                        tidy.write(i.code() + "," + office.code() + "," + period + ",," + value + ",," + numerator + ","
                                + denominator + "\n");
                        copy.write(i.id() + "," + office.id() + "," + periodIds.get(period) + "," + totalCombo + ","
                                + stored + "," + numerator + "," + denominator + ",,," + now + ",bench," + now + ",bench\n");
                        n++;
                        written++;
                    }
                    if (!any) {
                        break;
                    }
                }
            }
        }
        if (written < size) {
            System.out.printf(Locale.ROOT, "benchmark: the government holds room for %d distinct values only%n", written);
        }
        return written;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
    }

    // ---- Resulta

    private static double importThroughResulta(String url, Path csv, long values) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ResultaApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--resulta.demo=false",
                "--server.port=0", "--resulta.analytics.in-memory=false",
                "--resulta.admin.password=benchmark-administrator-password", "--logging.level.root=WARN")) {
            UserDetails admin = context.getBean(UserDetailsService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            ValueExchange exchange = context.getBean(ValueExchange.class);
            Path upload = Files.createTempFile("resulta-bench-upload", ".csv");
            Files.copy(csv, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            ImportJobView job = exchange.submit(new ImportUpload(upload, "values.csv", ValueFormat.CSV,
                    ImportMode.ALL_OR_NOTHING, false));
            long lastPrint = 0;
            while (!job.state().isFinished()) {
                Thread.sleep(200);
                job = exchange.job(job.id(), 0, 5);
                long now = System.nanoTime();
                if (now - lastPrint > 10_000_000_000L) {
                    lastPrint = now;
                    System.out.printf(Locale.ROOT, "resulta: %d rows read after %.0f s%n", job.rowsRead(),
                            (now - started) / 1e9);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            peakHeapMib = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
            if (job.state() != ImportJobView.State.DONE || job.rowsRejected() > 0 || job.created() != values) {
                throw new IllegalStateException("The import did not load every value: " + job);
            }
            System.out.printf(Locale.ROOT, "resulta: %d values imported (checked, audited, announced) in %.1f s: %.0f values/s; "
                    + "heap peak %d MiB of %d MiB max%n", job.created(), seconds, values / seconds, peakHeapMib,
                    Runtime.getRuntime().maxMemory() >> 20);
            return values / seconds;
        }
    }

    // ---- raw COPY

    private static double copy(String url, Path raw, long values) throws SQLException, IOException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_data_value");
            s.execute("CREATE TABLE bench_data_value (LIKE data_value INCLUDING ALL)");
            // LIKE copies columns, defaults, constraints and indexes but not foreign keys: add data_value's own
            List<String> foreignKeys = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                    + "WHERE conrelid = 'data_value'::regclass AND contype = 'f'")) {
                while (rs.next()) {
                    foreignKeys.add(rs.getString(1));
                }
            }
            for (String foreignKey : foreignKeys) {
                s.execute("ALTER TABLE bench_data_value ADD " + foreignKey);
            }
            long started = System.nanoTime();
            try (Reader in = Files.newBufferedReader(raw, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        COPY bench_data_value (indicator_id, org_unit_id, period_id, option_combo_id, numeric_value, numerator,
                                               denominator, text_value, comment, created_at, created_by, changed_at, changed_by)
                        FROM STDIN WITH (FORMAT csv)""", in);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            s.execute("DROP TABLE bench_data_value");
            System.out.printf(Locale.ROOT, "copy: %d rows in %.1f s: %.0f values/s (a table like data_value with its "
                    + "indexes and its %d foreign keys)%n", values, seconds, values / seconds, foreignKeys.size());
            return values / seconds;
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", System.getenv().getOrDefault("RESULTA_DB_USER", "postgres"));
        p.setProperty("password", System.getenv().getOrDefault("RESULTA_DB_PASSWORD", ""));
        return DriverManager.getConnection(url, p);
    }
}
