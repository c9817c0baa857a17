package org.resulta.measurement;

import org.resulta.shared.PeriodType;

import java.util.List;

/** A reporting form with its indicators and reporting units. */
public record DataSetView(String code, String name, PeriodType frequency, int dueDays, Integer expiryDays,
                          int approvalLevels, String ownerUnitCode, List<DataSetRequest.Member> indicators,
                          List<String> unitCodes) {
}
