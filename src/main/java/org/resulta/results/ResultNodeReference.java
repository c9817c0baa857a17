package org.resulta.results;

import org.resulta.shared.ResultLevel;

/** What other modules need to know of a node: its keys, level, plan and the plan's owner unit. */
public record ResultNodeReference(long nodeId, String code, String statement, ResultLevel level, long planId,
                                  String planCode, String planName, long planOwnerUnitId, String frameworkCode) {
}
