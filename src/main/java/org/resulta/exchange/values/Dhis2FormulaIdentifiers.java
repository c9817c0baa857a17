package org.resulta.exchange.values;

import org.resulta.measurement.FormulaIdentifiers;
import org.resulta.measurement.calculation.formula.Reference;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DHIS2 uids in formulas, read through the stored DHIS2 mapping: {@code #{dataElementUid.categoryOptionComboUid}}
 * becomes {@code #{INDICATOR.COMBO}}, the default combination {@code HllvX50cXC0} the whole indicator. Unlike an
 * import of values, an identifier without a mapping is not taken as a code: measurement asks only for operands that
 * name no indicator, so an unmapped uid is refused, named, when the formula is saved.
 */
@Component
class Dhis2FormulaIdentifiers implements FormulaIdentifiers {

    private static final Pattern UID = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");

    private final ImportJobRepository jobs;

    Dhis2FormulaIdentifiers(ImportJobRepository jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<Reference> translate(Reference reference) {
        return translate(translation(), reference);
    }

    /** The operand in Resulta codes by {@code translation}, or empty when its data element or combo is not mapped. */
    static Optional<Reference> translate(Mapped translation, Reference reference) {
        String item = translation.mapped(Dhis2Mapping.Kind.DATA_ELEMENT, reference.item());
        if (item == null) {
            return Optional.empty();
        }
        String combination = null;
        if (reference.hasCombination() && !Dhis2Translation.DEFAULT_COMBO.equals(reference.combination())) {
            combination = translation.mapped(Dhis2Mapping.Kind.CATEGORY_OPTION_COMBO, reference.combination());
            if (combination == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Reference(item, combination, reference.periodOffset()));
    }

    @Override
    public Optional<String> whyUntranslated(Reference reference) {
        return whyUntranslated(translation(), reference);
    }

    /** Which uid of a DHIS2-looking operand the mapping lacks; empty for an operand not written with DHIS2 uids. */
    static Optional<String> whyUntranslated(Mapped translation, Reference reference) {
        if (!UID.matcher(reference.item()).matches()) {
            return Optional.empty();
        }
        if (translation.mapped(Dhis2Mapping.Kind.DATA_ELEMENT, reference.item()) == null) {
            return Optional.of("no indicator has the code " + reference.item() + " and the DHIS2 mapping has no data "
                    + "element " + reference.item() + " (map it with PUT /api/v1/dhis2/mapping)");
        }
        return Optional.of("the DHIS2 mapping has no category option combination " + reference.combination()
                + ", or maps it to a combination indicator "
                + translation.mapped(Dhis2Mapping.Kind.DATA_ELEMENT, reference.item()) + " does not have");
    }

    /**
     * The stored mapping, read one identifier at a time: a formula names a few identifiers, and an import of a DHIS2
     * package saves hundreds of formulas, each of which would otherwise read the whole mapping per operand.
     */
    private Mapped translation() {
        return (kind, dhis2Id) -> dhis2Id == null ? null : jobs.mapped(kind, dhis2Id.strip());
    }

    /** Where a DHIS2 identifier of a kind is mapped to: a Resulta code, or null. */
    interface Mapped {
        String mapped(Dhis2Mapping.Kind kind, String dhis2Id);
    }
}
