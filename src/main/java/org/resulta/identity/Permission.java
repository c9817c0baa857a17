package org.resulta.identity;

/**
 * The one vocabulary of what a user may do. Each permission is checked together with the org-unit scope:
 * {@link ScopeRule#SUBTREE} allows the user's scope unit and everything below it; {@link ScopeRule#RELATED}
 * also allows the units above it, so that a regional office can read the plan of its department.
 */
public enum Permission {
    ORG_READ(ScopeRule.RELATED),
    ORG_MANAGE(ScopeRule.SUBTREE),
    PLAN_READ(ScopeRule.RELATED),
    PLAN_MANAGE(ScopeRule.SUBTREE),
    TARGET_MANAGE(ScopeRule.SUBTREE),
    DATA_READ(ScopeRule.SUBTREE),
    DATA_ENTER(ScopeRule.SUBTREE),
    DATA_VERIFY(ScopeRule.SUBTREE),
    DATA_APPROVE(ScopeRule.SUBTREE),
    DATA_REOPEN(ScopeRule.SUBTREE),
    POLICY_MANAGE(ScopeRule.SUBTREE),
    USER_MANAGE(ScopeRule.SUBTREE);

    private final ScopeRule scopeRule;

    Permission(ScopeRule scopeRule) {
        this.scopeRule = scopeRule;
    }

    public ScopeRule scopeRule() {
        return scopeRule;
    }

    /** How far from the user's scope unit a permission reaches. */
    public enum ScopeRule {
        SUBTREE, RELATED
    }
}
