package org.resulta.exchange.values;

import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.PeriodType;

/**
 * Where and how DHIS2 indicators are imported: under result {@code resultCode} (of a plan of the unit that will own
 * them), reported at {@code frequency} (for a data element, unless its data set says otherwise), better when they
 * move in {@code direction}; {@code dataElements} first creates the file's categories, category combinations and
 * data elements and maps their uids; {@code dryRun} saves nothing.
 */
public record Dhis2MetadataOptions(String resultCode, PeriodType frequency, Direction direction, boolean dataElements,
                                   boolean dryRun) {
}
