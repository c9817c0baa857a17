package org.resulta.exchange.iati;

import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * IATI activity XML in and out (docs/import-formats.md, "IATI activity XML"). Importing creates plans, results,
 * indicators, targets and actuals for the owner unit, so it needs PLAN_MANAGE, TARGET_MANAGE and DATA_ENTER there;
 * exporting a plan's results needs PLAN_READ and DATA_READ on the plan (its figures are the owner unit's data).
 */
public interface IatiExchange {

    /**
     * Imports every activity of the file as a draft plan of {@code ownerUnitCode}, each activity all or nothing.
     * With {@code dryRun} the same checks run and nothing is saved. The same file imported twice changes nothing.
     */
    @PreAuthorize("hasPermission(#ownerUnitCode, 'OrgUnit', 'PLAN_MANAGE') and hasPermission(#ownerUnitCode, 'OrgUnit', 'TARGET_MANAGE')"
            + " and hasPermission(#ownerUnitCode, 'OrgUnit', 'DATA_ENTER')")
    IatiImportReport importActivities(InputStreamSource file, String fileName, String ownerUnitCode, boolean dryRun);

    /** The plan's results as one IATI 2.03 activity, validated against the IATI 2.03 schema before it is returned. */
    @PreAuthorize("hasPermission(#planCode, 'Plan', 'PLAN_READ') and hasPermission(#planCode, 'Plan', 'DATA_READ')")
    String exportPlan(String planCode);
}
