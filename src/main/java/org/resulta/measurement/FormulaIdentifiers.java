package org.resulta.measurement;

import org.resulta.measurement.calculation.formula.Reference;

import java.util.Optional;

/**
 * Another system's identifiers in formulas, read as Resulta codes: a service provider interface that the module
 * keeping the mapping implements (exchange, for the DHIS2 uids of data elements and category option combinations),
 * so that measurement does not depend on it. Asked only when a formula is saved, for operands that name no Resulta
 * indicator: the formula is stored in Resulta codes, so a later change of the mapping does not change its meaning.
 */
public interface FormulaIdentifiers {

    /**
     * The operand in Resulta codes (its period offset kept), or empty when the item's identifier or the
     * combination's is not mapped. A system's default combination reads as the whole item.
     */
    Optional<Reference> translate(Reference reference);

    /**
     * Why an operand written with this system's identifiers has no translation (which identifier the mapping lacks,
     * and how to add it), for the refusal; empty when the operand is not written with them.
     */
    Optional<String> whyUntranslated(Reference reference);
}
