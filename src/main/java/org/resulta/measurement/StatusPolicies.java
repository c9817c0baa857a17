package org.resulta.measurement;

import org.springframework.security.access.prepost.PreAuthorize;

import java.time.LocalDate;
import java.util.List;

/** The versioned traffic-light policy. Publishing a version is for system-wide administrators only. */
public interface StatusPolicies {

    /** The version in force on the given day. */
    StatusPolicyView inForce(LocalDate day);

    @PreAuthorize("hasAuthority('PLAN_READ')")
    List<StatusPolicyView> history();

    @PreAuthorize("hasPermission(null, 'OrgUnit', 'POLICY_MANAGE')")
    StatusPolicyView publish(StatusPolicyRequest request);
}
