package org.resulta.measurement;

import org.resulta.shared.PeriodType;

import java.util.List;

/** A validation rule and the indicators its sides refer to. */
public record ValidationRuleView(String code, String name, String description, String leftSide, RuleOperator operator,
                                 String rightSide, RuleImportance importance, PeriodType periodType,
                                 String ownerUnitCode, List<String> indicatorCodes) {
}
