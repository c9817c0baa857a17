package org.resulta.results;

/**
 * A plan's wording or a result's statement changed: modules that show them beside their own data (the indicator
 * catalogue) read them again. Published inside the changing transaction.
 */
public record ResultsChanged(String planCode) {
}
