package org.resulta.analytics.domain;

import org.junit.jupiter.api.Test;
import org.resulta.analytics.ScoreLine;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.Status;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.analytics.domain.ScoreModelFixtures.DEPARTMENT;
import static org.resulta.analytics.domain.ScoreModelFixtures.DIVISION_A;
import static org.resulta.analytics.domain.ScoreModelFixtures.DIVISION_B;
import static org.resulta.analytics.domain.ScoreModelFixtures.REGION_A;
import static org.resulta.analytics.domain.ScoreModelFixtures.REGION_B;
import static org.resulta.analytics.domain.ScoreModelFixtures.given;
import static org.resulta.measurement.domain.IndicatorFixtures.aMonthlyRatioPerHundred;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyCount;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyNarrative;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyPercentage;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyStaffCount;
import static org.resulta.measurement.domain.IndicatorFixtures.aYearlyCount;

class ScoreModelTests {

    /** A day after 2026 has ended, so every 2026 period is over. */
    private static final LocalDate AFTER_2026 = LocalDate.of(2027, 1, 15);
    /** A day in the third quarter of 2026: Q1 and Q2 are over, the year is running. */
    private static final LocalDate MID_AUGUST_2026 = LocalDate.of(2026, 8, 15);

    private static final PeriodCalendar CALENDAR = PeriodCalendar.calendarYear();

    private final IndicatorView trainees = aQuarterlyCount().id(10).build();
    private final IndicatorView permits = aMonthlyRatioPerHundred().id(20).build();

    private static Period p(String code) {
        return CALENDAR.parse(code);
    }

    private static ScoreLine score(ScoreModel model, OrgUnitView unit, IndicatorView indicator, String period) {
        return model.score(unit, indicator, p(period), false);
    }

    // ---- actuals

    @Test
    void sumsActualsOverTheUnitsSubtree() {
        ScoreModel model = given()
                .actual(trainees, DIVISION_A, "2026Q1", 10)
                .actual(trainees, REGION_A, "2026Q1", 5)
                .actual(trainees, DIVISION_B, "2026Q1", 7)
                .actual(trainees, DIVISION_A, "2026Q2", 100)
                .scoredOn(AFTER_2026);

        ScoreLine department = score(model, DEPARTMENT, trainees, "2026Q1");

        assertThat(department.actual()).isEqualTo(22.0);
        assertThat(department.reportingUnits()).isEqualTo(3);
        assertThat(score(model, REGION_A, trainees, "2026Q1").actual()).isEqualTo(15.0);
        assertThat(score(model, REGION_B, trainees, "2026Q1").actual()).isEqualTo(7.0);
        assertThat(score(model, DIVISION_A, trainees, "2026Q1").actual()).isEqualTo(10.0);
    }

    @Test
    void sumsAUnitsQuartersIntoItsYear() {
        ScoreModel model = given()
                .actual(trainees, DIVISION_A, "2026Q1", 10)
                .actual(trainees, DIVISION_A, "2026Q3", 20)
                .actual(trainees, DIVISION_B, "2026Q4", 7)
                .actual(trainees, DIVISION_B, "2025Q4", 1_000)
                .scoredOn(AFTER_2026);

        assertThat(score(model, DEPARTMENT, trainees, "2026").actual()).isEqualTo(37.0);
    }

    @Test
    void recomputesARatioOverTheSubtreeInsteadOfAveragingRates() {
        // DOMAIN.md 13.4: 80/100, 170/200, 90/100, 95/100 -> 87.0%, not the 87.5% mean of the rates
        ScoreModel model = given()
                .ratioActual(permits, DIVISION_A, "2026-01", 80, 100)
                .ratioActual(permits, DIVISION_A, "2026-02", 170, 200)
                .ratioActual(permits, DIVISION_B, "2026-01", 90, 100)
                .ratioActual(permits, DIVISION_B, "2026-03", 95, 100)
                .scoredOn(AFTER_2026);

        ScoreLine department = score(model, DEPARTMENT, permits, "2026Q1");

        assertThat(department.actual()).isCloseTo(87.0, within(1e-9));
        assertThat(department.numerator()).isEqualTo(435.0);
        assertThat(department.denominator()).isEqualTo(500.0);
        assertThat(score(model, REGION_A, permits, "2026Q1").actual()).isCloseTo(250.0 / 3, within(1e-9));
    }

