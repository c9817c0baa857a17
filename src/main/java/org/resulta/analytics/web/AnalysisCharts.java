package org.resulta.analytics.web;

import org.resulta.analytics.EquityRow;
import org.resulta.analytics.EquityView;
import org.resulta.analytics.StrategyRow;
import org.resulta.analytics.StrategyView;
import org.resulta.analytics.SubUnitRow;
import org.resulta.analytics.TrendView;
import org.resulta.analytics.evaluation.Movement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options of the analysis pages, built on the server like {@link ChartOptions}. Each chart has a toolbox
 * button that saves it as PNG, besides the page's own download button.
 */
final class AnalysisCharts {

    private AnalysisCharts() {
    }

    /**
     * The five-strategies matrix: each program or unit placed by how much its input (x) and output (y) changed, in
     * percent. Above the diagonal output grew faster than input: efficiency rose. Coloured by what the move
     * amounts to.
     */
    static Map<String, Object> strategyMatrix(StrategyView view) {
        Map<Movement, List<Object>> byMovement = new LinkedHashMap<>();
        for (Movement m : Movement.values()) {
            byMovement.put(m, new ArrayList<>());
        }
        double extent = 10;
        for (StrategyRow r : view.rows()) {
            if (r.movement() == null || r.inputChange() == null || r.outputChange() == null) {
                continue;
            }
            double x = percent(r.inputChange());
            double y = percent(r.outputChange());
            extent = Math.max(extent, Math.max(Math.abs(x), Math.abs(y)));
            String label = (r.total() ? r.subjectName() + " (total)" : r.subjectName())
                    + (view.basis() == org.resulta.analytics.StrategyBasis.PROGRAMS ? ": " + r.outputName() : "");
            byMovement.get(r.movement()).add(Map.of("value", List.of(x, y), "name", label));
        }
        double bound = Math.ceil(extent * 1.15 / 5) * 5;
        Map<String, Object> option = base("Output change against input change, " + view.previousPeriodLabel() + " to "
                + view.periodLabel() + " (%)");
        option.put("legend", Map.of("top", 28));
        option.put("grid", Map.of("left", 16, "right", 32, "top", 72, "bottom", 16, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}<br>input %, output %: {c}"));
        option.put("xAxis", Map.of("type", "value", "name", "input change %", "nameLocation", "middle", "nameGap", 28,
                "min", -bound, "max", bound));
        option.put("yAxis", Map.of("type", "value", "name", "output change %", "min", -bound, "max", bound));
        List<Object> series = new ArrayList<>();
        Map<String, Object> diagonal = new LinkedHashMap<>();
        diagonal.put("name", "Same efficiency");
        diagonal.put("type", "line");
        diagonal.put("data", List.of(List.of(-bound, -bound), List.of(bound, bound)));
        diagonal.put("symbol", "none");
        diagonal.put("silent", true);
        diagonal.put("lineStyle", Map.of("type", "dashed", "color", ChartOptions.GREY));
        diagonal.put("itemStyle", Map.of("color", ChartOptions.GREY));
        diagonal.put("markLine", Map.of("silent", true, "symbol", "none", "lineStyle", Map.of("color", "#57606a"),
                "label", Map.of("show", false), "data", List.of(Map.of("xAxis", 0), Map.of("yAxis", 0))));
        series.add(diagonal);
        byMovement.forEach((movement, points) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", movement.label());
            s.put("type", "scatter");
            s.put("symbolSize", 14);
            s.put("data", points);
            s.put("itemStyle", Map.of("color", colour(movement)));
            s.put("label", Map.of("show", true, "position", "right", "formatter", "{b}", "fontSize", 11));
            s.put("labelLayout", Map.of("hideOverlap", true));
            series.add(s);
        });
        option.put("series", series);
        return option;
    }

