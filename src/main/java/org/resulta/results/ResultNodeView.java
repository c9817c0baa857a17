package org.resulta.results;

import org.resulta.shared.ResultLevel;

/** A node of a plan's results chain. {@code outcomeStage} is set for outcomes only. */
public record ResultNodeView(long id, String code, String planCode, ResultLevel level, OutcomeStage outcomeStage,
                             String statement, String description, String ownerUnitCode, String programCode,
                             int sortOrder) {
}
