package org.resulta.measurement;

/** A blocking rule stops a report's submission while it is broken; a warning only shows. */
public enum RuleImportance {
    BLOCKING, WARNING
}
