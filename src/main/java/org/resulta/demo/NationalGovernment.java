package org.resulta.demo;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.resulta.organisation.OrgUnitsRenumbered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Makes a national-scale government in the configured database, then stops the application: a command, run as
 * <pre>
 * mvn spring-boot:run -Dspring-boot.run.arguments="--resulta.generate.units=10000 --resulta.generate.indicators=200
 *     --resulta.generate.years=3 --resulta.demo=false"
 * </pre>
 * (with {@code RESULTA_ADMIN_PASSWORD} set, as for any production start). The tree is a national government,
 * one department per thousand units, sixteen regional offices per department and field offices below them; ten
 * percent of the indicators are government-wide (reported by every field office), the rest belong to one
 * department each; they mix monthly and quarterly counts, ratios, percentages, amounts and stocks, with their
 * aggregation rules. Every field office reports every indicator it has for every period of the {@code years}
 * complete years before this one, and has a yearly target: about a thousand values per field office for 200
 * indicators and 3 years, so 10,000 units make about 10 million values. Everything is drawn from one seeded
 * random source ({@code resulta.generate.seed}), so a run is repeatable.
 * <p>
 * Everything is written with SQL, not through the facades: the facade numbers the tree again for every unit it
 * adds (quadratic for ten thousand units), and a generator that must fill an empty production database without a
 * signed-in user is a bulk path like an import. Values go in with PostgreSQL's {@code COPY} when the database is
 * PostgreSQL, in JDBC batches otherwise. It refuses a database that already has org units. With
 * {@code resulta.generate.values=false} it writes the tree, periods and indicators only (bench/import.sh then
 * imports the values).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "resulta.generate.units")
class NationalGovernment implements ApplicationRunner {

    static final int REGIONS_PER_DEPARTMENT = 16;
    static final int UNITS_PER_DEPARTMENT = 1000;
    private static final Logger log = LoggerFactory.getLogger(NationalGovernment.class);
    private static final String ACTOR = "generator";
    private static final int BATCH = 5_000;
    private static final long PROGRESS_EVERY = 1_000_000;

    private final DataSource dataSource;
    private final ConfigurableApplicationContext context;
    private final int unitCount;
    private final int indicatorCount;
    private final int years;
    private final long seed;
    private final boolean exit;
    private final boolean values;

    NationalGovernment(DataSource dataSource, ConfigurableApplicationContext context,
                       @Value("${resulta.generate.units}") int unitCount,
                       @Value("${resulta.generate.indicators:200}") int indicatorCount,
                       @Value("${resulta.generate.years:3}") int years,
                       @Value("${resulta.generate.seed:20261128}") long seed,
                       @Value("${resulta.generate.exit:true}") boolean exit,
                       @Value("${resulta.generate.values:true}") boolean values) {
        this.dataSource = dataSource;
        this.context = context;
        this.unitCount = Math.max(20, unitCount);
        this.indicatorCount = Math.max(10, indicatorCount);
        this.years = Math.max(1, years);
        this.seed = seed;
        this.exit = exit;
        this.values = values;
    }

    /** A unit as generated: its database id, place in the tree and department (index, -1 for the government). */
    record Unit(long id, String code, String name, String type, Unit parent, int level, String path, int department,
                boolean fieldOffice) {
    }

    /** An indicator as generated, with what its values look like. */
    record Indicator(long id, String code, int department, String measure, String frequency, String unitRule,
                     String timeRule, double scale) {
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(seed);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (count(c, "SELECT COUNT(*) FROM org_unit") > 0) {
                throw new IllegalStateException("resulta.generate needs a database without org units: start with "
                        + "--resulta.demo=false on an empty database");
            }
            long unitId = count(c, "SELECT COALESCE(MAX(id), 0) FROM org_unit") + 1;
            List<Unit> units = tree(unitId);
            writeUnits(c, units);
            c.commit();
            log.info("Generated {} org units ({} field offices)", units.size(),
                    units.stream().filter(Unit::fieldOffice).count());
            int firstYear = LocalDate.now().getYear() - years;
            int lastYear = firstYear + years - 1;
            Map<String, Integer> periods = periods(c, firstYear, lastYear);
            c.commit();
            List<Indicator> indicators = indicators(c, random, units, firstYear, lastYear);
            c.commit();
            log.info("Generated {} indicators in {} plans", indicators.size(), departments(units) + 1);
            long total = count(c, "SELECT id FROM option_combo WHERE code = 'total'");
            long values = this.values ? writeValues(c, random, units, indicators, periods, firstYear, lastYear, total) : 0;
            c.commit();
            log.info("Generated {} actuals and targets in {} s", values, (System.nanoTime() - started) / 1_000_000_000);
        }
        // written by SQL: modules that hold the tree and the catalogue in memory drop them and read them again
        context.publishEvent(new OrgUnitsRenumbered(0));
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    // ---- the tree

