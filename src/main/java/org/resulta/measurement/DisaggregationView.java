package org.resulta.measurement;

import java.util.List;

/** A combination of categories an indicator is broken down by, with every option combination. */
public record DisaggregationView(String code, String name, List<String> categoryCodes, List<OptionComboView> combos) {

    public static final String NONE = "none";

    public boolean isNone() {
        return NONE.equals(code);
    }
}
