package org.resulta.measurement.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditedEntity;

import java.math.BigDecimal;
import java.util.StringJoiner;

/** Turns written actuals and targets into audit entries, with the values before and after as short texts. */
final class ValueAudit {

    private ValueAudit() {
    }

    static AuditEntry actual(ValueRepository.ActualChange change, String indicator, long unitId, String unit,
                             String period, String combination, String reason) {
        ValueRepository.ActualRow r = change.row();
        ValueRepository.StoredActual before = change.before();
        return new AuditEntry(AuditedEntity.ACTUAL, AuditEntry.actualKey(indicator, unit, period, combination),
                before == null ? AuditAction.CREATE : AuditAction.UPDATE, unitId,
                before == null ? null : text(before.value(), before.numerator(), before.denominator(), before.text(), before.comment()),
                text(r.value(), r.numerator(), r.denominator(), r.text(), r.comment()), reason);
    }

    static AuditEntry target(ValueRepository.TargetChange change, String indicator, long unitId, String unit,
                             String period, String combination) {
        ValueRepository.TargetRow r = change.row();
        ValueRepository.StoredTarget before = change.before();
        return new AuditEntry(AuditedEntity.TARGET, AuditEntry.actualKey(indicator, unit, period, combination),
                before == null ? AuditAction.CREATE : AuditAction.UPDATE, unitId,
                before == null ? null : target(before.type(), before.value(), before.upper(), before.narrative()),
                target(r.type().name(), r.value(), r.upper(), r.narrative()), null);
    }

    static String text(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String text, String comment) {
        StringJoiner out = new StringJoiner("; ");
        if (numerator != null || denominator != null) {
            out.add("numerator=" + plain(numerator)).add("denominator=" + plain(denominator));
        }
        if (value != null) {
            out.add("value=" + plain(value));
        }
        if (text != null) {
            out.add("text=" + text);
        }
        if (comment != null) {
            out.add("comment=" + comment);
        }
        return out.toString();
    }

    private static String target(String type, BigDecimal value, BigDecimal upper, String narrative) {
        StringJoiner out = new StringJoiner("; ");
        out.add("type=" + type);
        if (value != null) {
            out.add("value=" + plain(value));
        }
        if (upper != null) {
            out.add("upper=" + plain(upper));
        }
        if (narrative != null) {
            out.add("narrative=" + narrative);
        }
        return out.toString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
