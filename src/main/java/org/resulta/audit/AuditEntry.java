package org.resulta.audit;

/**
 * One change to record. {@code entityKey} names the thing in codes (an actual is
 * {@code indicator|unit|period|combination}); {@code unitId} is the unit it belongs to, for scope; the old and new
 * values are short texts such as {@code value=42; comment=recount}. The actor and time are added when recorded.
 */
public record AuditEntry(AuditedEntity entity, String entityKey, AuditAction action, Long unitId, String oldValue,
                         String newValue, String reason) {

    public static String actualKey(String indicator, String unit, String period, String combination) {
        return indicator + "|" + unit + "|" + period + "|" + combination;
    }
}
