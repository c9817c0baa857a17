package org.resulta.analytics.domain;

import org.resulta.analytics.AnalyticsDimensions;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.OptionComboView;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Period;

import java.util.List;
import java.util.Map;

/**
 * A checked query: the indicators, units, periods and, per indicator, the slices (its total or an option
 * combination) to compute, in the order cells come, and how many cells that makes.
 */
record QueryPlan(OrgUnitView root, List<IndicatorView> indicators, List<OrgUnitView> units, List<Period> periods,
                 Map<String, List<Slice>> slices, Map<String, OrgUnitView> owners, long cells,
                 AnalyticsDimensions dimensions) {

    /** The total of an indicator ({@code combo} null) or one option combination of it. */
    record Slice(String code, String name, OptionComboView combo) {

        static final Slice TOTAL = new Slice(OptionComboView.TOTAL, "Total", null);

        boolean total() {
            return combo == null;
        }
    }

    List<Slice> slicesOf(IndicatorView indicator) {
        return slices.get(indicator.code());
    }

    /**
     * Whether the unit has figures for the indicator: it lies above or below the indicator's owner (or is the
     * owner). A unit beside the owner, in another department, has none, and its cells are left out.
     */
    boolean applies(IndicatorView indicator, OrgUnitView unit) {
        OrgUnitView owner = owners.get(indicator.ownerUnitCode());
        return owner != null && (owner.contains(unit) || unit.contains(owner));
    }
}
