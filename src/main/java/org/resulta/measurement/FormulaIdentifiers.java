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

    /** The system the identifiers come from, for messages ("DHIS2"). */
    String system();

    /**
     * The operand in Resulta codes (its period offset kept), or empty when the item's identifier or the
     * combination's is not mapped. A system's default combination reads as the whole item.
     */
    Optional<Reference> translate(Reference reference);

    /** Whether the text has the form of this system's identifiers (a DHIS2 uid: 11 letters and digits). */
    boolean hasIdentifierForm(String text);

    /** Whether the identifier of an item (a DHIS2 data element) is mapped to an indicator. */
    boolean knowsItem(String identifier);
}
