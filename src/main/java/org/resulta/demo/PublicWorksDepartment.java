package org.resulta.demo;

import org.resulta.demo.DemoDepartment.Office;

import static org.resulta.demo.DemoIndicator.of;
import static org.resulta.measurement.Dimension.COST;
import static org.resulta.measurement.Dimension.QUALITY;
import static org.resulta.measurement.Dimension.QUANTITY;
import static org.resulta.measurement.Dimension.TIMELINESS;
import static org.resulta.measurement.Measure.CURRENCY;
import static org.resulta.measurement.Measure.NUMBER;
import static org.resulta.measurement.Measure.RATIO;
import static org.resulta.measurement.Measure.TEXT;
import static org.resulta.measurement.Measure.YES_NO;
import static org.resulta.measurement.calculation.AchievementMethod.BASELINE_RELATIVE;
import static org.resulta.measurement.calculation.AchievementMethod.MIRROR;
import static org.resulta.measurement.calculation.AggregationMethod.AVERAGE;
import static org.resulta.measurement.calculation.Direction.DECREASE;
import static org.resulta.measurement.calculation.Direction.INCREASE;
import static org.resulta.measurement.calculation.TargetType.AT_LEAST;
import static org.resulta.measurement.calculation.TargetType.AT_MOST;
import static org.resulta.measurement.calculation.TargetType.EXACT;
import static org.resulta.shared.PeriodType.MONTHLY;
import static org.resulta.shared.PeriodType.QUARTERLY;
import static org.resulta.shared.PeriodType.YEARLY;

/**
 * The Department of Public Works and Highways, planned as an agency strategic plan in the US GPRA dialect:
 * a strategic goal, strategic objectives, performance goals under two programs, strategies and resources.
 */
final class PublicWorksDepartment {

    /** Dry months carry the road and construction work; the rainy season from June to October slows it. */
    private static final double[] DRY_SEASON = {1.2, 1.3, 1.4, 1.3, 1.1, 0.8, 0.7, 0.6, 0.7, 0.9, 1.0, 1.0};

    private PublicWorksDepartment() {
    }