    private List<Unit> tree(long firstId) {
        // ten departments at least, so that a field office reports about the same number of values at any size
        int departments = unitCount >= 200 ? Math.max(10, unitCount / UNITS_PER_DEPARTMENT) : Math.max(1, unitCount / 20);
        int regions = Math.max(1, Math.min(REGIONS_PER_DEPARTMENT, (unitCount - 1 - departments) / (departments * 4)));
        int offices = unitCount - 1 - departments - departments * regions;
        List<Unit> units = new ArrayList<>(unitCount);
        long[] id = {firstId};
        Unit government = unit(id, "GOV", "National Government", "GOVERNMENT", null, -1, false);
        units.add(government);
        int placed = 0;
        for (int d = 0; d < departments; d++) {
            Unit department = unit(id, "D%02d".formatted(d + 1), "Department " + (d + 1), "DEPARTMENT", government, d, false);
            units.add(department);
            for (int r = 0; r < regions; r++) {
                Unit region = unit(id, department.code() + "-R%02d".formatted(r + 1), department.name() + ", region " + (r + 1),
                        "REGIONAL_OFFICE", department, d, false);
                units.add(region);
                int slot = d * regions + r;
                int here = offices * (slot + 1) / (departments * regions) - placed;
                for (int o = 0; o < here; o++) {
                    units.add(unit(id, region.code() + "-F%03d".formatted(o + 1), region.name() + ", field office " + (o + 1),
                            "FIELD_OFFICE", region, d, true));
                }
                placed += here;
            }
        }
        return units;
    }

    private static Unit unit(long[] id, String code, String name, String type, Unit parent, int department,
                             boolean fieldOffice) {
        long mine = id[0]++;
        return new Unit(mine, code, name, type, parent, parent == null ? 1 : parent.level() + 1,
                (parent == null ? "/" : parent.path()) + mine + "/", department, fieldOffice);
    }

    private static int departments(List<Unit> units) {
        return (int) units.stream().filter(u -> "DEPARTMENT".equals(u.type())).count();
    }