    @Test
    void addsEachOfficesLastCountForAStock() {
        IndicatorView staff = aQuarterlyStaffCount().id(30).build();
        ScoreModel model = given()
                .actual(staff, DIVISION_A, "2026Q1", 10).actual(staff, DIVISION_A, "2026Q2", 12)
                .actual(staff, DIVISION_A, "2026Q3", 11).actual(staff, DIVISION_A, "2026Q4", 13)
                .actual(staff, DIVISION_B, "2026Q1", 5).actual(staff, DIVISION_B, "2026Q2", 6)
                .target(staff, DEPARTMENT, "2026Q1", 15).target(staff, DEPARTMENT, "2026Q2", 16)
                .target(staff, DEPARTMENT, "2026Q3", 17).target(staff, DEPARTMENT, "2026Q4", 18)
                .scoredOn(AFTER_2026);

        ScoreLine year = score(model, DEPARTMENT, staff, "2026");

        assertThat(year.actual()).isEqualTo(19.0);
        assertThat(year.target()).isEqualTo(18.0);
        assertThat(year.targetBasis()).contains("Last of 4");
    }

    // ---- targets

    @Test
    void takesATargetSetForTheUnitAndPeriodFirst() {
        ScoreModel model = given()
                .target(trainees, DEPARTMENT, "2026", 90)
                .target(trainees, DEPARTMENT, "2026Q1", 25).target(trainees, DEPARTMENT, "2026Q2", 25)
                .target(trainees, DEPARTMENT, "2026Q3", 25).target(trainees, DEPARTMENT, "2026Q4", 25)
                .target(trainees, REGION_A, "2026", 500)
                .scoredOn(AFTER_2026);

        ScoreLine line = score(model, DEPARTMENT, trainees, "2026");

        assertThat(line.target()).isEqualTo(90.0);
        assertThat(line.targetType()).isEqualTo(TargetType.EXACT);
        assertThat(line.targetBasis()).isEqualTo("Set for DEPT");
    }

    @Test
    void sumsQuarterlyTargetsIntoAnAnnualTarget() {
        ScoreModel model = given()
                .target(trainees, DEPARTMENT, "2026Q1", 20).target(trainees, DEPARTMENT, "2026Q2", 25)
                .target(trainees, DEPARTMENT, "2026Q3", 25).target(trainees, DEPARTMENT, "2026Q4", 30)
                .actual(trainees, DIVISION_A, "2026Q4", 95)
                .scoredOn(AFTER_2026);

        ScoreLine line = score(model, DEPARTMENT, trainees, "2026");

        assertThat(line.target()).isEqualTo(100.0);
        assertThat(line.targetBasis()).isEqualTo("Sum of 4 quarterly targets");
        assertThat(line.achievement()).isCloseTo(95.0, within(1e-9));
    }

    @Test
    void comparesTheYearToDateWithTheTargetsToDate() {
        // DOMAIN.md 13.4: Q1-Q2 targets 25 + 25 = 50 against an actual of 46 -> 92%
        ScoreModel model = given()
                .target(trainees, DEPARTMENT, "2026Q1", 25).target(trainees, DEPARTMENT, "2026Q2", 25)
                .target(trainees, DEPARTMENT, "2026Q3", 25).target(trainees, DEPARTMENT, "2026Q4", 25)
                .actual(trainees, DIVISION_A, "2026Q1", 20)
                .actual(trainees, DIVISION_B, "2026Q2", 26)
                .scoredOn(MID_AUGUST_2026);

        ScoreLine line = score(model, DEPARTMENT, trainees, "2026");

        assertThat(line.target()).isEqualTo(50.0);
        assertThat(line.actual()).isEqualTo(46.0);
        assertThat(line.achievement()).isCloseTo(92.0, within(1e-9));
        assertThat(line.status()).isEqualTo(Status.GREEN);
        assertThat(line.targetBasis()).isEqualTo("Sum of 2 quarterly targets to date");
        assertThat(line.note()).contains("still running");
    }

    @Test
    void countsARunningQuarterToDateOnceItHasData() {
        ScoreModel model = given()
                .target(trainees, DEPARTMENT, "2026Q1", 25).target(trainees, DEPARTMENT, "2026Q2", 25)
                .target(trainees, DEPARTMENT, "2026Q3", 25).target(trainees, DEPARTMENT, "2026Q4", 25)
                .actual(trainees, DIVISION_A, "2026Q1", 20)
                .actual(trainees, DIVISION_B, "2026Q2", 26)
                .actual(trainees, DIVISION_B, "2026Q3", 10)
                .scoredOn(MID_AUGUST_2026);

        ScoreLine line = score(model, DEPARTMENT, trainees, "2026");

        assertThat(line.target()).isEqualTo(75.0);
        assertThat(line.actual()).isEqualTo(56.0);
        assertThat(line.status()).isEqualTo(Status.RED);
    }

