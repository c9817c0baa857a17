package org.resulta.demo;

import org.resulta.demo.DemoDepartment.Office;

import static org.resulta.demo.DemoIndicator.of;
import static org.resulta.measurement.Dimension.COST;
import static org.resulta.measurement.Dimension.QUALITY;
import static org.resulta.measurement.Dimension.QUANTITY;
import static org.resulta.measurement.Dimension.TIMELINESS;
import static org.resulta.measurement.Measure.CURRENCY;
import static org.resulta.measurement.Measure.NUMBER;
import static org.resulta.measurement.Measure.PERCENTAGE;
import static org.resulta.measurement.Measure.RATIO;
import static org.resulta.measurement.Measure.TEXT;
import static org.resulta.measurement.Measure.YES_NO;
import static org.resulta.measurement.calculation.AchievementMethod.BASELINE_RELATIVE;
import static org.resulta.measurement.calculation.AggregationMethod.AVERAGE;
import static org.resulta.measurement.calculation.AggregationMethod.LAST;
import static org.resulta.measurement.calculation.AggregationMethod.SUM;
import static org.resulta.measurement.calculation.Direction.DECREASE;
import static org.resulta.measurement.calculation.Direction.INCREASE;
import static org.resulta.measurement.calculation.TargetType.AT_LEAST;
import static org.resulta.measurement.calculation.TargetType.AT_MOST;
import static org.resulta.measurement.calculation.TargetType.EXACT;
import static org.resulta.shared.PeriodType.MONTHLY;
import static org.resulta.shared.PeriodType.QUARTERLY;

/**
 * The Department of Social Welfare and Development, planned as a departmental results framework in Canada's
 * Policy on Results dialect: a core responsibility, departmental results with indicators, program outputs
 * and activities, and resources. Its field offices run the regions; one is late with its quarterly reports.
 */
final class SocialWelfareDepartment {

    private SocialWelfareDepartment() {
    }

