package org.resulta.analytics.domain;

import org.junit.jupiter.api.Test;
import org.resulta.analytics.AnalyticsQuery;
import org.resulta.analytics.TooManyCellsException;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.OptionComboView;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.PeriodCalendar;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resulta.analytics.domain.ScoreModelFixtures.DEPARTMENT;
import static org.resulta.analytics.domain.ScoreModelFixtures.DIVISION_A;
import static org.resulta.analytics.domain.ScoreModelFixtures.DIVISION_B;
import static org.resulta.analytics.domain.ScoreModelFixtures.REGION_A;
import static org.resulta.analytics.domain.ScoreModelFixtures.REGION_B;
import static org.resulta.analytics.domain.ScoreModelFixtures.departmentWithTwoRegions;
import static org.resulta.measurement.domain.IndicatorFixtures.aMonthlyRatioPerHundred;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyCount;

/** Planning a query over the department of {@link ScoreModelFixtures}: names, units, periods, combinations, counts. */
class QueryPlannerTests {

    private static final OptionComboView FEMALE = new OptionComboView(11, "F", "Female", List.of("F"));
    private static final OptionComboView MALE = new OptionComboView(12, "M", "Male", List.of("M"));

    /** Owned by the department: applies to every unit of it. */
    private final IndicatorView trainees = aQuarterlyCount().id(10).build();
    /** Owned by region A and broken down by sex: applies to the department, region A and its division only. */
    private final IndicatorView permits = copy(aMonthlyRatioPerHundred().id(20).build(), "REG-A", "sex");
    /** Owned by another department. */
    private final IndicatorView elsewhere = copy(aQuarterlyCount().id(30).code("ROADS").build(), "OTHER", "none");

    private final Map<String, OrgUnitView> units = Map.of("DEPT", DEPARTMENT, "REG-A", REGION_A, "DIV-A", DIVISION_A,
            "REG-B", REGION_B, "DIV-B", DIVISION_B);

    private final QueryPlanner.Metadata metadata = new QueryPlanner.Metadata() {
        @Override
        public Optional<IndicatorView> indicator(String code) {
            return List.of(trainees, permits, elsewhere).stream().filter(i -> i.code().equals(code)).findFirst();
        }

        @Override
        public List<String> dataSetIndicators(String code) {
            if (!code.equals("MONTHLY-FORM")) {
                throw new NotFoundException("dataSet", "data set", code);
            }
            return List.of(permits.code());
        }

        @Override
        public DisaggregationView disaggregation(String code) {
            return new DisaggregationView("sex", "Sex", List.of("SEX"), List.of(FEMALE, MALE));
        }

        @Override
        public Optional<OrgUnitView> unit(String code) {
            return Optional.ofNullable(units.get(code));
        }

        /** BORDER holds division B and region A, out of tree order; EMPTY has no members. */
        @Override
        public Optional<List<OrgUnitView>> groupMembers(String code) {
            return switch (code) {
                case "BORDER" -> Optional.of(List.of(DIVISION_B, REGION_A));
                case "EMPTY" -> Optional.of(List.of());
                default -> Optional.empty();
            };
        }
    };

    // ---- units

    @Test
    void choosesTheUnitItsChildrenItsSubtreeOrALevel() {
        assertThat(unitCodes(query().units(null))).containsExactly("DEPT");
        assertThat(unitCodes(query().units("children"))).containsExactly("REG-A", "REG-B");
        assertThat(unitCodes(query().units("SUBTREE"))).containsExactly("DEPT", "REG-A", "DIV-A", "REG-B", "DIV-B");
        assertThat(unitCodes(query().units("level").level(3))).containsExactly("DIV-A", "DIV-B");
        assertThat(unitCodes(query().units("subtree").unitType("division"))).containsExactly("DIV-A", "DIV-B");
        assertThat(unitCodes(query().unit(REGION_A).units("subtree"))).containsExactly("REG-A", "DIV-A");
    }

    @Test
    void leavesRetiredUnitsOut() {
        OrgUnitView retired = new OrgUnitView(DIVISION_B.id(), DIVISION_B.code(), DIVISION_B.name(), DIVISION_B.type(),
                DIVISION_B.parentCode(), 3, DIVISION_B.path(), DIVISION_B.preOrder(), 1, DIVISION_B.validFrom(), null,
                OffsetDateTime.now(), "merged");
        QueryPlan plan = planner(1000).plan(query().units("subtree").build(), DEPARTMENT,
                List.of(DEPARTMENT, REGION_A, DIVISION_A, REGION_B, retired), List.of(trainees));
        assertThat(plan.units()).extracting(OrgUnitView::code).doesNotContain("DIV-B");
    }

