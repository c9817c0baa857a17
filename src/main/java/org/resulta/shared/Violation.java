package org.resulta.shared;

/** One broken rule inside a batch: the item it concerns (an indicator code, a line number), the field, the rule. */
public record Violation(String item, String field, String rule, String message) {
}