    private void writeUnits(Connection c, List<Unit> units) throws SQLException {
        Map<Long, Integer> subtree = new HashMap<>();
        for (int i = units.size() - 1; i >= 0; i--) {
            Unit u = units.get(i);
            subtree.merge(u.id(), 1, Integer::sum);
            if (u.parent() != null) {
                subtree.merge(u.parent().id(), subtree.get(u.id()), Integer::sum);
            }
        }
        Timestamp now = Timestamp.from(OffsetDateTime.now(ZoneOffset.UTC).toInstant());
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO org_unit (id, code, name, unit_type, parent_id, hierarchy_level, path, pre_order, subtree_size,
                                      valid_from, created_at, created_by, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                insert.setLong(1, u.id());
                insert.setString(2, u.code());
                insert.setString(3, u.name());
                insert.setString(4, u.type());
                insert.setObject(5, u.parent() == null ? null : u.parent().id());
                insert.setInt(6, u.level());
                insert.setString(7, u.path());
                insert.setInt(8, i);
                insert.setInt(9, subtree.get(u.id()));
                insert.setDate(10, Date.valueOf(LocalDate.of(2000, 1, 1)));
                insert.setTimestamp(11, now);
                insert.setString(12, ACTOR);
                insert.setTimestamp(13, now);
                insert.setString(14, ACTOR);
                insert.addBatch();
                if (i % BATCH == BATCH - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        long next = units.get(units.size() - 1).id() + 1;
        try (Statement s = c.createStatement()) {
            // identity values were given explicitly: move the identity past them (a DDL literal, not user input)
            s.execute("ALTER TABLE org_unit ALTER COLUMN id RESTART WITH " + next);
            s.execute("UPDATE org_hierarchy_version SET version = version + 1");
        }
    }

    // ---- periods, plans and indicators

    private Map<String, Integer> periods(Connection c, int firstYear, int lastYear) throws SQLException {
        List<Object[]> wanted = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            wanted.add(new Object[]{String.valueOf(y), "YEARLY", LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
            for (int q = 1; q <= 4; q++) {
                LocalDate start = LocalDate.of(y, q * 3 - 2, 1);
                wanted.add(new Object[]{y + "Q" + q, "QUARTERLY", start, start.plusMonths(3).minusDays(1)});
            }
            for (int m = 1; m <= 12; m++) {
                LocalDate start = LocalDate.of(y, m, 1);
                wanted.add(new Object[]{String.format(Locale.ROOT, "%04d-%02d", y, m), "MONTHLY", start,
                        start.plusMonths(1).minusDays(1)});
            }
        }
        Map<String, Integer> ids = periodIds(c);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO period (code, period_type, start_date, end_date) VALUES (?, ?, ?, ?)")) {
            for (Object[] p : wanted) {
                if (!ids.containsKey((String) p[0])) {
                    insert.setString(1, (String) p[0]);
                    insert.setString(2, (String) p[1]);
                    insert.setDate(3, Date.valueOf((LocalDate) p[2]));
                    insert.setDate(4, Date.valueOf((LocalDate) p[3]));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        return periodIds(c);
    }

    private static Map<String, Integer> periodIds(Connection c) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, id FROM period")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getInt(2));
            }
        }
        return ids;
    }

    /** The mix of indicator kinds: measure, frequency, rule over units, rule over time, size of a value. */
    private static final String[][] KINDS = {
            {"NUMBER", "MONTHLY", "SUM", "SUM", "400"},
            {"NUMBER", "MONTHLY", "SUM", "SUM", "60"},
            {"RATIO", "MONTHLY", "RATIO_RECOMPUTE", "RATIO_RECOMPUTE", "300"},
            {"NUMBER", "QUARTERLY", "SUM", "SUM", "900"},
            {"PERCENTAGE", "QUARTERLY", "AVERAGE", "AVERAGE", "100"},
            {"NUMBER", "MONTHLY", "SUM", "LAST", "25"},
            {"CURRENCY", "MONTHLY", "SUM", "SUM", "250000"},
            {"RATIO", "QUARTERLY", "RATIO_RECOMPUTE", "RATIO_RECOMPUTE", "120"},
            {"NUMBER", "MONTHLY", "SUM", "SUM", "1500"},
    };

    private List<Indicator> indicators(Connection c, Random random, List<Unit> units, int firstYear, int lastYear)
            throws SQLException {
        Timestamp now = Timestamp.from(OffsetDateTime.now(ZoneOffset.UTC).toInstant());
        List<Unit> owners = units.stream().filter(u -> u.parent() == null || "DEPARTMENT".equals(u.type())).toList();
        Map<Long, Long> resultByOwner = new HashMap<>();
        for (Unit owner : owners) {
            long plan = insertReturningId(c, """
                    INSERT INTO plan (code, name, owner_unit_id, framework_code, start_year, end_year, status,
                                      created_at, created_by, changed_at, changed_by)
                    VALUES (?, ?, ?, 'rbm', ?, ?, 'APPROVED', ?, ?, ?, ?)""", owner.code() + "-PLAN",
                    "Results framework of " + owner.name(), owner.id(), firstYear, lastYear + 2, now, ACTOR, now, ACTOR);
            long result = insertReturningId(c, """
                    INSERT INTO result_node (code, plan_id, result_level, statement, sort_order,
                                             created_at, created_by, changed_at, changed_by)
                    VALUES (?, ?, 'OUTPUT', ?, 1, ?, ?, ?, ?)""", owner.code() + "-OP1", plan,
                    "Services delivered by " + owner.name(), now, ACTOR, now, ACTOR);
            resultByOwner.put(owner.id(), result);
        }
        List<Indicator> indicators = new ArrayList<>();
        int national = Math.max(1, indicatorCount / 10);
        int departments = owners.size() - 1;
        for (int i = 0; i < indicatorCount; i++) {
            int department = i < national ? -1 : (i - national) % departments;
            Unit owner = department < 0 ? owners.get(0) : owners.get(department + 1);
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            String code = owner.code() + "-I%03d".formatted(i + 1);
            long id = insertReturningId(c, """
                    INSERT INTO indicator (code, result_node_id, owner_unit_id, name, unit_of_measure, measure, dimension,
                                           direction, unit_aggregation, time_aggregation, frequency, decimals, multiplier,
                                           achievement_method, sort_order, created_at, created_by, changed_at, changed_by)
                    VALUES (?, ?, ?, ?, ?, ?, 'QUANTITY', 'INCREASE', ?, ?, ?, ?, ?, 'RATIO', ?, ?, ?, ?, ?)""",
                    code, resultByOwner.get(owner.id()), owner.id(), "Generated indicator " + (i + 1) + " (" + kind[0].toLowerCase()
                            + ", " + kind[1].toLowerCase() + ")", kind[0].equals("RATIO") || kind[0].equals("PERCENTAGE") ? "%" : "units",
                    kind[0], kind[2], kind[3], kind[1], kind[0].equals("NUMBER") ? 0 : 2,
                    kind[0].equals("RATIO") ? new BigDecimal(100) : null, i + 1, now, ACTOR, now, ACTOR);
            indicators.add(new Indicator(id, code, department, kind[0], kind[1], kind[2], kind[3], Double.parseDouble(kind[4])));
        }
        return indicators;
    }

    private static long insertReturningId(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, new String[]{"id"})) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- values

    /** Writes rows of one table: COPY on PostgreSQL, JDBC batches elsewhere. */
    private interface RowSink extends AutoCloseable {
        void row(Object... values) throws SQLException;

        @Override
        void close() throws SQLException;
    }

    private long writeValues(Connection c, Random random, List<Unit> units, List<Indicator> indicators,
                             Map<String, Integer> periods, int firstYear, int lastYear, long totalCombo) throws SQLException {
        String stamp = OffsetDateTime.now(ZoneOffset.UTC).toString();
        List<Unit> offices = units.stream().filter(Unit::fieldOffice).toList();
        long rows = 0;
        long started = System.nanoTime();
        long reported = PROGRESS_EVERY;
        // one COPY at a time per connection: targets go through a second one, committed with the first
        try (Connection second = dataSource.getConnection()) {
            second.setAutoCommit(false);
            try (RowSink actuals = sink(c, "data_value", "indicator_id, org_unit_id, period_id, option_combo_id, "
                    + "numeric_value, numerator, denominator, created_at, created_by, changed_at, changed_by", stamp);
                 RowSink targets = sink(second, "target", "indicator_id, org_unit_id, period_id, option_combo_id, "
                         + "target_type, target_value, created_at, created_by, changed_at, changed_by", stamp)) {
            for (Indicator indicator : indicators) {
                for (Unit office : offices) {
                    if (indicator.department() >= 0 && indicator.department() != office.department()) {
                        continue;
                    }
                    double size = indicator.scale() * (0.5 + random.nextDouble());
                    for (int y = firstYear; y <= lastYear; y++) {
                        boolean monthly = indicator.frequency().equals("MONTHLY");
                        int parts = monthly ? 12 : 4;
                        double yearly = 0;
                        for (int p = 1; p <= parts; p++) {
                            String code = monthly ? String.format(Locale.ROOT, "%04d-%02d", y, p) : y + "Q" + p;
                            yearly += value(actuals, random, indicator, office, periods.get(code), totalCombo, size);
                            rows++;
                        }
                        BigDecimal target = switch (indicator.timeRule()) {
                            case "SUM" -> decimal(Math.round(yearly * 1.05));
                            case "LAST" -> decimal(Math.round(size * 1.02));
                            default -> decimal(Math.round(size * 0.9 * 10) / 10.0);
                        };
                        targets.row(indicator.id(), office.id(), periods.get(String.valueOf(y)), totalCombo, "AT_LEAST", target);
                        rows++;
                    }
                    if (rows >= reported) {
                        log.info("Generated {} values ({} s)", rows, (System.nanoTime() - started) / 1_000_000_000);
                        reported += PROGRESS_EVERY;
                    }
                }
            }
            }
            second.commit();
        }
        return rows;
    }

    /** Writes one actual; returns the figure a yearly target is made from. */
    private static double value(RowSink actuals, Random random, Indicator indicator, Unit office, int period,
                                long totalCombo, double size) throws SQLException {
        switch (indicator.measure()) {
            case "RATIO" -> {
                long denominator = Math.max(1, Math.round(size * (0.8 + 0.4 * random.nextDouble())));
                long numerator = Math.round(denominator * (0.6 + 0.38 * random.nextDouble()));
                double rate = Math.round(numerator * 100.0 / denominator * 1_000_000) / 1_000_000.0;
                actuals.row(indicator.id(), office.id(), period, totalCombo, decimal(rate), numerator, denominator);
                return rate;
            }
            case "PERCENTAGE" -> {
                double percent = Math.round((60 + 38 * random.nextDouble()) * 10) / 10.0;
                actuals.row(indicator.id(), office.id(), period, totalCombo, decimal(percent), null, null);
                return percent;
            }
            case "CURRENCY" -> {
                double amount = Math.round(size * (0.7 + 0.6 * random.nextDouble()) * 100) / 100.0;
                actuals.row(indicator.id(), office.id(), period, totalCombo, decimal(amount), null, null);
                return amount;
            }
            default -> {
                long count = Math.round(size * (0.7 + 0.6 * random.nextDouble()));
                actuals.row(indicator.id(), office.id(), period, totalCombo, count, null, null);
                return count;
            }
        }
    }

    private static BigDecimal decimal(double d) {
        return BigDecimal.valueOf(d);
    }

    /**
     * The generator writes only keys it has just made, so on PostgreSQL it asks to skip the foreign-key triggers
     * for its own session (a superuser may; anyone else keeps the checks, only slower).
     */
    private static void skipForeignKeyChecks(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
        } catch (SQLException e) {
            log.info("Foreign keys stay checked while generating ({})", e.getMessage());
        }
    }

