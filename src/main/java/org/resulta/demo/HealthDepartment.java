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
import static org.resulta.measurement.calculation.AchievementMethod.MIRROR;
import static org.resulta.measurement.calculation.AggregationMethod.AVERAGE;
import static org.resulta.measurement.calculation.Direction.DECREASE;
import static org.resulta.measurement.calculation.Direction.INCREASE;
import static org.resulta.measurement.calculation.Direction.MAINTAIN;
import static org.resulta.measurement.calculation.TargetType.AT_LEAST;
import static org.resulta.measurement.calculation.TargetType.AT_MOST;
import static org.resulta.measurement.calculation.TargetType.EXACT;
import static org.resulta.shared.PeriodType.MONTHLY;
import static org.resulta.shared.PeriodType.QUARTERLY;

/**
 * The Department of Health, planned as a performance-informed budget in the Philippine OPIF / PREXC dialect:
 * a societal goal, organizational outcomes, program outcomes, major final outputs under two PREXC programs,
 * PAPs and expense classes. Its centers for health development run the regions.
 */
final class HealthDepartment {

    private HealthDepartment() {
    }

    static DemoDepartment content(int firstYear, int lastYear) {
        DemoDepartment d = new DemoDepartment("DOH", "Department of Health", "ph-opif-prexc", firstYear, lastYear)
                .regionalOffices(r -> "Center for Health Development – " + r.label())
                .divisions(new Office("LHSD", r -> "Local Health Support Division, CHD Region " + r.numeral()),
                        new Office("RLED", r -> "Regulation, Licensing and Enforcement Division, CHD Region " + r.numeral()))
                .standings(Standing.STRONG, Standing.STEADY, Standing.WEAK)
                .plan("DOH-PIB", "Health Sector Performance-Informed Budget",
                        "Organizational outcomes, PREXC programs and their outcome and output indicators for the "
                                + "health sector, with physical targets by center for health development.");

        d.program("DOH-PHP", "Public Health Program",
                        "Maternal and child health, immunisation and tuberculosis control delivered with local health systems.")
                .program("DOH-HFOP", "Health Facility Operations and Regulation Program",
                        "Operation of DOH-retained hospitals, health emergency management, and licensing of health facilities.");

        d.impact("DOH-SG", "People in every region live longer and healthier lives",
                        "Societal goal of the national development plan: lower maternal and infant mortality and a longer healthy life.")
                .finalOutcome("DOH-OO1", "Access to promotive and preventive health care services improved",
                        "Organizational outcome 1 in the appropriations act.", "DOH-SG")
                .finalOutcome("DOH-OO2", "Access to curative and rehabilitative health care services improved",
                        "Organizational outcome 2 in the appropriations act.", "DOH-SG")
                .intermediateOutcome("DOH-PO1", "More mothers give birth safely in health facilities with skilled attendants",
                        "Program outcome of the Public Health Program.", "DOH-OO1")
                .intermediateOutcome("DOH-PO2", "People with tuberculosis are found early and treated until cured",
                        "Program outcome of the Public Health Program.", "DOH-OO1")
                .intermediateOutcome("DOH-PO3", "Patients of DOH hospitals receive timely and affordable care",
                        "Program outcome of the Health Facility Operations and Regulation Program.", "DOH-OO2")
                .output("DOH-MFO1", "DOH-PHP", "Public health services delivered: maternal care, immunisation and TB care",
                        "Major final output 1.", "DOH-PO1", "DOH-PO2")
                .output("DOH-MFO2", "DOH-HFOP", "Hospital services delivered in DOH-retained hospitals",
                        "Major final output 2.", "DOH-PO3")
                .output("DOH-MFO3", "DOH-HFOP", "Health facilities licensed, inspected and kept to standard",
                        "Major final output 3: regulation of hospitals, birthing homes and clinics.", "DOH-PO3", "DOH-PO1")
                .activity("DOH-PAP1", "DOH-PHP", "Prenatal care, facility-based deliveries and postpartum care", "DOH-MFO1")
                .activity("DOH-PAP2", "DOH-PHP", "TB case finding, diagnosis and directly observed treatment", "DOH-MFO1")
                .activity("DOH-PAP3", "DOH-HFOP", "Operation of DOH-retained hospitals and health emergency management", "DOH-MFO2")
                .activity("DOH-PAP4", "DOH-HFOP", "Licensing, inspection and enforcement of health facility standards", "DOH-MFO3")
                .input("DOH-PS", "Personnel Services: doctors, nurses and midwives deployed to the regions",
                        "DOH-PAP1", "DOH-PAP2", "DOH-PAP3")
                .input("DOH-MOOE", "Maintenance and Other Operating Expenses: vaccines, TB drugs, medicines and laboratory supplies",
                        "DOH-PAP1", "DOH-PAP2", "DOH-PAP3", "DOH-PAP4")
                .input("DOH-CO", "Capital Outlays: hospital and birthing-home equipment", "DOH-PAP1", "DOH-PAP3")
                // hospital services are the main output behind timely hospital care; licensing supports it
                .weighs("DOH-MFO2", "DOH-PO3", 2);

        d.assumption("DOH-PO1", "Local government units keep birthing facilities open around the clock and staffed with midwives")
                .assumption("DOH-PO3", "The national health insurer pays hospital claims within 60 days")
                .externalFactor("DOH-OO1", "Typhoons and floods cut access to health facilities in the Southern Islands for weeks at a time")
                .risk("DOH-MFO1", "Stock-outs of TB drugs and vaccines when national procurement is late")
                .risk("DOH-PAP3", "Nurses leave public hospitals for work abroad faster than they can be replaced");

        d.indicator(of("DOH-01", "DOH-PO1", "Facility-based delivery rate", RATIO, QUALITY, INCREASE, MONTHLY)
                        .described("Share of live births delivered in a health facility (hospital, birthing home or rural "
                                        + "health unit) among all live births of the month.",
                                "Live births in health facilities / all live births x 100, counted in the month of birth "
                                        + "by place of residence of the mother.",
                                "Field Health Services Information System (FHSIS) monthly reports of rural health units, "
                                        + "consolidated by the local health support division")
                        .unit("%").ratio(100, "Live births delivered in health facilities", "Total live births", 6500)
                        .baseline(78.4, "FHSIS annual report").targets(AT_LEAST, 82, 92)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.ON_TRACK)
                        // the key indicator of safe births: it counts double beside the prenatal check-ups
                        .weighing(2))
                .indicator(of("DOH-02", "DOH-OO1", "Maternal mortality ratio", RATIO, QUALITY, DECREASE, QUARTERLY)
                        .weighing(2)
                        .described("Deaths of women while pregnant or within 42 days of the end of pregnancy, from any "
                                        + "cause related to or aggravated by the pregnancy, per 100,000 live births.",
                                "Maternal deaths / live births x 100,000 for the quarter; progress is measured from the "
                                        + "baseline towards the target.",
                                "Civil registration and vital statistics, with maternal death reviews of the center for health development")
                        .unit("per 100,000 live births").ratio(100_000, "Maternal deaths", "Live births", 19_500)
                        .baseline(121, "Civil registration and vital statistics").targets(EXACT, 115, 90)
                        .achievement(BASELINE_RELATIVE).outlook(Outlook.ON_TRACK))
                .indicator(of("DOH-03", "DOH-OO1", "Infant mortality rate", RATIO, QUALITY, DECREASE, QUARTERLY)
                        .described("Deaths of children before their first birthday per 1,000 live births.",
                                "Infant deaths / live births x 1,000 for the quarter.",
                                "Civil registration and vital statistics")
                        .unit("per 1,000 live births").ratio(1_000, "Deaths of infants under one year", "Live births", 19_500)
                        .baseline(21.3, "Civil registration and vital statistics").targets(EXACT, 20, 15)
                        .outlook(Outlook.AT_RISK))
                .indicator(of("DOH-04", "DOH-MFO1", "Fully immunized children", NUMBER, QUANTITY, INCREASE, MONTHLY)
                        .disaggregatedBy(DemoGovernment.BY_SEX)
                        .described("Children aged 12 to 23 months who received every basic antigen: BCG, three doses "
                                        + "of pentavalent and oral polio vaccine, and two doses of measles-containing vaccine.",
                                "Count of children who completed the schedule in the month, from immunisation registers.",
                                "FHSIS immunisation registers of rural health units")
                        .unit("children").targets(AT_LEAST, 5_200, 6_000)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.AT_RISK))
                .indicator(of("DOH-05", "DOH-PO2", "TB treatment success rate", RATIO, QUALITY, INCREASE, QUARTERLY)
                        .described("Share of drug-susceptible TB patients of a treatment cohort who were cured or completed treatment.",
                                "Patients cured or with treatment completed / patients registered in the cohort x 100; the "
                                        + "cohort is the quarter registered four quarters earlier.",
                                "Integrated TB Information System (ITIS)")
                        .unit("%").ratio(100, "TB patients in the cohort cured or with treatment completed",
                                "TB patients registered in the cohort", 1_400)
                        .baseline(84.0, "ITIS cohort report").targets(AT_LEAST, 88, 92)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DOH-06", "DOH-PAP2", "TB cases notified", NUMBER, QUANTITY, INCREASE, QUARTERLY)
                        .described("New and relapse TB cases, all forms, notified to the national TB program.",
                                "Count of cases registered in the quarter.", "Integrated TB Information System (ITIS)")
                        .unit("cases").targets(AT_LEAST, 1_500, 1_900)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.OFF_TRACK))
                .indicator(of("DOH-07", "DOH-MFO2", "Bed occupancy rate of DOH-retained hospitals", PERCENTAGE, QUALITY,
                                MAINTAIN, MONTHLY)
                        .described("Inpatient days of the month as a share of the bed-days available in DOH-retained hospitals.",
                                "Inpatient service days / (authorised beds x days in the month) x 100; kept between 75 and 85 "
                                        + "percent, where beds are used well without overcrowding.",
                                "Hospital statistical reports")
                        .unit("%").baseline(91.2, "Hospital statistical reports").range(75, 75, 10)
                        .outlook(Outlook.AT_RISK))
                .indicator(of("DOH-08", "DOH-PO3", "Average waiting time at outpatient departments", NUMBER, TIMELINESS,
                                DECREASE, MONTHLY)
                        .described("Minutes from registration to being seen by a doctor at the outpatient departments of "
                                        + "DOH-retained hospitals.",
                                "Mean of a systematic sample of 200 patients a month per hospital; achievement mirrored around the target.",
                                "Hospital time-and-motion sampling")
                        .unit("minutes").aggregated(AVERAGE, AVERAGE).baseline(62, "Time-and-motion study")
                        .targets(AT_MOST, 45, 30).achievement(MIRROR).outlook(Outlook.ON_TRACK))
                .indicator(of("DOH-09", "DOH-MFO3", "Licence applications acted on within 10 working days", RATIO,
                                TIMELINESS, INCREASE, MONTHLY)
                        .described("Share of complete applications for a licence to operate a health facility that were "
                                        + "approved or denied within 10 working days.",
                                "Applications acted on within 10 working days / complete applications received x 100.",
                                "Online licensing system of the regulation division")
                        .unit("%").ratio(100, "Applications acted on within 10 working days",
                                "Complete applications for a licence to operate received", 70)
                        .baseline(72.0, "Online licensing system").targets(AT_LEAST, 85, 95)
                        .reportedBy(Reporters.SECOND_DIVISIONS).outlook(Outlook.OFF_TRACK))
                .indicator(of("DOH-10", "DOH-MFO2", "Cost per inpatient day in DOH-retained hospitals", CURRENCY, COST,
                                DECREASE, QUARTERLY)
                        .described("Operating cost of inpatient services divided by inpatient days.",
                                "(Personnel services + MOOE of inpatient wards) / inpatient days of the quarter.",
                                "Hospital financial statements and statistical reports")
                        .currency("PHP").aggregated(AVERAGE, AVERAGE).baseline(3_350, "Hospital financial statements")
                        .targets(AT_MOST, 3_400, 3_800).outlook(Outlook.ON_TRACK))
                .indicator(of("DOH-11", "DOH-OO2", "Clients satisfied with health services", PERCENTAGE, QUALITY,
                                INCREASE, QUARTERLY)
                        .described("Share of clients rating the overall service satisfied or very satisfied.",
                                "Client Satisfaction Measurement survey of the anti-red-tape authority; respondents who "
                                        + "chose 4 or 5 on the overall question / all respondents x 100.",
                                "Client Satisfaction Measurement (CSM) survey")
                        .unit("%").baseline(82.5, "CSM survey").targets(AT_LEAST, 85, 90)
                        .outlook(Outlook.ON_TRACK).pendingInLatestQuarter())
                .indicator(of("DOH-12", "DOH-PAP3", "Health emergency response drill held", YES_NO, QUALITY, INCREASE,
                                QUARTERLY)
                        .described("Whether the center for health development ran a drill of its health emergency response plan in the quarter.",
                                "Yes when a drill with after-action report was held; no otherwise.",
                                "After-action reports of the health emergency management staff")
                        .targets(EXACT, 1, 1).outlook(Outlook.AT_RISK))
                .indicator(of("DOH-13", "DOH-OO1", "Regional health situation and accomplishments", TEXT, QUALITY,
                                INCREASE, QUARTERLY)
                        .described("What the center for health development achieved in the quarter and what held it back.",
                                "A short narrative agreed at the quarterly performance review.",
                                "Quarterly performance review of the center for health development")
                        .narrative())
                .indicator(of("DOH-14", "DOH-PAP2", "Obligations for TB case finding and treatment", CURRENCY, COST,
                                INCREASE, QUARTERLY)
                        .described("Allotments obligated in the quarter for TB case finding, diagnosis and treatment: "
                                        + "drugs, GeneXpert cartridges, X-ray caravans and treatment partners.",
                                "Sum of obligations charged to the TB control PAP in the quarter; the target is the allotment.",
                                "Statement of appropriations, allotments, obligations, disbursements and balances (SAAODB)")
                        .currency("PHP").targets(EXACT, 42_000_000, 52_000_000).outlook(Outlook.ON_TRACK))
                .indicator(of("DOH-15", "DOH-PAP3", "Obligations for DOH-retained hospital operations", CURRENCY, COST,
                                INCREASE, QUARTERLY)
                        .described("Allotments obligated in the quarter to run the DOH-retained hospitals of the region.",
                                "Sum of personnel services and MOOE obligations of the hospitals in the quarter; the target is the allotment.",
                                "Statement of appropriations, allotments, obligations, disbursements and balances (SAAODB)")
                        .currency("PHP").targets(EXACT, 610_000_000, 700_000_000).outlook(Outlook.AT_RISK))
                .indicator(of("DOH-16", "DOH-MFO2", "Inpatient days in DOH-retained hospitals", NUMBER, QUANTITY,
                                INCREASE, MONTHLY)
                        .described("Days of inpatient care given in the DOH-retained hospitals of the region.",
                                "Sum of inpatient service days of the month from the daily census.",
                                "Hospital statistical reports")
                        .unit("inpatient days").targets(AT_LEAST, 60_000, 68_000).outlook(Outlook.ON_TRACK))
                .indicator(of("DOH-17", "DOH-PO1", "Pregnant women with at least four prenatal check-ups", RATIO, QUALITY,
                                INCREASE, QUARTERLY)
                        .disaggregatedBy(DemoGovernment.BY_INCOME, new DemoIndicator.Group("Q1", 0.24, 0.80),
                                new DemoIndicator.Group("Q2", 0.22, 0.90), new DemoIndicator.Group("Q3", 0.20, 1.0),
                                new DemoIndicator.Group("Q4", 0.18, 1.07), new DemoIndicator.Group("Q5", 0.16, 1.14))
                        .described("Share of women who gave birth in the quarter who had at least four prenatal check-ups, "
                                        + "by the income quintile of their household.",
                                "Women delivered with four or more prenatal visits / women delivered x 100; the quintile "
                                        + "comes from the household's entry in the national household targeting system.",
                                "FHSIS maternal care registers matched with the household targeting system")
                        .unit("%").ratio(100, "Women delivered with four or more prenatal check-ups", "Women delivered", 6_400)
                        .baseline(76.0, "FHSIS annual report").targets(AT_LEAST, 80, 90)
                        .reportedBy(Reporters.FIRST_DIVISIONS).outlook(Outlook.AT_RISK));

        return d.narratives(
                        "%1$s: %2$d barangay health stations were upgraded to birthing homes; midwife posts remain vacant in %3$d island municipalities.",
                        "%1$s: mobile X-ray caravans screened %2$d villages for TB; %3$d GeneXpert machines were down for repair.",
                        "%1$s: the immunisation catch-up drive reached %2$d schools; cold-chain failures were reported in %3$d rural health units.",
                        "%1$s: wards stayed crowded after a dengue outbreak; %2$d extra beds were opened and %3$d nurses hired on contract.")
                .shortfallReasons("midwife vacancies in island municipalities",
                        "a typhoon closed rural health units for part of the period",
                        "late delivery of TB drugs from the central warehouse",
                        "GeneXpert cartridges out of stock",
                        "a dengue outbreak crowded the wards");
    }
}
