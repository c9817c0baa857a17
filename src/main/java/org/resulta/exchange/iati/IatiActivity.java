package org.resulta.exchange.iati;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code iati-activity} as read from a file, with only what Resulta imports: its identity, dates and results.
 * Texts are the first narrative (English preferred) or, in legacy 1.0x files, the element's own text. Codes keep
 * the spelling of the file ({@code 1} or {@code Output}); {@link IatiMapping} interprets them. {@code line} is the
 * line of the element's start tag.
 */
record IatiActivity(int line, String identifier, String title, String description, LocalDate start, LocalDate end,
                    String defaultCurrency, List<Result> results) {

    record Result(int line, String type, String title, String description, List<Indicator> indicators) {
    }

    record Indicator(int line, String measure, String ascending, String title, String description,
                     List<Baseline> baselines, List<Period> periods) {
    }

    record Baseline(int line, String year, String isoDate, String value, String comment, boolean disaggregated) {
    }

    record Period(int line, String start, String end, List<Value> targets, List<Value> actuals) {
    }

    /** A target or actual: its raw {@code @value}, comment, and the dimensions or locations that split it. */
    record Value(int line, String value, String comment, List<String> breakdown) {

        boolean isDisaggregated() {
            return !breakdown.isEmpty();
        }

        boolean isEmpty() {
            return (value == null || value.isBlank()) && (comment == null || comment.isBlank());
        }
    }
}
