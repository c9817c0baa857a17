package org.resulta.results;

public record AssumptionView(long id, String nodeCode, AssumptionKind kind, String statement) {
}
