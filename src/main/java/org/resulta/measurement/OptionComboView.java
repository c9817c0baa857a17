package org.resulta.measurement;

import java.util.List;

/**
 * One combination of options, one per category of a disaggregation ("Female, 15-24"). {@code code} joins the
 * option codes with underscores ({@code F_15-24}); the total of an indicator without disaggregation is
 * {@link #TOTAL}.
 */
public record OptionComboView(int id, String code, String name, List<String> optionCodes) {

    public static final String TOTAL = "total";

    public boolean isTotal() {
        return TOTAL.equals(code);
    }
}
