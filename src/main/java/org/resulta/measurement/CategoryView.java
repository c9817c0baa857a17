package org.resulta.measurement;

import java.util.List;

/** A category (sex, age group, ...) and its options in order. */
public record CategoryView(String code, String name, CategoryKind kind, List<Option> options) {

    public record Option(String code, String name) {
    }
}
