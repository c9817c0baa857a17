package org.resulta.results;

import java.time.OffsetDateTime;

public record PlanView(String code, String name, String description, String ownerUnitCode, String ownerUnitName,
                       String frameworkCode, int startYear, int endYear, PlanStatus status, OffsetDateTime approvedAt,
                       String approvedBy, String statusReason) {
}
