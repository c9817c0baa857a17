package org.resulta.analytics.web;

import org.junit.jupiter.api.Test;
import org.resulta.analytics.AnalyticsCell;
import org.resulta.analytics.AnalyticsDimensions;
import org.resulta.analytics.AnalyticsDimensions.Member;
import org.resulta.measurement.calculation.Status;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Laying cells out as a pivot: two indicators x two units x two quarters, totals only. */
class PivotTests {

    private static final List<Member> INDICATORS = List.of(new Member("B-IND", "Births"), new Member("A-IND", "Arrivals"));
    private static final List<Member> UNITS = List.of(new Member("DEPT", "Department"), new Member("REG", "Region"));
    private static final List<Member> QUARTERS = List.of(new Member("2026Q1", "Q1 2026"), new Member("2026Q2", "Q2 2026"));
    private static final List<Member> TOTAL = List.of(new Member("total", "Total"));
    private static final AnalyticsDimensions DIMENSIONS = new AnalyticsDimensions(INDICATORS, UNITS, QUARTERS, TOTAL, 8, 100);

    /** Every cell in the query's order; the value tells where it came from: indicator, unit, quarter as digits. */
    private static List<AnalyticsCell> cells() {
        List<AnalyticsCell> cells = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (int u = 0; u < 2; u++) {
                for (int p = 0; p < 2; p++) {
                    double value = 100 * (i + 1) + 10 * (u + 1) + (p + 1);
                    cells.add(new AnalyticsCell(INDICATORS.get(i).code(), INDICATORS.get(i).name(), UNITS.get(u).code(),
                            UNITS.get(u).name(), QUARTERS.get(p).code(), QUARTERS.get(p).name(), "total", "Total",
                            value, null, null, null, null, null, null, value / 2, p == 0 ? Status.GREEN : Status.RED, 0,
                            null));
                }
            }
        }
        return cells;
    }

    @Test
    void nestsTheDimensionsLeftOverInTheRowsInTheQueryOrder() {
        Pivot pivot = Pivot.of(DIMENSIONS, cells(), Pivot.Dimension.UNIT, Pivot.Dimension.PERIOD, Pivot.Measure.VALUE);

        assertThat(pivot.rowDimensions()).containsExactly(Pivot.Dimension.UNIT, Pivot.Dimension.INDICATOR);
        assertThat(pivot.columns()).extracting(Member::code).containsExactly("2026Q1", "2026Q2");
        assertThat(pivot.rows()).extracting(Pivot.Row::headers).containsExactly(List.of("Department", "Births"),
                List.of("Department", "Arrivals"), List.of("Region", "Births"), List.of("Region", "Arrivals"));
        assertThat(pivot.rows().get(1).cells()).extracting(c -> Pivot.Measure.VALUE.number(c)).containsExactly(211.0, 212.0);
        assertThat(pivot.rows().get(2).cells()).extracting(AnalyticsCell::value).containsExactly(121.0, 122.0);
        assertThat(pivot.caption()).isEqualTo("Value by unit and indicator (rows) and period (columns); disaggregation: Total");
    }

    @Test
    void putsAnyDimensionAcrossAndShowsTheChosenMeasure() {
        Pivot pivot = Pivot.of(DIMENSIONS, cells(), Pivot.Dimension.PERIOD, Pivot.Dimension.INDICATOR,
                Pivot.Measure.ACHIEVEMENT);

        assertThat(pivot.columns()).extracting(Member::name).containsExactly("Births", "Arrivals");
        assertThat(pivot.rows()).extracting(Pivot.Row::headers).containsExactly(List.of("Q1 2026", "Department"),
                List.of("Q1 2026", "Region"), List.of("Q2 2026", "Department"), List.of("Q2 2026", "Region"));
        assertThat(pivot.rows().get(3).cells()).extracting(c -> Pivot.Measure.ACHIEVEMENT.number(c))
                .containsExactly(122 / 2.0, 222 / 2.0);
        assertThat(pivot.rows().get(0).cells()).extracting(Pivot::status).containsOnly(Status.GREEN);
    }

    @Test
    void leavesAGapWhereAUnitHasNoCellAndNamesSingleMembersInTheCaption() {
        List<AnalyticsCell> regionOnlyForBirths = cells().stream()
                .filter(c -> !(c.unit().equals("REG") && c.indicator().equals("A-IND"))).toList();
        AnalyticsDimensions oneQuarter = new AnalyticsDimensions(INDICATORS, UNITS, QUARTERS.subList(0, 1), TOTAL, 3, 100);
        List<AnalyticsCell> firstQuarter = regionOnlyForBirths.stream().filter(c -> c.period().equals("2026Q1")).toList();

        Pivot pivot = Pivot.of(oneQuarter, firstQuarter, Pivot.Dimension.UNIT, Pivot.Dimension.INDICATOR, Pivot.Measure.STATUS);

        assertThat(pivot.rowDimensions()).containsExactly(Pivot.Dimension.UNIT);
        assertThat(pivot.rows()).hasSize(2);
        assertThat(pivot.rows().get(1).cells()).extracting(Pivot::status).containsExactly(Status.GREEN, null);
        assertThat(pivot.caption()).endsWith("; period: Q1 2026; disaggregation: Total");
    }

    @Test
    void neverPutsOneDimensionOnBothAxes() {
        Pivot pivot = Pivot.of(DIMENSIONS, cells(), Pivot.Dimension.PERIOD, Pivot.Dimension.PERIOD, Pivot.Measure.VALUE);

        assertThat(pivot.columnDimension()).isEqualTo(Pivot.Dimension.PERIOD);
        assertThat(pivot.rowDimensions()).doesNotContain(Pivot.Dimension.PERIOD).startsWith(Pivot.Dimension.INDICATOR);
    }
}