    static DemoDepartment content(int firstYear, int lastYear) {
        DemoDepartment d = new DemoDepartment("DSWD", "Department of Social Welfare and Development", "ca-drf",
                firstYear, lastYear)
                .regionalOffices(r -> "DSWD Field Office – " + r.label())
                .divisions(new Office("PSD", r -> "Protective Services Division, Field Office " + r.numeral()),
                        new Office("DRMD", r -> "Disaster Response Management Division, Field Office " + r.numeral()))
                .standings(Standing.STRONG, Standing.WEAK, Standing.STEADY)
                .lateQuarterlyReporter("DSWD-R2")
                .plan("DSWD-DRF", "DSWD Departmental Results Framework",
                        "Core responsibility, departmental results and their indicators with data sources, owners and "
                                + "targets, and the program inventory that delivers them.");

        d.program("DSWD-CCT", "Conditional Cash Transfer Program",
                        "Cash grants to poor households that keep their children in school and use health services.")
                .program("DSWD-PSP", "Protective and Disaster Response Services Program",
                        "Social pensions, crisis assistance and relief for disaster-affected families.");

        d.impact("DSWD-CR1", "Social protection: poor and vulnerable people are protected from shocks and lifted out of poverty",
                        "Core responsibility of the department.")
                .finalOutcome("DSWD-DR1", "Poor households have improved well-being",
                        "Departmental result 1.", "DSWD-CR1")
                .intermediateOutcome("DSWD-DR2", "Vulnerable individuals get protective services when they need them",
                        "Departmental result 2.", "DSWD-DR1")
                .intermediateOutcome("DSWD-DR3", "Families hit by disasters recover quickly",
                        "Departmental result 3.", "DSWD-DR1")
                .output("DSWD-PO1", "DSWD-CCT", "Conditional cash grants paid to poor households",
                        "Program output of the conditional cash transfer program.", "DSWD-DR1")
                .output("DSWD-PO2", "DSWD-PSP", "Social pensions and crisis assistance paid to vulnerable individuals",
                        "Program output of the protective services program.", "DSWD-DR2")
                .output("DSWD-PO3", "DSWD-PSP", "Food packs and relief goods delivered to disaster-affected families",
                        "Program output of the disaster response services.", "DSWD-DR3")
                .activity("DSWD-PA1", "DSWD-CCT", "Register, validate and pay beneficiary households", "DSWD-PO1")
                .activity("DSWD-PA2", "DSWD-PSP", "Assess and manage the cases of clients in crisis", "DSWD-PO2")
                .activity("DSWD-PA3", "DSWD-PSP", "Pre-position and deliver relief goods", "DSWD-PO3")
                .input("DSWD-RS1", "Program funds for grants, pensions and relief", "DSWD-PA1", "DSWD-PA2", "DSWD-PA3")
                .input("DSWD-RS2", "Social workers and case managers (full-time equivalents)", "DSWD-PA1", "DSWD-PA2");

        d.assumption("DSWD-DR1", "Grant amounts keep pace with the prices of food and school needs")
                .externalFactor("DSWD-DR3", "The number and strength of typhoons in the season")
                .risk("DSWD-PO1", "Inclusion and exclusion errors in the household registry")
                .risk("DSWD-PA3", "Relief warehouses flooded or cut off by landslides");

        d.indicator(of("DSWD-01", "DSWD-PO1", "Households receiving conditional cash grants", NUMBER, QUANTITY, INCREASE,
                                MONTHLY)
                        .described("Active beneficiary households paid in the month.",
                                "Count of households with a grant credited in the month; over a quarter or year the last "
                                        + "month's count stands.",
                                "Household registry and payroll of the conditional cash transfer program")
                        .unit("households").aggregated(SUM, LAST).targets(AT_LEAST, 148_000, 155_000)
                        .outlook(Outlook.ON_TRACK))
                .indicator(of("DSWD-02", "DSWD-DR1", "Compliance with health and education conditions", RATIO, QUALITY,
                                INCREASE, MONTHLY)
                        .described("Share of monitored children and pregnant women who met the school attendance and health-visit conditions.",
                                "Monitored members who complied / members monitored x 100.", "Compliance verification system")
                        .unit("%").ratio(100, "Monitored children and pregnant women who met the conditions",
                                "Children and pregnant women monitored", 310_000)
                        .baseline(88.0, "Compliance verification system").targets(AT_LEAST, 90, 95)
                        .outlook(Outlook.ON_TRACK))
                .indicator(of("DSWD-03", "DSWD-PO2", "Social pension payments made", NUMBER, QUANTITY, INCREASE, QUARTERLY)
                        .described("Quarterly stipends paid to indigent senior citizens.",
                                "Count of payments credited or paid in cash in the quarter.", "Social pension payroll")
                        .unit("payments").targets(AT_LEAST, 62_000, 70_000)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.AT_RISK))
                .indicator(of("DSWD-04", "DSWD-DR2", "Crisis clients assisted on the day they applied", RATIO, TIMELINESS,
                                INCREASE, MONTHLY)
                        .described("Share of clients in crisis (medical, burial, transport, food) who received assistance on the day they applied.",
                                "Clients assisted the same day / clients assessed x 100.", "Crisis intervention unit logbook")
                        .unit("%").ratio(100, "Clients in crisis given assistance on the day they applied",
                                "Clients in crisis assessed", 3_200)
                        .baseline(71.0, "Crisis intervention unit logbook").targets(AT_LEAST, 80, 92)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.AT_RISK))
                .indicator(of("DSWD-05", "DSWD-PO3", "Family food packs delivered", NUMBER, QUANTITY, INCREASE, MONTHLY)
                        .described("Family food packs delivered to local governments for disaster-affected families.",
                                "Count of packs on signed delivery receipts.", "Relief goods inventory system")
                        .unit("food packs").targets(AT_LEAST, 18_000, 22_000)
                        .seasonal(0.6, 0.5, 0.5, 0.5, 0.7, 1.0, 1.4, 1.6, 1.6, 1.5, 1.3, 0.8)
                        .reportedBy(Reporters.SECOND_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DSWD-06", "DSWD-DR3", "Hours from disaster declaration to first relief delivery", NUMBER,
                                TIMELINESS, DECREASE, QUARTERLY)
                        .described("Time from a local declaration of a state of calamity to the first delivery of food packs.",
                                "Mean over the quarter's declarations; progress is measured from the baseline towards the target.",
                                "Disaster response operations reports")
                        .unit("hours").decimals(1).aggregated(AVERAGE, AVERAGE).baseline(36.0, "Operations reports")
                        .targets(AT_MOST, 24, 12).achievement(BASELINE_RELATIVE)
                        .reportedBy(Reporters.SECOND_DIVISIONS).outlook(Outlook.OFF_TRACK))
                .indicator(of("DSWD-07", "DSWD-RS1", "Administrative cost per 100 pesos of benefits delivered", RATIO, COST,
                                DECREASE, QUARTERLY)
                        .described("What it costs to deliver one hundred pesos of grants, pensions and relief.",
                                "Administrative and delivery cost / benefits delivered x 100.", "Financial statements of the field office")
                        .unit("PHP per 100 PHP").ratio(100, "Administrative and delivery cost (PHP)",
                                "Grants, pensions and relief delivered (PHP)", 1_350_000_000)
                        .baseline(7.2, "Financial statements").targets(AT_MOST, 6.5, 4.5)
                        .outlook(Outlook.AT_RISK))
                .indicator(of("DSWD-08", "DSWD-DR2", "Clients satisfied with social services", PERCENTAGE, QUALITY,
                                INCREASE, QUARTERLY)
                        .described("Share of clients rating the overall service satisfied or very satisfied.",
                                "Client Satisfaction Measurement survey; respondents choosing 4 or 5 / all respondents x 100.",
                                "Client Satisfaction Measurement (CSM) survey")
                        .unit("%").baseline(84.0, "CSM survey").targets(AT_LEAST, 86, 92).outlook(Outlook.ON_TRACK))
                .indicator(of("DSWD-09", "DSWD-RS1", "Cash grants paid", CURRENCY, COST, INCREASE, MONTHLY)
                        .described("Conditional cash grants credited to beneficiary households.",
                                "Sum of the month's payroll credits.", "Payroll of the conditional cash transfer program")
                        .currency("PHP").targets(AT_LEAST, 430_000_000, 470_000_000).outlook(Outlook.ON_TRACK))
                .indicator(of("DSWD-10", "DSWD-PA3", "Relief warehouse stocked to the three-day standard", YES_NO, QUALITY,
                                INCREASE, MONTHLY)
                        .described("Whether the regional warehouse held enough food packs for three days of response at month end.",
                                "Yes when the month-end inventory covered the three-day requirement.", "Relief goods inventory system")
                        .targets(EXACT, 1, 1).reportedBy(Reporters.SECOND_DIVISIONS).outlook(Outlook.AT_RISK))
                .indicator(of("DSWD-11", "DSWD-DR3", "Disaster response and social protection highlights", TEXT, QUALITY,
                                INCREASE, QUARTERLY)
                        .described("What the field office achieved in the quarter and what held it back.",
                                "A short narrative for the departmental results report.", "Quarterly results review")
                        .narrative())
                .indicator(of("DSWD-12", "DSWD-DR1", "Households that moved out of survival level", NUMBER, QUANTITY,
                                INCREASE, QUARTERLY)
                        .described("Beneficiary households whose well-being level rose from survival to subsistence or self-sufficiency.",
                                "Count of households re-assessed in the quarter with a higher well-being level than before.",
                                "Social welfare and development indicator assessments")
                        .unit("households").targets(AT_LEAST, 2_500, 4_000).outlook(Outlook.OFF_TRACK));

        return d.narratives(
                        "%1$s: %2$d local governments received food packs within a day of their calamity declaration; %3$d roads were still cut.",
                        "%1$s: %2$d households graduated from the cash transfer program; %3$d case managers' posts are vacant.",
                        "%1$s: social pension payouts reached %2$d towns; %3$d island towns were paid a month late.",
                        "%1$s: the crisis intervention unit served clients in %2$d satellite offices; waiting lines exceeded %3$d hours on payday.")
                .shortfallReasons("roads cut by landslides delayed deliveries",
                        "case manager posts vacant",
                        "payroll validation not finished on time",
                        "a typhoon forced payouts to be postponed");
    }
}
