package org.resulta.results;

/** "{@code fromCode} contributes to {@code toCode}", always from a lower level to a higher one. */
public record ResultLinkView(String fromCode, String toCode) {
}