    /** Each group's value the period before and now, with the reference as a line. */
    static Map<String, Object> equityBars(EquityView view) {
        List<String> names = new ArrayList<>();
        List<Object> before = new ArrayList<>();
        List<Object> now = new ArrayList<>();
        for (EquityRow r : view.rows()) {
            names.add(r.groupName());
            before.add(r.previousValue() == null ? "-" : round(r.previousValue()));
            now.add(r.value() == null ? "-" : Map.of("value", round(r.value()),
                    "itemStyle", Map.of("color", r.flagged() ? ChartOptions.RED : ChartOptions.BLUE)));
        }
        Map<String, Object> option = base(view.indicatorName() + " by group, against " + view.referenceName());
        option.put("legend", Map.of("top", 28));
        option.put("grid", Map.of("left", 16, "right", 40, "top", 72, "bottom", 16, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("interval", 0, "width", 110,
                "overflow", "break")));
        option.put("yAxis", Map.of("type", "value", "scale", true, "name", view.unitOfMeasure() == null ? "" : view.unitOfMeasure()));
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("name", view.previousPeriodLabel());
        previous.put("type", "bar");
        previous.put("data", before);
        previous.put("itemStyle", Map.of("color", "#afb8c1"));
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("name", view.periodLabel() + " (red: gap widened)");
        current.put("type", "bar");
        current.put("data", now);
        current.put("itemStyle", Map.of("color", ChartOptions.BLUE));
        if (view.referenceValue() != null) {
            current.put("markLine", Map.of("symbol", "none", "data", List.of(Map.of("name", view.referenceName() + " "
                    + round(view.referenceValue()), "yAxis", round(view.referenceValue()))),
                    "lineStyle", Map.of("color", "#1b1f24", "type", "dashed"),
                    "label", Map.of("formatter", "{b}", "position", "insideEndTop")));
        }
        option.put("series", List.of(previous, current));
        return option;
    }

