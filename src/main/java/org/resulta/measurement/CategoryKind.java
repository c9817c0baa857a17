package org.resulta.measurement;

/** What a category divides a population by (DOMAIN.md 14: equity dimensions). */
public enum CategoryKind {
    SEX, AGE_GROUP, DISABILITY, REGION, INCOME_GROUP, CUSTOM
}
