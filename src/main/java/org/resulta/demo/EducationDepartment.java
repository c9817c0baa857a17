package org.resulta.demo;

import org.resulta.demo.DemoDepartment.Office;

import java.util.Map;

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
import static org.resulta.measurement.calculation.Direction.DECREASE;
import static org.resulta.measurement.calculation.Direction.INCREASE;
import static org.resulta.measurement.calculation.Direction.MAINTAIN;
import static org.resulta.measurement.calculation.TargetType.AT_LEAST;
import static org.resulta.measurement.calculation.TargetType.AT_MOST;
import static org.resulta.measurement.calculation.TargetType.EXACT;
import static org.resulta.shared.PeriodType.MONTHLY;
import static org.resulta.shared.PeriodType.QUARTERLY;
import static org.resulta.shared.PeriodType.YEARLY;

/**
 * The Department of Education, planned as a generic results-based management framework: impact, outcomes,
 * outputs, activities and inputs, with a schools division office for each of two provinces per region.
 */
final class EducationDepartment {

    private static final Map<Region, String[]> PROVINCES = Map.of(
            Region.R1, new String[]{"Alta Norte", "Bagumbayan"},
            Region.R2, new String[]{"San Isidro", "Malayang Lupa"},
            Region.R3, new String[]{"Isla Verde", "Puerto Azul"});

    private EducationDepartment() {
    }

