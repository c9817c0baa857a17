package org.resulta.measurement;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * Validation rules over indicator values, and outlier flags against a unit's own history. Rules run when values
 * are entered (the form lists what they find), before a report is submitted (blocking rules stop it) and on demand.
 * A rule whose values are not all there is skipped for that unit and period.
 */
public interface ValidationRules {

    @PreAuthorize("hasAuthority('PLAN_READ')")
    List<ValidationRuleView> rules();

    @PreAuthorize("hasPermission(#request.ownerUnitCode(), 'OrgUnit', 'PLAN_MANAGE')")
    ValidationRuleView define(ValidationRuleRequest request);

    /** What is broken for the unit's own values in the period. */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    List<RuleViolation> check(String unitCode, String period);

    /** What is broken for the unit and every unit below it in the period. */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    List<RuleViolation> checkSubtree(String unitCode, String period);
}
