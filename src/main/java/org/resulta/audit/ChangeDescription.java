package org.resulta.audit;

import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Describes a record, or what changed between two versions of it, as {@code name=value; ...} texts for the audit
 * trail. Only components that differ appear in a change.
 */
public record ChangeDescription(String before, String after) {

    public static String of(Record value) {
        StringJoiner out = new StringJoiner("; ");
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v = read(c, value);
            if (v != null) {
                out.add(c.getName() + "=" + v);
            }
        }
        return out.toString();
    }

    public static <R extends Record> ChangeDescription between(R before, R after) {
        StringJoiner was = new StringJoiner("; ");
        StringJoiner now = new StringJoiner("; ");
        for (RecordComponent c : after.getClass().getRecordComponents()) {
            Object a = read(c, before);
            Object b = read(c, after);
            if (!Objects.equals(normalise(a), normalise(b))) {
                was.add(c.getName() + "=" + (a == null ? "" : a));
                now.add(c.getName() + "=" + (b == null ? "" : b));
            }
        }
        return new ChangeDescription(was.toString(), now.toString());
    }

    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }

    private static Object normalise(Object v) {
        return v instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : v;
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