    static DemoDepartment content(int firstYear, int lastYear) {
        DemoDepartment d = new DemoDepartment("DEPED", "Department of Education", "rbm", firstYear, lastYear)
                .regionalOffices(r -> "DepEd Regional Office – " + r.label())
                .divisions(new Office("SD1", r -> "Schools Division of " + PROVINCES.get(r)[0]),
                        new Office("SD2", r -> "Schools Division of " + PROVINCES.get(r)[1]))
                .standings(Standing.STEADY, Standing.WEAK, Standing.STRONG)
                .plan("DEPED-RF", "Basic Education Results Framework",
                        "Results framework of basic education: learning outcomes, access and the classrooms, teachers "
                                + "and learning materials that produce them, with baselines, targets and means of verification.");

        d.program("DEPED-BEFP", "Basic Education Facilities Program",
                        "Construction, repair and furnishing of public school classrooms.")
                .program("DEPED-LDP", "Learning Delivery Program",
                        "Teachers, curriculum and learning materials for kindergarten to grade 12.");

        d.impact("DEPED-IMP", "Every child completes basic education with the knowledge and skills for life, work and citizenship",
                        "Long-term change in people's lives to which the department contributes with other sectors.")
                .finalOutcome("DEPED-OC1", "Learners attain the expected standards in reading and mathematics",
                        "Learning outcome measured by national and classroom assessments.", "DEPED-IMP")
                .intermediateOutcome("DEPED-OC2", "All school-age children enrol and stay in school",
                        "Access and participation.", "DEPED-OC1")
                .intermediateOutcome("DEPED-OC3", "Learners are taught by enough trained teachers in safe, uncrowded classrooms",
                        "Conditions for learning.", "DEPED-OC1")
                .output("DEPED-OP1", "DEPED-BEFP", "Classrooms built and repaired",
                        "New classrooms handed over and classrooms repaired to the safety standard.", "DEPED-OC3", "DEPED-OC2")
                .output("DEPED-OP2", "DEPED-LDP", "Teachers hired and trained in the revised curriculum",
                        "Teacher items filled and teachers who completed the curriculum training.", "DEPED-OC3")
                .output("DEPED-OP3", "DEPED-LDP", "Textbooks and learning materials delivered to schools",
                        "Deliveries of textbooks, modules and reading kits.", "DEPED-OC1")
                .activity("DEPED-AC1", "DEPED-BEFP", "Design, procure and supervise classroom construction and repair", "DEPED-OP1")
                .activity("DEPED-AC2", "DEPED-LDP", "Recruit, deploy and train teachers", "DEPED-OP2")
                .activity("DEPED-AC3", "DEPED-LDP", "Print and deliver textbooks and learning materials", "DEPED-OP3")
                .input("DEPED-IN1", "Salaries and benefits of teachers", "DEPED-AC2")
                .input("DEPED-IN2", "Capital outlay for school buildings", "DEPED-AC1")
                .input("DEPED-IN3", "Maintenance and other operating expenses of schools", "DEPED-AC2", "DEPED-AC3");

        d.assumption("DEPED-OC2", "Households can afford transport and meals to keep their children in school")
                .externalFactor("DEPED-OC1", "School days lost to typhoons, floods and extreme heat")
                .risk("DEPED-OP1", "Classroom projects stall over land titles and contractor failure")
                .risk("DEPED-OP2", "New teachers are not deployed to the schools with the largest classes");

        d.indicator(of("DEPED-01", "DEPED-OC2", "Net enrolment rate in elementary education", RATIO, QUANTITY,
                                INCREASE, YEARLY)
                        .disaggregatedBy(DemoGovernment.BY_SEX)
                        .described("Share of children of official elementary school age (6 to 11) who are enrolled in elementary school.",
                                "Enrolled learners aged 6 to 11 / population aged 6 to 11 x 100, at the end of September.",
                                "Learner Information System enrolment; population projections of the statistics authority")
                        .unit("%").ratio(100, "Enrolled learners aged 6 to 11", "Population aged 6 to 11", 520_000)
                        .baseline(91.5, "Learner Information System").targets(AT_LEAST, 93, 97)
                        .outlook(Outlook.AT_RISK))
                .indicator(of("DEPED-02", "DEPED-OC2", "Dropout rate in junior high school", PERCENTAGE, QUALITY,
                                DECREASE, YEARLY)
                        .described("Share of learners enrolled at the start of the school year who left before its end.",
                                "(Enrolled at the start - enrolled at the end, excluding transfers) / enrolled at the start x 100.",
                                "Learner Information System")
                        .unit("%").decimals(2).baseline(4.8, "Learner Information System").targets(AT_MOST, 4.2, 2.5)
                        .reportedBy(Reporters.ALL_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DEPED-03", "DEPED-OC3", "Pupil–teacher ratio in public elementary schools", RATIO, QUALITY,
                                MAINTAIN, QUARTERLY)
                        .described("Learners enrolled in public elementary schools per teacher in service; kept between 25 "
                                        + "and 35 so that classes are neither overcrowded nor teachers idle.",
                                "Learners enrolled / elementary teachers in service at the end of the quarter.",
                                "Learner Information System; personnel records of the schools division")
                        .unit("learners per teacher").ratio(1, "Learners enrolled in public elementary schools",
                                "Elementary teachers in service", 1_600)
                        .baseline(38.2, "Learner Information System").range(25, 25, 10)
                        .reportedBy(Reporters.ALL_DIVISIONS).outlook(Outlook.AT_RISK))
                .indicator(of("DEPED-04", "DEPED-OP1", "Classrooms completed", NUMBER, QUANTITY, INCREASE, MONTHLY)
                        .described("New classrooms handed over to schools after final inspection.",
                                "Count of classrooms with a certificate of completion and acceptance in the month.",
                                "Education facilities information system")
                        .unit("classrooms").targets(AT_LEAST, 22, 30)
                        .seasonal(1.2, 1.3, 1.4, 1.4, 1.2, 0.8, 0.6, 0.6, 0.7, 0.9, 1.0, 0.9)
                        .reportedBy(Reporters.ALL_DIVISIONS).outlook(Outlook.OFF_TRACK))
                .indicator(of("DEPED-05", "DEPED-OP1", "Average cost per classroom built", CURRENCY, COST, DECREASE,
                                QUARTERLY)
                        .described("Contract cost of a standard one-storey classroom, furniture included.",
                                "Total contract cost of classrooms completed / classrooms completed in the quarter.",
                                "Education facilities information system; contract records")
                        .currency("PHP").aggregated(AVERAGE, AVERAGE).baseline(2_750_000, "Contract records")
                        .targets(AT_MOST, 2_600_000, 2_900_000).outlook(Outlook.ON_TRACK))
                .indicator(of("DEPED-06", "DEPED-OP2", "Teachers trained in the revised curriculum", NUMBER, QUANTITY,
                                INCREASE, MONTHLY)
                        .described("Teachers who completed the five-day training on the revised kindergarten-to-grade-10 curriculum.",
                                "Count of teachers with a certificate of completion in the month.",
                                "Learning and development records of the schools division")
                        .unit("teachers").targets(AT_LEAST, 300, 360)
                        .seasonal(0.6, 0.8, 1.0, 1.8, 1.8, 1.2, 0.8, 0.8, 0.8, 1.0, 0.8, 0.6)
                        .reportedBy(Reporters.ALL_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DEPED-07", "DEPED-OC1", "Grade 3 learners reading at grade level", PERCENTAGE, QUALITY,
                                INCREASE, QUARTERLY)
                        .described("Share of grade 3 learners assessed who read grade-level text with comprehension.",
                                "Learners at grade level / learners assessed x 100 in the quarterly reading assessment; "
                                        + "progress is measured from the baseline towards the target.",
                                "Classroom reading assessment consolidated by the schools division")
                        .unit("%").baseline(58.0, "Reading assessment").targets(AT_LEAST, 62, 80)
                        .achievement(BASELINE_RELATIVE).reportedBy(Reporters.ALL_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DEPED-08", "DEPED-OP3", "Learning materials delivered on schedule", RATIO, TIMELINESS,
                                INCREASE, MONTHLY)
                        .described("Share of scheduled deliveries of textbooks and learning materials that reached the school on time.",
                                "Deliveries received on or before the scheduled date / deliveries scheduled x 100.",
                                "Delivery receipts signed by school heads")
                        .unit("%").ratio(100, "Deliveries received by schools on or before the scheduled date",
                                "Deliveries scheduled", 90)
                        .baseline(74.0, "Delivery receipts").targets(AT_LEAST, 85, 95)
                        .reportedBy(Reporters.ALL_DIVISIONS).outlook(Outlook.OFF_TRACK))
                .indicator(of("DEPED-09", "DEPED-AC2", "Quality assurance review held by the schools division", YES_NO,
                                QUALITY, INCREASE, QUARTERLY)
                        .described("Whether the schools division held its quarterly review of instruction in sampled schools.",
                                "Yes when the review was held and its report filed.", "Quality assurance reports")
                        .targets(EXACT, 1, 1).reportedBy(Reporters.ALL_DIVISIONS).outlook(Outlook.ON_TRACK))
                .indicator(of("DEPED-10", "DEPED-OC1", "Learning recovery highlights", TEXT, QUALITY, INCREASE, QUARTERLY)
                        .described("What the region did in the quarter to help learners catch up, and what got in the way.",
                                "A short narrative from the regional management committee.",
                                "Quarterly program implementation review")
                        .narrative())
                .indicator(of("DEPED-11", "DEPED-IN3", "Operating funds released to schools", CURRENCY, COST, INCREASE,
                                MONTHLY)
                        .described("Maintenance and other operating funds credited to the accounts of public schools.",
                                "Sum of the month's releases to schools.", "Financial management system of the schools division")
                        .currency("PHP").targets(AT_LEAST, 60_000_000, 75_000_000)
                        .reportedBy(Reporters.ALL_DIVISIONS).outlook(Outlook.AT_RISK))
                .indicator(of("DEPED-12", "DEPED-OC2", "Average daily attendance rate", RATIO, QUALITY, INCREASE, MONTHLY)
                        .disaggregatedBy(DemoGovernment.BY_DISABILITY, new DemoIndicator.Group("WITH", 0.05, 0.84),
                                new DemoIndicator.Group("WITHOUT", 0.95, 1.0))
                        .described("Share of school days learners were present, for learners with and without a disability.",
                                "Learner-days present / learner-days enrolled x 100 for the month, from the daily "
                                        + "attendance registers; disability as recorded in the learner's profile.",
                                "Learner Information System attendance module")
                        .unit("%").ratio(100, "Learner-days present", "Learner-days enrolled", 2_400_000)
                        .baseline(88.0, "Learner Information System").targets(AT_LEAST, 90, 95)
                        .reportedBy(Reporters.ALL_DIVISIONS).outlook(Outlook.ON_TRACK));

        return d.narratives(
                        "%1$s: %2$d schools held Saturday reading catch-up sessions; %3$d schools still have no reading teacher.",
                        "%1$s: %2$d classrooms were handed over; %3$d projects are held up by land-title problems.",
                        "%1$s: classes were suspended for %3$d days because of typhoons; modules reached %2$d villages by boat.",
                        "%1$s: %2$d newly hired teachers were deployed; %3$d schools still hold classes in two shifts.")
                .shortfallReasons("classes suspended after typhoons",
                        "the contractor of a school building package defaulted",
                        "delivery trucks could not reach island schools",
                        "teacher items not yet released by the budget department");
    }
}
