package org.resulta.analytics.web;

import org.resulta.analytics.IndicatorSeries;
import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.ScorecardView;
import org.resulta.analytics.SeriesPoint;
import org.resulta.analytics.UnitSummary;
import org.resulta.measurement.calculation.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECharts options for the pages, built on the server and handed to the browser as JSON. */
final class ChartOptions {

    static final String GREEN = "#1a7f37";
    static final String AMBER = "#d4a72c";
    static final String RED = "#c62828";
    static final String GREY = "#8c959f";
    static final String BLUE = "#0a58ca";

    private ChartOptions() {
    }

    /** Stacked bars: how many indicators of each sub-unit are on track, at risk, off track. */
    static Map<String, Object> statusBySubUnit(ScorecardView card) {
        List<String> names = new ArrayList<>();
        List<Integer> green = new ArrayList<>();
        List<Integer> amber = new ArrayList<>();
        List<Integer> red = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        List<UnitSummary> units = new ArrayList<>(card.subUnits());
        java.util.Collections.reverse(units);
        for (UnitSummary u : units) {
            names.add(u.unitName());
            green.add(u.count(Status.GREEN));
            amber.add(u.count(Status.AMBER));
            red.add(u.count(Status.RED));
            other.add(u.count(Status.NO_DATA) + u.count(Status.NO_TARGET) + u.count(Status.NOT_DUE) + u.count(Status.NOT_RATED));
        }
        Map<String, Object> option = base("Indicators by status and sub-unit");
        option.put("legend", Map.of("top", 28));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 64, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("width", 180, "overflow", "truncate")));
        option.put("series", List.of(stack("On track", green, GREEN), stack("At risk", amber, AMBER),
                stack("Off track", red, RED), stack("Not rated or no data", other, GREY)));
        return option;
    }

    /** Horizontal bars of achievement per indicator, coloured by status, with the green and amber thresholds. */
    static Map<String, Object> achievementByIndicator(ScorecardView card) {
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<ScoreLine> rated = card.lines().stream().filter(l -> l.achievement() != null).toList();
        for (int i = rated.size() - 1; i >= 0; i--) {
            ScoreLine l = rated.get(i);
            names.add(l.indicatorCode());
            values.add(Map.of("value", Math.round(l.achievement() * 10) / 10.0, "name", l.indicatorName(),
                    "itemStyle", Map.of("color", colour(l.status()))));
        }
        Map<String, Object> option = base("Achievement by indicator (%)");
        option.put("grid", Map.of("left", 8, "right", 32, "top", 40, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c}%"));
        option.put("xAxis", Map.of("type", "value", "name", "%"));
        option.put("yAxis", Map.of("type", "category", "data", names));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "bar");
        series.put("barMaxWidth", 22);
        series.put("data", values);
        series.put("markLine", Map.of("symbol", "none", "data", List.of(
                Map.of("name", "green from " + trim(card.greenMin()) + "%", "xAxis", card.greenMin(),
                        "lineStyle", Map.of("color", GREEN), "label", Map.of("formatter", "{b}", "position", "end")),
                Map.of("name", "amber from " + trim(card.amberMin()) + "%", "xAxis", card.amberMin(),
                        "lineStyle", Map.of("color", AMBER), "label", Map.of("formatter", "{b}", "position", "start")))));
        option.put("series", List.of(series));
        return option;
    }

    /** Targets against actuals over time, as bars (actual) and a line (target). */
    static Map<String, Object> series(IndicatorSeries series, String unitLabel) {
        List<String> periods = new ArrayList<>();
        List<Object> actuals = new ArrayList<>();
        List<Object> targets = new ArrayList<>();
        for (SeriesPoint p : series.points()) {
            periods.add(p.period());
            actuals.add(p.actual() == null ? "-" : Map.of("value", round(p.actual()),
                    "itemStyle", Map.of("color", colour(p.status()))));
            targets.add(p.target() == null ? "-" : round(p.target()));
        }
        Map<String, Object> option = base(null);
        option.put("legend", Map.of("top", 4));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", periods));
        option.put("yAxis", Map.of("type", "value", "scale", true));
        Map<String, Object> bars = new LinkedHashMap<>();
        bars.put("name", "Actual");
        bars.put("type", "bar");
        bars.put("barMaxWidth", 28);
        bars.put("data", actuals);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", "Target");
        line.put("type", "line");
        line.put("step", "middle");
        line.put("data", targets);
        line.put("itemStyle", Map.of("color", "#1b1f24"));
        line.put("lineStyle", Map.of("type", "dashed", "width", 2));
        option.put("series", List.of(bars, line));
        return option;
    }

    static String colour(Status status) {
        return switch (status) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            case NO_TARGET -> BLUE;
            default -> GREY;
        };
    }

    private static Map<String, Object> base(String title) {
        Map<String, Object> option = new LinkedHashMap<>();
        if (title != null) {
            option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        }
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("aria", Map.of("enabled", true));
        return option;
    }

    private static Map<String, Object> stack(String name, List<Integer> data, String colour) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "bar");
        s.put("stack", "status");
        s.put("data", data);
        s.put("itemStyle", Map.of("color", colour));
        return s;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