    @Test
    void refusesALevelAboveTheUnitOrWithoutUnitsLevel() {
        assertThatThrownBy(() -> plan(query().unit(REGION_A).units("level").level(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Level 1 lies above REG-A");
        assertThatThrownBy(() -> plan(query().units("level")))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("level-required");
        assertThatThrownBy(() -> plan(query().units("subtree").level(2)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("level");
        assertThatThrownBy(() -> plan(query().units("cousins")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("cousins");
        assertThatThrownBy(() -> plan(query().units("subtree").unitType("castle")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("castle");
    }

    @Test
    void choosesTheMembersOfAGroupWithinTheUnitsSubtreeInTreeOrder() {
        assertThat(unitCodes(query().units("group").group("BORDER"))).containsExactly("REG-A", "DIV-B");
        assertThat(unitCodes(query().unit(REGION_A).units("group").group("BORDER"))).containsExactly("REG-A");
        assertThat(unitCodes(query().unit(REGION_B).units("group").group(" BORDER "))).containsExactly("DIV-B");
        assertThat(unitCodes(query().unit(DIVISION_A).units("group").group("BORDER"))).isEmpty();
        assertThat(unitCodes(query().units("group").group("EMPTY"))).isEmpty();
        assertThat(unitCodes(query().units("group").group("BORDER").unitType("division"))).containsExactly("DIV-B");
    }

    @Test
    void refusesAnUnknownGroupAGroupWithoutUnitsGroupAndUnitsGroupWithoutAGroup() {
        assertThatThrownBy(() -> plan(query().units("group").group("NOWHERE")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("NOWHERE")
                .extracting("field").isEqualTo("group");
        assertThatThrownBy(() -> plan(query().units("group")))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("group-required");
        assertThatThrownBy(() -> plan(query().units("group").group("  ")))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("group");
        assertThatThrownBy(() -> plan(query().units("subtree").group("BORDER")))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("group-without-units-group");
        assertThatThrownBy(() -> plan(query().group("BORDER")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("units=group");
    }

    // ---- indicators

    @Test
    void takesNamedIndicatorsInTheirOrderOrEveryIndicatorOfThePlanOrDataSet() {
        assertThat(indicatorCodes(query().indicators("PERMITS-3D", "TRAINEES"))).containsExactly("PERMITS-3D", "TRAINEES");
        assertThat(indicatorCodes(query())).containsExactly("TRAINEES", "PERMITS-3D");
        assertThat(indicatorCodes(query().plan("PLAN-2026"))).containsExactly("TRAINEES", "PERMITS-3D");
        assertThat(indicatorCodes(query().dataSet("MONTHLY-FORM"))).containsExactly("PERMITS-3D");
    }

    @Test
    void namesAnUnknownIndicatorAndOneThatDoesNotApplyToTheUnit() {
        assertThatThrownBy(() -> plan(query().indicators("TRAINEES", "GHOST")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("'GHOST'")
                .extracting("field").isEqualTo("indicators");
        assertThatThrownBy(() -> plan(query().indicators("ROADS")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Indicator 'ROADS' is not reported by unit DEPT");
        assertThatThrownBy(() -> plan(query().plan("PLAN-1999")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("PLAN-1999");
        assertThatThrownBy(() -> plan(query().dataSet("NO-FORM")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("NO-FORM");
    }

    // ---- disaggregations

    @Test
    void expandsTotalsAndOptionCombinationsPerIndicator() {
        QueryPlan plan = plan(query().disaggregations("total", "all"));
        assertThat(plan.slicesOf(trainees)).extracting(QueryPlan.Slice::code).containsExactly("total");
        assertThat(plan.slicesOf(permits)).extracting(QueryPlan.Slice::code).containsExactly("total", "F", "M");
        assertThat(plan.slicesOf(permits).get(1).combo().id()).isEqualTo(11);
        assertThat(plan.dimensions().disaggregations()).extracting(m -> m.code()).containsExactly("total", "F", "M");

        QueryPlan women = plan(query().disaggregations("f"));
        assertThat(women.slicesOf(permits)).extracting(QueryPlan.Slice::code).containsExactly("F");
        assertThat(women.slicesOf(trainees)).isEmpty();
        assertThat(women.cells()).isEqualTo(1);
    }

    @Test
    void namesAnUnknownOptionCombinationWithTheKnownOnes() {
        assertThatThrownBy(() -> plan(query().disaggregations("X")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("'X'").hasMessageContaining("F, M");
    }

    // ---- counting

    @Test
    void countsOnlyCellsOfUnitsAboveOrBelowTheIndicatorsOwner() {
        QueryPlan plan = plan(query().units("subtree").periods("2026Q1..2026Q2").disaggregations("total", "all"));
        // trainees: 5 units x 2 periods x 1; permits: DEPT, REG-A, DIV-A x 2 periods x 3
        assertThat(plan.cells()).isEqualTo(5 * 2 + 3 * 2 * 3);
        assertThat(plan.applies(permits, REGION_B)).isFalse();
        assertThat(plan.applies(permits, DEPARTMENT)).isTrue();
        assertThat(plan.applies(permits, DIVISION_A)).isTrue();
        assertThat(plan.dimensions().cells()).isEqualTo(28);
    }

    @Test
    void refusesAQueryOverTheLimitStatingTheCountAndTheLimit() {
        AnalyticsQuery tooBig = query().units("subtree").periods("2026-01..2026-12").build();
        assertThatThrownBy(() -> planner(50).plan(tooBig, DEPARTMENT, departmentWithTwoRegions(), List.of(trainees, permits)))
                .isInstanceOfSatisfying(TooManyCellsException.class, e -> {
                    assertThat(e.cells()).isEqualTo(5 * 12 + 3 * 12);
                    assertThat(e.limit()).isEqualTo(50);
                    assertThat(e.getMessage()).contains("96 cells").contains("limit is 50");
                });
        assertThat(planner(96).plan(tooBig, DEPARTMENT, departmentWithTwoRegions(), List.of(trainees, permits)).cells())
                .isEqualTo(96);
    }

    // ---- helpers

    private QueryPlanner planner(long maxCells) {
        return new QueryPlanner(metadata, PeriodCalendar.calendarYear(), maxCells);
    }

    private QueryPlan plan(Query q) {
        return planner(1000).plan(q.build(), q.root, departmentWithTwoRegions(), List.of(trainees, permits));
    }

    private List<String> unitCodes(Query q) {
        return plan(q).units().stream().map(OrgUnitView::code).toList();
    }

    private List<String> indicatorCodes(Query q) {
        return plan(q).indicators().stream().map(IndicatorView::code).toList();
    }

    private static Query query() {
        return new Query();
    }

    /** A query of the department for 2026Q1 unless told otherwise. */
    private static final class Query {
        OrgUnitView root = DEPARTMENT;
        List<String> indicators = List.of();
        String plan;
        String dataSet;
        String units;
        Integer level;
        String group;
        String unitType;
        List<String> periods = List.of("2026Q1");
        List<String> disaggregations = List.of();

        Query unit(OrgUnitView unit) {
            root = unit;
            return this;
        }

        Query indicators(String... codes) {
            indicators = List.of(codes);
            return this;
        }

        Query plan(String code) {
            plan = code;
            return this;
        }

        Query dataSet(String code) {
            dataSet = code;
            return this;
        }

        Query units(String selection) {
            units = selection;
            return this;
        }

        Query level(int value) {
            level = value;
            return this;
        }

        Query group(String code) {
            group = code;
            return this;
        }

        Query unitType(String type) {
            unitType = type;
            return this;
        }

        Query periods(String... items) {
            periods = List.of(items);
            return this;
        }

        Query disaggregations(String... tokens) {
            disaggregations = List.of(tokens);
            return this;
        }

        AnalyticsQuery build() {
            return new AnalyticsQuery(indicators, plan, dataSet, root.code(), units, level, group, unitType, periods,
                    null, disaggregations);
        }
    }

    /** The indicator owned by another unit and broken down by another disaggregation. */
    private static IndicatorView copy(IndicatorView i, String owner, String disaggregation) {
        return new IndicatorView(i.id(), i.code(), i.name(), i.definition(), i.method(), i.dataSource(),
                i.unitOfMeasure(), i.measure(), i.dimension(), i.direction(), i.unitAggregation(), i.timeAggregation(),
                i.frequency(), i.decimals(), i.multiplier(), i.numeratorLabel(), i.denominatorLabel(), i.currency(),
                i.minValue(), i.maxValue(), i.baselineValue(), i.baselinePeriod(), i.baselineNote(),
                i.achievementMethod(), i.resultCode(), i.resultStatement(), i.resultLevel(), i.planCode(), i.planName(),
                i.frameworkCode(), owner, i.retired(), disaggregation);
    }
}