    static DemoDepartment content(int firstYear, int lastYear) {
        DemoDepartment d = new DemoDepartment("DPWH", "Department of Public Works and Highways", "us-gpra", firstYear,
                lastYear)
                .regionalOffices(r -> "DPWH Regional Office – " + r.label())
                .divisions(new Office("CD", r -> "Construction Division, DPWH Region " + r.numeral()),
                        new Office("MD", r -> "Maintenance Division, DPWH Region " + r.numeral()))
                .standings(Standing.WEAK, Standing.STRONG, Standing.STEADY)
                .plan("DPWH-SP", "DPWH Strategic Plan",
                        "Agency strategic plan with its annual performance plan: strategic goal and objectives, "
                                + "performance goals with quarterly targets, strategies, key external factors and risks.");

        d.program("DPWH-NDP", "Network Development Program",
                        "Rehabilitation, widening and maintenance of the national road network.")
                .program("DPWH-FMP", "Flood Management Program", "Flood-control and drainage structures along major river basins.");

        d.impact("DPWH-SG1", "Safe, reliable and resilient infrastructure connects people to markets and services",
                        "Strategic goal 1 of the agency strategic plan.")
                .finalOutcome("DPWH-SO1", "Travel on national roads is faster and safer",
                        "Strategic objective 1.1.", "DPWH-SG1")
                .finalOutcome("DPWH-SO3", "Communities along major rivers are protected from flooding",
                        "Strategic objective 1.3.", "DPWH-SG1")
                .intermediateOutcome("DPWH-SO2", "National roads stay passable and in good condition all year",
                        "Strategic objective 1.2.", "DPWH-SO1")
                .output("DPWH-PG1", "DPWH-NDP", "National roads rehabilitated and widened",
                        "Performance goal 1.2.1.", "DPWH-SO2", "DPWH-SO1")
                .output("DPWH-PG2", "DPWH-NDP", "National roads maintained and road permits issued",
                        "Performance goal 1.2.2.", "DPWH-SO2")
                .output("DPWH-PG3", "DPWH-FMP", "Flood-control structures completed",
                        "Performance goal 1.3.1.", "DPWH-SO3")
                .activity("DPWH-ST1", "DPWH-NDP", "Procure and supervise road rehabilitation contracts", "DPWH-PG1")
                .activity("DPWH-ST2", "DPWH-NDP", "Preventive and routine maintenance by administration", "DPWH-PG2")
                .activity("DPWH-ST3", "DPWH-FMP", "Build and repair dikes, revetments and drainage", "DPWH-PG3")
                .input("DPWH-RS1", "Capital outlay for roads, bridges and flood control", "DPWH-ST1", "DPWH-ST3")
                .input("DPWH-RS2", "District engineers and maintenance crews", "DPWH-ST1", "DPWH-ST2");

        d.assumption("DPWH-PG1", "Right-of-way is acquired before road contracts start")
                .externalFactor("DPWH-SO3", "Rainfall beyond the design standard of existing flood-control structures")
                .risk("DPWH-ST1", "Prices of cement, steel and fuel rise beyond the contract escalation clause")
                .risk("DPWH-SO1", "Overloaded trucks wear pavements out faster than planned");

        d.indicator(of("DPWH-01", "DPWH-PG1", "Kilometres of national road rehabilitated or widened", NUMBER, QUANTITY,
                                INCREASE, MONTHLY)
                        .described("Lane-kilometres of national road whose rehabilitation or widening passed final inspection.",
                                "Sum of completed lane-kilometres in the month, by date of final inspection.",
                                "Project monitoring system of the construction division")
                        .unit("km").decimals(1).targets(AT_LEAST, 14, 19).seasonal(DRY_SEASON)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.AT_RISK))
                .indicator(of("DPWH-02", "DPWH-PG1", "Cost per kilometre of road rehabilitated", CURRENCY, COST, DECREASE,
                                QUARTERLY)
                        .described("Average contract cost of rehabilitating one lane-kilometre of national road.",
                                "Contract cost of sections completed / lane-kilometres completed in the quarter; "
                                        + "achievement mirrored around the cost ceiling.",
                                "Contract records and project monitoring system")
                        .currency("PHP").aggregated(AVERAGE, AVERAGE).baseline(57_500_000, "Contract records")
                        .targets(AT_MOST, 52_000_000, 56_000_000).achievement(MIRROR)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DPWH-03", "DPWH-PG2", "Kilometres of national road maintained", NUMBER, QUANTITY, INCREASE,
                                MONTHLY)
                        .described("Lane-kilometres that received preventive or routine maintenance.",
                                "Sum of lane-kilometres in the month's maintenance accomplishment reports.",
                                "Maintenance accomplishment reports")
                        .unit("km").decimals(1).targets(AT_LEAST, 120, 140)
                        .reportedBy(Reporters.SECOND_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DPWH-04", "DPWH-SO2", "National roads in good or fair condition", RATIO, QUALITY, INCREASE,
                                YEARLY)
                        .described("Share of the national road network rated good or fair in the annual road condition survey.",
                                "Length rated good or fair / length surveyed x 100, by international roughness index.",
                                "Road and bridge information system, annual survey")
                        .unit("%").ratio(100, "Length of national roads in good or fair condition (km)",
                                "Length of national roads surveyed (km)", 3_200)
                        .baseline(88.5, "Annual road condition survey").targets(AT_LEAST, 90, 95)
                        .outlook(Outlook.ON_TRACK))
                .indicator(of("DPWH-05", "DPWH-SO1", "Average travel speed on national arterial roads", NUMBER, TIMELINESS,
                                INCREASE, QUARTERLY)
                        .described("Average speed of vehicles along the arterial corridors of the region.",
                                "Floating-car surveys on fixed corridors, averaged over the quarter; progress is measured "
                                        + "from the baseline towards the target.",
                                "Traffic and travel-time surveys")
                        .unit("km/h").decimals(1).aggregated(AVERAGE, AVERAGE).baseline(38.0, "Travel-time survey")
                        .targets(AT_LEAST, 40, 48).achievement(BASELINE_RELATIVE).outlook(Outlook.AT_RISK))
                .indicator(of("DPWH-06", "DPWH-PG2", "Road permits processed within 3 working days", RATIO, TIMELINESS,
                                INCREASE, MONTHLY)
                        .described("Share of complete applications for road-occupancy and excavation permits decided within 3 working days.",
                                "Permits issued or denied within 3 working days / complete applications received x 100.",
                                "Permit register of the maintenance division")
                        .unit("%").ratio(100, "Permits issued or denied within 3 working days of a complete application",
                                "Complete permit applications received", 140)
                        .baseline(61.0, "Permit register").targets(AT_LEAST, 80, 95)
                        .reportedBy(Reporters.SECOND_DIVISIONS).outlook(Outlook.OFF_TRACK))
                .indicator(of("DPWH-07", "DPWH-RS1", "Average days to pay contractors", NUMBER, TIMELINESS, DECREASE,
                                MONTHLY)
                        .described("Calendar days from receipt of a complete progress billing to the credit of the payment.",
                                "Mean over the month's payments.", "Financial management information system")
                        .unit("days").decimals(1).aggregated(AVERAGE, AVERAGE).baseline(18.0, "Financial management information system")
                        .targets(AT_MOST, 15, 7).outlook(Outlook.AT_RISK))
                .indicator(of("DPWH-08", "DPWH-PG3", "Flood-control projects completed", NUMBER, QUANTITY, INCREASE,
                                QUARTERLY)
                        .described("Dikes, revetments and drainage projects that passed final inspection.",
                                "Count of projects by date of final inspection.", "Project monitoring system")
                        .unit("projects").targets(AT_LEAST, 12, 16)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DPWH-09", "DPWH-ST1", "Projects completed on schedule", RATIO, TIMELINESS, INCREASE,
                                QUARTERLY)
                        .described("Share of infrastructure projects due in the quarter that were completed by the contract completion date.",
                                "Projects completed on or before the contract date / projects due x 100.",
                                "Project monitoring system")
                        .unit("%").ratio(100, "Projects completed on or before the contract completion date",
                                "Projects due for completion in the quarter", 45)
                        .baseline(68.0, "Project monitoring system").targets(AT_LEAST, 80, 90)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.OFF_TRACK))
                .indicator(of("DPWH-10", "DPWH-ST2", "Road safety audit completed", YES_NO, QUALITY, INCREASE, QUARTERLY)
                        .described("Whether the maintenance division completed its quarterly road safety audit of high-crash sections.",
                                "Yes when the audit report was submitted to the regional director.", "Road safety audit reports")
                        .targets(EXACT, 1, 1).reportedBy(Reporters.SECOND_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DPWH-11", "DPWH-SO1", "Status of priority projects", TEXT, QUALITY, INCREASE, QUARTERLY)
                        .described("Progress of the region's priority projects and the issues the goal leader should know.",
                                "A short narrative for the quarterly data-driven review.", "Quarterly data-driven review")
                        .narrative())
                .indicator(of("DPWH-12", "DPWH-RS1", "Capital outlay disbursed", CURRENCY, COST, INCREASE, MONTHLY)
                        .described("Payments made from capital outlay allotments for roads, bridges and flood control.",
                                "Sum of disbursements in the month.", "Financial management information system")
                        .currency("PHP").targets(AT_LEAST, 650_000_000, 800_000_000)
                        .outlook(Outlook.AT_RISK));

        return d.narratives(
                        "%1$s: %2$d road sections were opened to traffic; %3$d contracts are behind schedule by more than 15 percent.",
                        "%1$s: %2$d flood-control projects passed final inspection; %3$d are waiting for right-of-way.",
                        "%1$s: heavy rain stopped asphalt works for %3$d weeks; maintenance crews patched %2$d km.",
                        "%1$s: %2$d progress billings were paid late by %3$d days on average while the new financial system went live.")
                .shortfallReasons("asphalt works stopped by continuous rain",
                        "right-of-way not yet acquired",
                        "contractor mobilisation delayed",
                        "price escalation claims under review",
                        "billing documents returned for correction");
    }
}
