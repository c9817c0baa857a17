package org.resulta.measurement.domain;

import org.resulta.organisation.OrgUnitsRenumbered;
import org.resulta.results.ResultsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the indicator catalogue held in memory true to the data it shows from other modules: a plan's or result's
 * wording (results) and owner units' places in the tree (organisation). Both events arrive inside the changing
 * transaction, so the catalogue is read again once it commits.
 */
@Component
class CatalogueFreshness {

    private final IndicatorRepository indicators;

    CatalogueFreshness(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @EventListener
    void on(ResultsChanged event) {
        indicators.forgetCatalogue();
    }

    @EventListener
    void on(OrgUnitsRenumbered event) {
        indicators.forgetCatalogue();
    }
}
