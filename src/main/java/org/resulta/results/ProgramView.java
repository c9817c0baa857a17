package org.resulta.results;

public record ProgramView(String code, String planCode, String name, String description, String ownerUnitCode) {
}
