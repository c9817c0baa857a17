package org.resulta.identity;

import java.util.EnumSet;
import java.util.Set;

import static org.resulta.identity.Permission.*;

/** The roles of DESIGN.md section 2 and what each may do inside its org-unit scope. */
public enum Role {
    ADMINISTRATOR("Administrator", EnumSet.allOf(Permission.class)),
    PERFORMANCE_OFFICER("Performance officer",
            EnumSet.of(ORG_READ, PLAN_READ, PLAN_MANAGE, TARGET_MANAGE, DATA_READ, DATA_ENTER, DATA_VERIFY,
                    DATA_APPROVE, DATA_REOPEN)),
    UNIT_HEAD("Head of unit", EnumSet.of(ORG_READ, PLAN_READ, TARGET_MANAGE, DATA_READ, DATA_ENTER, DATA_VERIFY,
            DATA_APPROVE)),
    DATA_ENCODER("Data encoder", EnumSet.of(ORG_READ, PLAN_READ, DATA_READ, DATA_ENTER)),
    VIEWER("Viewer (auditor)", EnumSet.of(ORG_READ, PLAN_READ, DATA_READ));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = Set.copyOf(permissions);
    }

    public String label() {
        return label;
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
