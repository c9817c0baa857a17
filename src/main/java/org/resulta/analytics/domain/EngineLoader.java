package org.resulta.analytics.domain;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.resulta.analytics.engine.BulkLoad;
import org.resulta.analytics.engine.ComboIndex;
import org.resulta.analytics.engine.Hierarchy;
import org.resulta.analytics.engine.PeriodIndex;
import org.resulta.analytics.engine.ValueStore;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.shared.PeriodCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads the engine's store from the database: the tree through {@link OrgUnitLookup}, then periods, option
 * combinations and indicators, then every actual and target streamed row by row with JDBC (a server-side
 * cursor with a fetch size, so memory holds one fetch of rows, never the result set), logging progress every
 * {@value #PROGRESS_EVERY} rows, and at the end the time taken and the bytes held per value.
 * <p>
 * This is the one place where analytics reads measurement's tables directly: a facade returning 10 million
 * records would hold them all at once.
 */
@Component
class EngineLoader {

    static final int FETCH_SIZE = 10_000;
    static final int PROGRESS_EVERY = 1_000_000;
    private static final Logger log = LoggerFactory.getLogger(EngineLoader.class);

    private final OrgUnitLookup units;
    private final PeriodCalendar calendar;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    EngineLoader(OrgUnitLookup units, PeriodCalendar calendar, DataSource dataSource,
                 PlatformTransactionManager transactions) {
        this.units = units;
        this.calendar = calendar;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** What a load found and what it cost. */
    record Statistics(long actuals, long targets, long skipped, int units, long millis, long bytes) {

        double bytesPerValue() {
            return actuals + targets == 0 ? 0 : (double) bytes / (actuals + targets);
        }
    }

    /** A store with everything in the database, and the figures of the load. */
    record Loaded(ValueStore store, Statistics statistics) {
    }

    Loaded load() {
        long started = System.nanoTime();
        ValueStore store = new ValueStore(hierarchy(), new PeriodIndex(), combos());
        long[] counts = readOnly.execute(status -> {
            int[] slots = periodSlots(store.periods());
            streaming.query("SELECT id, measure FROM indicator", (RowCallbackHandler) rs -> store.define(rs.getLong(1),
                    "RATIO".equals(rs.getString(2)) ? ValueStore.Kind.RATIO : ValueStore.Kind.PLAIN));
            BulkLoad load = store.bulkLoad();
            boolean postgres = Boolean.TRUE.equals(streaming.execute(
                    (ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class)));
            long actuals;
            long targets;
            if (postgres) {
                actuals = copy("actuals", """
                        SELECT indicator_id::int8, org_unit_id::int8, period_id::int8, option_combo_id::int8,
                               numeric_value, numerator, denominator
                        FROM data_value""", 7, row -> load.actual(row.int8(), row.int8(), slot(slots, row.int8()),
                        row.int8(), row.numeric(), row.numeric(), row.numeric()), started);
                targets = copy("targets", """
                        SELECT indicator_id::int8, org_unit_id::int8, period_id::int8, option_combo_id::int8,
                               target_type::text, target_value, upper_value
                        FROM target""", 7, row -> load.target(row.int8(), row.int8(), slot(slots, row.int8()),
                        row.int8(), TargetType.valueOf(row.text()), row.numeric(), row.numeric()), started);
            } else {
                actuals = stream("actuals", """
                        SELECT indicator_id, org_unit_id, period_id, option_combo_id, numeric_value, numerator, denominator
                        FROM data_value""", rs -> load.actual(rs.getLong(1), rs.getLong(2), slots[rs.getInt(3)],
                        rs.getInt(4), number(rs, 5), number(rs, 6), number(rs, 7)), started);
                targets = stream("targets", """
                        SELECT indicator_id, org_unit_id, period_id, option_combo_id, target_type, target_value, upper_value
                        FROM target""", rs -> load.target(rs.getLong(1), rs.getLong(2), slots[rs.getInt(3)], rs.getInt(4),
                        TargetType.valueOf(rs.getString(5)), number(rs, 6), number(rs, 7)), started);
            }
            log.info("Analytics engine: {} rows read ({} MB of row columns), building the series", actuals + targets,
                    load.bufferBytes() / 1_000_000);
            load.finish();
            return new long[]{actuals, targets, load.skipped()};
        });
        Statistics statistics = new Statistics(counts[0], counts[1], counts[2], store.hierarchy().size(),
                (System.nanoTime() - started) / 1_000_000, store.bytes());
        log.info("Analytics engine loaded {} actuals and {} targets for {} units in {} ms: {} MB, {} bytes a value{}",
                statistics.actuals(), statistics.targets(), statistics.units(), statistics.millis(),
                statistics.bytes() / 1_000_000, String.format("%.1f", statistics.bytesPerValue()),
                statistics.skipped() == 0 ? "" : "; " + statistics.skipped() + " rows of unknown units skipped");
        return new Loaded(store, statistics);
    }

    /** The tree as the organisation module numbers it now. */
    Hierarchy hierarchy() {
        return ScoreModel.hierarchy(units.all());
    }

    /** Registers option combinations the store does not know yet, ranked by their disaggregation's order. */
    void registerCombos(ComboIndex combos) {
        int[] rank = {0};
        streaming.query("""
                SELECT c.id, c.code, d.code FROM option_combo c JOIN disaggregation d ON d.id = c.disaggregation_id
                ORDER BY c.disaggregation_id, c.sort_order, c.id""", (RowCallbackHandler) rs -> {
            rank[0]++;
            combos.register(rs.getLong(1), rank[0]);
        });
    }

    private ComboIndex combos() {
        Long total = streaming.query("""
                SELECT c.id FROM option_combo c JOIN disaggregation d ON d.id = c.disaggregation_id
                WHERE d.code = 'none' AND c.code = 'total'""", rs -> rs.next() ? rs.getLong(1) : null);
        ComboIndex combos = new ComboIndex(total == null ? Long.MIN_VALUE : total);
        registerCombos(combos);
        return combos;
    }

    /** Period slots by period id. */
    private int[] periodSlots(PeriodIndex periods) {
        int[][] slots = {new int[64]};
        streaming.query("SELECT id, code FROM period", (RowCallbackHandler) rs -> {
            int id = rs.getInt(1);
            if (id >= slots[0].length) {
                slots[0] = Arrays.copyOf(slots[0], Math.max(id + 1, slots[0].length * 2));
            }
            slots[0][id] = periods.slot(calendar.parse(rs.getString(2)));
        });
        return slots[0];
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private long stream(String what, String sql, RowReader reader, long started) {
        long[] rows = {0};
        streaming.query(sql, (RowCallbackHandler) rs -> {
            reader.read(rs);
            if (++rows[0] % PROGRESS_EVERY == 0) {
                log.info("Analytics engine: {} {} read ({} s)", rows[0], what, (System.nanoTime() - started) / 1_000_000_000);
            }
        });
        return rows[0];
    }

    private interface CopyReader {
        void read(CopyRows row) throws IOException;
    }

    /**
     * On PostgreSQL: the rows through a binary {@code COPY} of the query, read field by field, several times faster
     * than a result set (no text to parse, no objects per row).
     */
    private long copy(String what, String sql, int columns, CopyReader reader, long started) {
        Long count = streaming.execute((ConnectionCallback<Long>) connection -> {
            PGConnection pg = connection.unwrap(PGConnection.class);
            long rows = 0;
            try (InputStream in = new BufferedInputStream(
                    new PGCopyInputStream(pg, "COPY (" + sql + ") TO STDOUT (FORMAT binary)"), 1 << 16)) {
                CopyRows row = new CopyRows(in, columns);
                while (row.next()) {
                    reader.read(row);
                    if (++rows % PROGRESS_EVERY == 0) {
                        log.info("Analytics engine: {} {} read ({} s)", rows, what,
                                (System.nanoTime() - started) / 1_000_000_000);
                    }
                }
            } catch (IOException e) {
                throw new SQLException("Reading the " + what + " through COPY failed: " + e.getMessage(), e);
            }
            return rows;
        });
        return count == null ? 0 : count;
    }

    private static int slot(int[] slots, long periodId) {
        return slots[(int) periodId];
    }

    private static double number(ResultSet rs, int column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : d;
    }
}
