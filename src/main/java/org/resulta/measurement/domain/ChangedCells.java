package org.resulta.measurement.domain;

import org.resulta.measurement.ActualsRecorded;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The actuals a bulk load wrote, kept in a temporary file rather than in memory, so that they can be announced
 * with {@link ActualsRecorded} once the load has committed, however many there are.
 */
final class ChangedCells implements AutoCloseable {

    private static final int CELLS_PER_EVENT = 5_000;

    private final Path file;
    private final DataOutputStream out;
    private long count;

    ChangedCells() {
        try {
            file = Files.createTempFile("resulta-import-cells", ".bin");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(String unitCode, String indicatorCode, String periodCode, ActualsRecorded.Cell cell) {
        try {
            out.writeUTF(unitCode);
            out.writeUTF(indicatorCode);
            out.writeUTF(periodCode);
            out.writeLong(cell.indicatorId());
            out.writeLong(cell.unitId());
            out.writeInt(cell.optionComboId());
            writeNumber(cell.value());
            writeNumber(cell.numerator());
            writeNumber(cell.denominator());
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() {
        return count;
    }

    /** Reads the cells back in order and hands them out as events of one unit each, a few thousand cells at a time. */
    void announce(Consumer<ActualsRecorded> publish) {
        try {
            out.close();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                Batch batch = null;
                for (long i = 0; i < count; i++) {
                    String unit = in.readUTF();
                    String indicator = in.readUTF();
                    String period = in.readUTF();
                    var cell = new ActualsRecorded.Cell(in.readLong(), in.readLong(), period, in.readInt(),
                            readNumber(in), readNumber(in), readNumber(in));
                    if (batch != null && (!batch.unit.equals(unit) || batch.cells.size() >= CELLS_PER_EVENT)) {
                        publish.accept(batch.event());
                        batch = null;
                    }
                    if (batch == null) {
                        batch = new Batch(unit);
                    }
                    batch.indicators.add(indicator);
                    batch.periods.add(period);
                    batch.cells.add(cell);
                }
                if (batch != null) {
                    publish.accept(batch.event());
                }
            }
        } catch (EOFException e) {
            throw new IllegalStateException("The list of imported cells ended early", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeNumber(BigDecimal number) throws IOException {
        out.writeBoolean(number != null);
        if (number != null) {
            out.writeUTF(number.toPlainString());
        }
    }

    private static BigDecimal readNumber(DataInputStream in) throws IOException {
        return in.readBoolean() ? new BigDecimal(in.readUTF()) : null;
    }

    private static final class Batch {
        final String unit;
        final Set<String> indicators = new LinkedHashSet<>();
        final Set<String> periods = new LinkedHashSet<>();
        final List<ActualsRecorded.Cell> cells = new ArrayList<>();

        Batch(String unit) {
            this.unit = unit;
        }

        ActualsRecorded event() {
            return new ActualsRecorded(unit, List.copyOf(indicators), List.copyOf(periods), List.copyOf(cells));
        }
    }
}