    /**
     * The year so far against the annual target: for summed indicators the cumulative actual and its projection
     * to the year end against the annual target; otherwise each period's value, the trend line to the year end and
     * the annual target. Breaks and outliers of the longer series are listed beside the chart.
     */
    static Map<String, Object> projection(TrendView view) {
        boolean cumulative = view.points().stream().anyMatch(p -> p.cumulativeProjected() != null);
        List<String> periods = new ArrayList<>();
        List<Object> actual = new ArrayList<>();
        List<Object> trend = new ArrayList<>();
        for (TrendView.TrendPoint p : view.points()) {
            periods.add(p.period());
            Double a = cumulative ? p.cumulativeActual() : p.actual();
            Double t = cumulative ? p.cumulativeProjected() : p.trend();
            actual.add(a == null ? "-" : round(a));
            trend.add(t == null ? "-" : round(t));
        }
        Map<String, Object> option = base((cumulative ? "Cumulative " : "") + "actual and projection to the end of "
                + view.year());
        option.put("legend", Map.of("top", 28));
        option.put("grid", Map.of("left", 16, "right", 48, "top", 72, "bottom", 16, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", periods));
        option.put("yAxis", Map.of("type", "value", "scale", true));
        Map<String, Object> bars = new LinkedHashMap<>();
        bars.put("name", cumulative ? "Actual to date" : "Actual");
        bars.put("type", "bar");
        bars.put("barMaxWidth", 28);
        bars.put("data", actual);
        bars.put("itemStyle", Map.of("color", ChartOptions.BLUE));
        if (view.annualTarget() != null) {
            bars.put("markLine", Map.of("symbol", "none", "data", List.of(Map.of("name", "annual target",
                    "yAxis", round(view.annualTarget()))),
                    "lineStyle", Map.of("color", "#1b1f24", "type", "solid", "width", 2),
                    "label", Map.of("formatter", "{b} {c}", "position", "insideEndTop")));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", cumulative ? "Projected to date" : "Trend");
        line.put("type", "line");
        line.put("data", trend);
        line.put("itemStyle", Map.of("color", view.onTrack() ? ChartOptions.GREEN : ChartOptions.RED));
        line.put("lineStyle", Map.of("type", "dashed", "width", 2));
        option.put("series", List.of(bars, line));
        return option;
    }

    /**
     * Adds the breaks (a vertical line at the first period of the new level) and outliers (a pin on the value) to
     * the series chart of {@link ChartOptions#series}.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> markSeries(Map<String, Object> option, TrendView view) {
        List<Object> series = (List<Object>) option.get("series");
        Map<String, Object> actual = new LinkedHashMap<>((Map<String, Object>) series.get(0));
        List<Object> pins = new ArrayList<>();
        List<Object> lines = new ArrayList<>();
        for (TrendView.Marker m : view.markers()) {
            if ("outlier".equals(m.kind()) && m.value() != null) {
                pins.add(Map.of("name", "outlier", "coord", List.of(m.period(), round(m.value())), "value", "outlier",
                        "itemStyle", Map.of("color", ChartOptions.RED)));
            } else if ("break".equals(m.kind())) {
                lines.add(Map.of("name", "break", "xAxis", m.period()));
            }
        }
        if (!pins.isEmpty()) {
            actual.put("markPoint", Map.of("symbolSize", 40, "data", pins, "label", Map.of("fontSize", 9)));
        }
        if (!lines.isEmpty()) {
            actual.put("markLine", Map.of("symbol", "none", "data", lines, "lineStyle", Map.of("color", ChartOptions.RED,
                    "type", "dotted", "width", 2), "label", Map.of("formatter", "level shift", "position", "insideEndTop")));
        }
        List<Object> marked = new ArrayList<>(series);
        marked.set(0, actual);
        Map<String, Object> copy = new LinkedHashMap<>(option);
        copy.put("series", marked);
        copy.put("toolbox", saveAsImage());
        return copy;
    }

    /** Each sub-unit's actual for the period as a bar coloured by status, with its target as a marker. */
    static Map<String, Object> subUnitComparison(List<SubUnitRow> rows, String periodLabel) {
        List<String> names = new ArrayList<>();
        List<Object> actuals = new ArrayList<>();
        List<Object> targets = new ArrayList<>();
        for (SubUnitRow r : rows) {
            if (r.total()) {
                continue;
            }
            names.add(r.unitName());
            actuals.add(r.line().actual() == null ? "-" : Map.of("value", round(r.line().actual()),
                    "itemStyle", Map.of("color", ChartOptions.colour(r.line().status()))));
            targets.add(r.line().target() == null ? "-" : round(r.line().target()));
        }
        Map<String, Object> option = base("Sub-units, " + periodLabel);
        option.put("legend", Map.of("top", 28));
        option.put("grid", Map.of("left", 16, "right", 24, "top", 72, "bottom", 16, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("interval", 0, "width", 120,
                "overflow", "break")));
        option.put("yAxis", Map.of("type", "value", "scale", true));
        Map<String, Object> bars = new LinkedHashMap<>();
        bars.put("name", "Actual (coloured by status)");
        bars.put("type", "bar");
        bars.put("barMaxWidth", 40);
        bars.put("data", actuals);
        Map<String, Object> marks = new LinkedHashMap<>();
        marks.put("name", "Target");
        marks.put("type", "scatter");
        marks.put("symbol", "rect");
        marks.put("symbolSize", List.of(44, 4));
        marks.put("data", targets);
        marks.put("itemStyle", Map.of("color", "#1b1f24"));
        option.put("series", List.of(bars, marks));
        return option;
    }

    static String colour(Movement movement) {
        return switch (movement) {
            case IMPROVED -> ChartOptions.GREEN;
            case DECLINED -> ChartOptions.RED;
            case SCALED -> ChartOptions.AMBER;
            case UNCHANGED -> ChartOptions.GREY;
        };
    }

    private static Map<String, Object> base(String title) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("aria", Map.of("enabled", true));
        option.put("toolbox", saveAsImage());
        return option;
    }

    /** ECharts' own "save as image" button, PNG with a white background. */
    private static Map<String, Object> saveAsImage() {
        return Map.of("right", 8, "feature", Map.of("saveAsImage", Map.of("type", "png", "title", "Save as PNG",
                "backgroundColor", "#ffffff", "pixelRatio", 2)));
    }

    private static double percent(double change) {
        return Math.round(change * 1000) / 10.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
