package org.resulta.audit;

/** What happened to an audited thing. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, RETIRE, MOVE, SUBMIT, VERIFY, APPROVE, RETURN, LOCK, REOPEN
}
