package org.resulta.measurement.calculation.formula;

import java.util.Optional;

/**
 * Tells a {@link FormulaCatalog} what a reference in a formula denotes: an indicator, one of its option
 * combinations, a DHIS2 data element or data element operand. Returns the reference as the value source will be
 * asked for it (the same one, or another reading of it, e.g. {@code #{DOH.04}} as the whole code "DOH.04"), or
 * empty when nothing by that name exists. It also values the named constants ({@code C{key}}) formulas use.
 */
@FunctionalInterface
public interface ReferenceResolver {

    Optional<Reference> resolve(Reference reference);

    /** The value of the constant {@code C{key}} (key: its code or DHIS2 uid), or empty when there is none. */
    default Optional<Double> constant(String key) {
        return Optional.empty();
    }
}
