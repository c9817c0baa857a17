package org.resulta.analytics.web;

import org.junit.jupiter.api.Test;
import org.resulta.analytics.StrategyBasis;
import org.resulta.analytics.StrategyRow;
import org.resulta.analytics.StrategyView;
import org.resulta.analytics.TrendView;
import org.resulta.analytics.evaluation.Figure;
import org.resulta.analytics.evaluation.ImprovementStrategy;
import org.resulta.analytics.evaluation.Movement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisChartsTests {

    @Test
    @SuppressWarnings("unchecked")
    void placesEachClassifiedRowByItsInputAndOutputChangeInTheSeriesOfItsMovement() {
        StrategyView view = view(row("NORTH", 0.20, 0.01, Movement.IMPROVED, ImprovementStrategy.MORE_OUTPUT_SAME_INPUT),
                row("SOUTH", -0.05, 0.30, Movement.DECLINED, null),
                row("EAST", null, null, null, null));

        Map<String, Object> option = AnalysisCharts.strategyMatrix(view);

        List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
        Map<String, Object> improved = series.stream().filter(s -> "Improved".equals(s.get("name"))).findFirst().orElseThrow();
        Map<String, Object> declined = series.stream().filter(s -> Movement.DECLINED.label().equals(s.get("name"))).findFirst().orElseThrow();
        assertThat((List<Object>) improved.get("data")).containsExactly(Map.of("value", List.of(1.0, 20.0), "name", "NORTH unit"));
        assertThat((List<Object>) declined.get("data")).containsExactly(Map.of("value", List.of(30.0, -5.0), "name", "SOUTH unit"));
        assertThat(series).flatExtracting(s -> (List<Object>) s.get("data")).hasSize(2 + 2);
        assertThat((Map<String, Object>) option.get("xAxis")).containsEntry("max", 35.0).containsEntry("min", -35.0);
        assertThat(((Map<String, Object>) option.get("toolbox")).toString()).contains("saveAsImage");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pinsOutliersAndDrawsALineWhereANewLevelStartsWithoutChangingTheGivenChart() {
        Map<String, Object> bars = new LinkedHashMap<>(Map.of("name", "Actual", "type", "bar"));
        Map<String, Object> chart = new LinkedHashMap<>(Map.of("series", new ArrayList<>(List.of(bars, Map.of("name", "Target")))));
        TrendView trend = new TrendView("IND", "Indicator", "U", "Unit", "2026", "Sum", 100.0, 90.0, 90.0, false,
                "Not on track", List.of(), 1.0, 0.5, List.of(
                new TrendView.Marker("2025-05", "May 2025", "break", 38.0, "The level shifted"),
                new TrendView.Marker("2026-03", "March 2026", "outlier", 99.5, "Far from the usual values")));

        Map<String, Object> marked = AnalysisCharts.markSeries(chart, trend);

        Map<String, Object> actual = ((List<Map<String, Object>>) marked.get("series")).get(0);
        assertThat(actual.get("markPoint").toString()).contains("coord=[2026-03, 99.5]");
        assertThat(actual.get("markLine").toString()).contains("xAxis=2025-05");
        assertThat(bars).doesNotContainKeys("markPoint", "markLine");
    }

    private static StrategyView view(StrategyRow... rows) {
        return new StrategyView("U", "Unit", "2025", "2025", "2024", "2024", StrategyBasis.SUB_UNITS, "OUT", "IN", null,
                List.of(rows), List.of(), List.of(), List.of(), null);
    }

    private static StrategyRow row(String name, Double outputChange, Double inputChange, Movement movement,
                                   ImprovementStrategy strategy) {
        Figure none = Figure.none("not needed here");
        return new StrategyRow(name, name + " unit", false, "OUT", "Output", null, "IN", "Input", null, 100.0, 120.0,
                10.0, 10.0, null, null, outputChange, inputChange, null, movement, strategy, "description", none, none,
                none, none, none);
    }
}
