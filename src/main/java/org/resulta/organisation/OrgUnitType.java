package org.resulta.organisation;

/** What kind of office a unit is; the hierarchy itself is free (a division may sit under a bureau or a region). */
public enum OrgUnitType {
    GOVERNMENT("Government"),
    DEPARTMENT("Department / ministry"),
    AGENCY("Agency"),
    BUREAU("Bureau"),
    REGIONAL_OFFICE("Regional office"),
    PROVINCIAL_OFFICE("Provincial office"),
    DIVISION("Division"),
    SECTION("Section"),
    FIELD_OFFICE("Field office"),
    LOCAL_GOVERNMENT("Local government"),
    OTHER("Other");

    private final String label;

    OrgUnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