    private RowSink sink(Connection c, String table, String columns, String stamp) throws SQLException {
        if (c.isWrapperFor(PGConnection.class)) {
            skipForeignKeyChecks(c);
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
            return new RowSink() {
                private final StringBuilder buffer = new StringBuilder(1 << 20);

                @Override
                public void row(Object... values) throws SQLException {
                    for (Object v : values) {
                        if (v != null) {
                            buffer.append(v instanceof BigDecimal d ? d.toPlainString() : v);
                        }
                        buffer.append(',');
                    }
                    buffer.append(stamp).append(',').append(ACTOR).append(',').append(stamp).append(',').append(ACTOR).append('\n');
                    if (buffer.length() > (1 << 20) - 512) {
                        flush();
                    }
                }

                private void flush() throws SQLException {
                    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    buffer.setLength(0);
                }

                @Override
                public void close() throws SQLException {
                    flush();
                    copy.endCopy();
                }
            };
        }
        int count = columns.split(",").length;
        PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                + "?, ".repeat(count - 1) + "?)");
        Timestamp now = Timestamp.from(OffsetDateTime.parse(stamp).toInstant());
        return new RowSink() {
            private int pending;

            @Override
            public void row(Object... values) throws SQLException {
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.setTimestamp(values.length + 1, now);
                insert.setString(values.length + 2, ACTOR);
                insert.setTimestamp(values.length + 3, now);
                insert.setString(values.length + 4, ACTOR);
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    insert.executeBatch();
                }
            }

            @Override
            public void close() throws SQLException {
                insert.executeBatch();
                insert.close();
            }
        };
    }
}
