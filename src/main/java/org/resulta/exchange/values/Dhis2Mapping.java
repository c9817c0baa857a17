package org.resulta.exchange.values;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * How DHIS2 identifiers become Resulta codes: data elements become indicators, organisation units become units,
 * category option combinations become option combinations ({@code total} for DHIS2's default combination). An
 * identifier without a mapping is taken as a Resulta code as it is.
 */
public record Dhis2Mapping(@NotNull List<@Valid Entry> entries) {

    public enum Kind {
        DATA_ELEMENT, ORG_UNIT, CATEGORY_OPTION_COMBO
    }

    public record Entry(@NotNull Kind kind, @NotBlank @Size(max = 100) String dhis2Id,
                        @NotBlank @Size(max = 200) String resultaCode) {
    }
}
