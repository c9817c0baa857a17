package org.resulta.measurement;

/** What the overdue board shows for a report: its approval state, or for an open report how it stands against its due date. */
public enum ReportingStatus {
    NOT_DUE("Not due yet"),
    IN_PROGRESS("In progress"),
    MISSING("Missing"),
    OVERDUE("Overdue"),
    CLOSED("Entry closed"),
    SUBMITTED("Submitted"),
    VERIFIED("Verified"),
    APPROVED("Approved"),
    LOCKED("Locked");

    private final String label;

    ReportingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