    @Test
    void makesNoAnnualTargetFromQuartersWhenOneIsMissing() {
        ScoreModel model = given()
                .target(trainees, DEPARTMENT, "2026Q1", 25).target(trainees, DEPARTMENT, "2026Q2", 25)
                .target(trainees, DEPARTMENT, "2026Q3", 25)
                .actual(trainees, DIVISION_A, "2026Q1", 80)
                .scoredOn(AFTER_2026);

        ScoreLine line = score(model, DEPARTMENT, trainees, "2026");

        assertThat(line.target()).isNull();
        assertThat(line.status()).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void averagesQuarterlyRangeTargetsBoundByBound() {
        IndicatorView occupancy = aQuarterlyPercentage().id(40).build();
        ScoreModel model = given()
                .rangeTarget(occupancy, DEPARTMENT, "2026Q1", 70, 80).rangeTarget(occupancy, DEPARTMENT, "2026Q2", 80, 90)
                .rangeTarget(occupancy, DEPARTMENT, "2026Q3", 70, 80).rangeTarget(occupancy, DEPARTMENT, "2026Q4", 80, 90)
                .actual(occupancy, DIVISION_A, "2026Q1", 78)
                .scoredOn(AFTER_2026);

        ScoreLine line = score(model, DEPARTMENT, occupancy, "2026");

        assertThat(line.targetType()).isEqualTo(TargetType.RANGE);
        assertThat(line.target()).isEqualTo(75.0);
        assertThat(line.targetUpper()).isEqualTo(85.0);
        assertThat(line.achievement()).isEqualTo(100.0);
    }

    @Test
    void rollsUpSubUnitTargetsWhenTheUnitHasNone() {
        ScoreModel model = given()
                .target(trainees, REGION_A, "2026Q1", 60)
                .target(trainees, DIVISION_B, "2026Q1", 40)
                .scoredOn(AFTER_2026);

        ScoreLine department = score(model, DEPARTMENT, trainees, "2026Q1");
        ScoreLine regionB = score(model, REGION_B, trainees, "2026Q1");

        assertThat(department.target()).isEqualTo(100.0);
        assertThat(department.targetBasis()).isEqualTo("Rolled up from 2 sub-units (sum)");
        assertThat(regionB.target()).isEqualTo(40.0);
    }

    @Test
    void saysWhenOnlySomeSubUnitsHaveTargets() {
        ScoreModel model = given().target(trainees, REGION_A, "2026Q1", 60).scoredOn(AFTER_2026);

        ScoreLine department = score(model, DEPARTMENT, trainees, "2026Q1");

        assertThat(department.target()).isEqualTo(60.0);
        assertThat(department.targetBasis()).isEqualTo("Rolled up from 1 of 2 sub-units (sum)");
    }

    @Test
    void rollsUpAnnualSubUnitTargetsBuiltFromTheirQuarters() {
        ScoreModel model = given()
                .target(trainees, REGION_A, "2026Q1", 10).target(trainees, REGION_A, "2026Q2", 10)
                .target(trainees, REGION_A, "2026Q3", 10).target(trainees, REGION_A, "2026Q4", 10)
                .target(trainees, REGION_B, "2026", 60)
                .scoredOn(AFTER_2026);

        assertThat(score(model, DEPARTMENT, trainees, "2026").target()).isEqualTo(100.0);
    }

    @Test
    void weightsSubUnitRatioTargetsByTheirDenominators() {
        ScoreModel model = given()
                .ratioActual(permits, DIVISION_A, "2026-01", 80, 100)
                .ratioActual(permits, DIVISION_A, "2026-02", 170, 200)
                .ratioActual(permits, DIVISION_B, "2026-01", 90, 100)
                .ratioActual(permits, DIVISION_B, "2026-03", 95, 100)
                .target(permits, REGION_A, "2026Q1", 80)
                .target(permits, REGION_B, "2026Q1", 95)
                .scoredOn(AFTER_2026);

        ScoreLine department = score(model, DEPARTMENT, permits, "2026Q1");

        // (80 x 300 + 95 x 200) / 500 = 86, where the plain mean would be 87.5
        assertThat(department.target()).isCloseTo(86.0, within(1e-9));
        assertThat(department.achievement()).isCloseTo(87.0 / 86.0 * 100, within(1e-9));
    }

    // ---- statuses

    @Test
    void ratesEachPeriodAgainstItsTarget() {
        ScoreModel model = given()
                .target(trainees, DIVISION_A, "2026Q1", 100).actual(trainees, DIVISION_A, "2026Q1", 95)
                .target(trainees, DIVISION_A, "2026Q2", 100).actual(trainees, DIVISION_A, "2026Q2", 80)
                .target(trainees, DIVISION_A, "2026Q3", 100).actual(trainees, DIVISION_A, "2026Q3", 50)
                .target(trainees, DIVISION_A, "2026Q4", 100).actual(trainees, DIVISION_A, "2026Q4", 150)
                .scoredOn(AFTER_2026);

        assertThat(score(model, DIVISION_A, trainees, "2026Q1").status()).isEqualTo(Status.GREEN);
        assertThat(score(model, DIVISION_A, trainees, "2026Q2").status()).isEqualTo(Status.AMBER);
        assertThat(score(model, DIVISION_A, trainees, "2026Q3").status()).isEqualTo(Status.RED);
        assertThat(score(model, DIVISION_A, trainees, "2026Q4").achievement()).isEqualTo(130.0);
    }

    @Test
    void hasNoDataWhenAnEndedPeriodWithATargetHasNoActual() {
        ScoreModel model = given().target(trainees, DIVISION_A, "2026Q4", 100).scoredOn(AFTER_2026);

        ScoreLine line = score(model, DIVISION_A, trainees, "2026Q4");

        assertThat(line.status()).isEqualTo(Status.NO_DATA);
        assertThat(line.actual()).isNull();
        assertThat(line.target()).isEqualTo(100.0);
    }

    @Test
    void isNotDueWhileThePeriodRunsWithoutAnActual() {
        ScoreModel model = given().target(trainees, DIVISION_A, "2026Q3", 100).scoredOn(MID_AUGUST_2026);

        assertThat(score(model, DIVISION_A, trainees, "2026Q3").status()).isEqualTo(Status.NOT_DUE);
    }

    @Test
    void hasNoTargetWhenAnActualHasNone() {
        ScoreModel model = given().actual(trainees, DIVISION_B, "2026Q1", 12).scoredOn(AFTER_2026);

        ScoreLine line = score(model, DIVISION_B, trainees, "2026Q1");

        assertThat(line.status()).isEqualTo(Status.NO_TARGET);
        assertThat(line.actual()).isEqualTo(12.0);
    }

    @Test
    void leavesAYearlyIndicatorOnAQuarterlyScorecardNotDueWithANote() {
        IndicatorView roads = aYearlyCount().id(50).build();
        ScoreModel model = given()
                .actual(roads, DEPARTMENT, "2026", 12).target(roads, DEPARTMENT, "2026", 10)
                .scoredOn(AFTER_2026);

        ScoreLine line = score(model, DEPARTMENT, roads, "2026Q1");

        assertThat(line.status()).isEqualTo(Status.NOT_DUE);
        assertThat(line.note()).contains("yearly");
        assertThat(line.actual()).isNull();
        assertThat(line.achievement()).isNull();
        assertThat(score(model, DEPARTMENT, roads, "2026").status()).isEqualTo(Status.GREEN);
    }

    @Test
    void usesTheBaselineOnlyForTheUnitThatOwnsTheIndicator() {
        // DOMAIN.md 13.2 maternal mortality: from the baseline 75% (amber); without it target / actual, 95.2% (green)
        IndicatorView mortality = aQuarterlyCount().id(60).lowerIsBetter().achievedBy(AchievementMethod.BASELINE_RELATIVE)
                .baseline(120).build();
        ScoreModel model = given()
                .actual(mortality, DIVISION_A, "2026Q1", 105).target(mortality, DIVISION_A, "2026Q1", 100)
                .scoredOn(AFTER_2026);

        ScoreLine owner = model.score(DIVISION_A, mortality, p("2026Q1"), true);
        ScoreLine other = model.score(DIVISION_A, mortality, p("2026Q1"), false);

        assertThat(owner.achievement()).isCloseTo(75.0, within(1e-9));
        assertThat(owner.status()).isEqualTo(Status.AMBER);
        assertThat(other.achievement()).isCloseTo(100.0 / 105 * 100, within(1e-9));
        assertThat(other.status()).isEqualTo(Status.GREEN);
        assertThat(other.note()).contains("No baseline");
    }

    @Test
    void countsNarrativeReportsWithoutRatingThem() {
        IndicatorView story = aQuarterlyNarrative().id(70).build();
        ScoreModel model = given()
                .textActual(story, DIVISION_A, "2026Q1").textActual(story, DIVISION_B, "2026Q1")
                .narrativeTarget(story, DEPARTMENT, "2026Q1")
                .scoredOn(AFTER_2026);

        ScoreLine line = score(model, DEPARTMENT, story, "2026Q1");

        assertThat(line.status()).isEqualTo(Status.NOT_RATED);
        assertThat(line.reportingUnits()).isEqualTo(2);
        assertThat(line.note()).isEqualTo("2 narrative reports");
        assertThat(line.targetType()).isEqualTo(TargetType.NARRATIVE);
        assertThat(line.target()).isNull();
    }

    @Test
    void findsTheChildrenOfAUnitFromTheirPaths() {
        ScoreModel model = given().scoredOn(AFTER_2026);

        assertThat(model.childrenOf(DEPARTMENT)).containsExactly(REGION_A, REGION_B);
        assertThat(model.childrenOf(REGION_B)).containsExactly(DIVISION_B);
        assertThat(model.childrenOf(DIVISION_A)).isEmpty();
    }
}
