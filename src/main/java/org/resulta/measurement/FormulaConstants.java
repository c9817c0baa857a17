package org.resulta.measurement;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * The named constants formulas use ({@code C{code}} or {@code C{dhis2Uid}}, as in DHIS2 expressions): shared by
 * the whole government, so reading them needs PLAN_READ and changing them is for system-wide administrators
 * (POLICY_MANAGE without a scope unit). A changed value reaches every formula using it at the next computation.
 */
public interface FormulaConstants {

    @PreAuthorize("hasAuthority('PLAN_READ')")
    List<ConstantView> constants();

    /** The constant with this code or DHIS2 uid. */
    @PreAuthorize("hasAuthority('PLAN_READ')")
    ConstantView constant(String codeOrUid);

    /** Refused when the code or DHIS2 uid is already taken. */
    @PreAuthorize("hasPermission(null, 'OrgUnit', 'POLICY_MANAGE')")
    ConstantView createConstant(ConstantRequest request);

    /** Changes name, value, description and DHIS2 uid; the code stays (formulas name it). */
    @PreAuthorize("hasPermission(null, 'OrgUnit', 'POLICY_MANAGE')")
    ConstantView changeConstant(String code, ConstantRequest request);

    /** Refused with a conflict naming the formula indicators that use the constant. */
    @PreAuthorize("hasPermission(null, 'OrgUnit', 'POLICY_MANAGE')")
    void deleteConstant(String code);
}
