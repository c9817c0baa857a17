package org.resulta.audit;

/** The kinds of thing whose changes are audited. */
public enum AuditedEntity {
    ACTUAL, TARGET, INDICATOR, PLAN, RESULT, ORG_UNIT, APPROVAL, DATA_SET, VALIDATION_RULE, UNIT_GROUP, FORMULA_CONSTANT
}
