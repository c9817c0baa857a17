/**
 * Audit: the append-only trail of who changed what, when, from which value to which, and why. Modules record
 * their changes through {@link org.resulta.audit.AuditTrail} inside their own transactions. Depends on identity.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "identity")
package org.resulta.audit;
