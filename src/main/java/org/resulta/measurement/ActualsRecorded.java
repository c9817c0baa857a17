package org.resulta.measurement;

import java.util.List;

/** Actuals were saved for one unit: the indicators and periods touched, for views to refresh. */
public record ActualsRecorded(String unitCode, List<String> indicatorCodes, List<String> periods) {
}
