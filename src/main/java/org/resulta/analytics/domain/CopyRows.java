package org.resulta.analytics.domain;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the rows of PostgreSQL's binary {@code COPY ... TO STDOUT (FORMAT binary)} stream one field at a time, in
 * the order of the query's columns, without an object per row. The query must cast its columns to the types read
 * here ({@code int8}, {@code numeric}, {@code text} or {@code varchar}); a null reads as {@link Long#MIN_VALUE},
 * {@link Double#NaN} or {@code null}. The format is the one PostgreSQL documents for {@code COPY}: an 11-byte
 * signature, flags and a header extension, then per row a 16-bit field count (-1 ends the data) and per field a
 * 32-bit length (-1 for null) followed by the value in network byte order.
 */
final class CopyRows {

    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    /** Integers below 2^53 are exact doubles, as are the powers of ten up to 10^22. */
    private static final long EXACT_LONG = 1L << 53;
    private static final double[] POWERS = new double[23];
    private static final BigInteger BASE = BigInteger.valueOf(10_000);

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private final DataInputStream in;
    private final int columns;
    private byte[] text = new byte[64];

    CopyRows(InputStream stream, int columns) throws IOException {
        this.in = new DataInputStream(stream);
        this.columns = columns;
        byte[] signature = new byte[SIGNATURE.length];
        in.readFully(signature);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new IOException("Not a PostgreSQL binary COPY stream");
        }
        in.readInt();
        in.skipNBytes(in.readInt());
    }

    /** Moves to the next row; false at the end of the data. */
    boolean next() throws IOException {
        short fields;
        try {
            fields = in.readShort();
        } catch (EOFException end) {
            return false;
        }
        if (fields == -1) {
            return false;
        }
        if (fields != columns) {
            throw new IOException("A COPY row has " + fields + " fields, expected " + columns);
        }
        return true;
    }

    long int8() throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return Long.MIN_VALUE;
        }
        expect(length, 8, "int8");
        return in.readLong();
    }

    /**
     * A {@code numeric} in PostgreSQL's binary form (digit count, weight, sign, display scale, then base-10000
     * digits) as the nearest double, the same one parsing its decimal text would give; NaN for null or NaN.
     */
    double numeric() throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return Double.NaN;
        }
        int count = in.readShort();
        int weight = in.readShort();
        int sign = in.readShort() & 0xFFFF;
        in.readShort();
        if (length != 8 + 2 * count) {
            throw new IOException("A numeric of " + length + " bytes with " + count + " digits");
        }
        if (sign != POSITIVE && sign != NEGATIVE) {
            in.skipNBytes(2L * count);
            return Double.NaN;
        }
        if (count == 0) {
            return 0;
        }
        if (count <= 4) {
            long unscaled = 0;
            for (int i = 0; i < count; i++) {
                unscaled = unscaled * 10_000 + in.readShort();
            }
            int exponent = 4 * (weight - count + 1);
            if (unscaled < EXACT_LONG && exponent >= -22 && exponent <= 22) {
                double magnitude = exponent >= 0 ? unscaled * POWERS[exponent] : unscaled / POWERS[-exponent];
                return sign == NEGATIVE ? -magnitude : magnitude;
            }
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(unscaled), -exponent);
            return sign == NEGATIVE ? -exact.doubleValue() : exact.doubleValue();
        }
        BigInteger unscaled = BigInteger.ZERO;
        for (int i = 0; i < count; i++) {
            unscaled = unscaled.multiply(BASE).add(BigInteger.valueOf(in.readShort()));
        }
        double magnitude = new BigDecimal(unscaled, -4 * (weight - count + 1)).doubleValue();
        return sign == NEGATIVE ? -magnitude : magnitude;
    }

    String text() throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length > text.length) {
            text = new byte[Math.max(length, text.length * 2)];
        }
        in.readFully(text, 0, length);
        return new String(text, 0, length, StandardCharsets.UTF_8);
    }

    private static void expect(int length, int wanted, String type) throws IOException {
        if (length != wanted) {
            throw new IOException("A COPY field of " + length + " bytes where " + type + " has " + wanted);
        }
    }
}
