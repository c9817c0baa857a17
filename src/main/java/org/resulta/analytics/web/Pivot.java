package org.resulta.analytics.web;

import org.resulta.analytics.AnalyticsCell;
import org.resulta.analytics.AnalyticsDimensions;
import org.resulta.measurement.calculation.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A pivot table of analytics cells: one dimension across the columns, one down the rows, and the other dimensions
 * that have more than one member nested in the rows after it (so no two cells ever share a place). Rows and
 * columns keep the order of the query's dimensions. The dimensions with a single member are named in the caption.
 */
public final class Pivot {

    /** A dimension of the cells, by the words of the form ({@code indicator}, {@code unit}, ...). */
    public enum Dimension {
        INDICATOR("Indicator", AnalyticsCell::indicator, AnalyticsCell::indicatorName, AnalyticsDimensions::indicators),
        UNIT("Unit", AnalyticsCell::unit, AnalyticsCell::unitName, AnalyticsDimensions::units),
        PERIOD("Period", AnalyticsCell::period, AnalyticsCell::periodLabel, AnalyticsDimensions::periods),
        DISAGGREGATION("Disaggregation", AnalyticsCell::disaggregation, AnalyticsCell::disaggregationName,
                AnalyticsDimensions::disaggregations);

        private final String label;
        private final Function<AnalyticsCell, String> code;
        private final Function<AnalyticsCell, String> name;
        private final Function<AnalyticsDimensions, List<AnalyticsDimensions.Member>> members;

        Dimension(String label, Function<AnalyticsCell, String> code, Function<AnalyticsCell, String> name,
                  Function<AnalyticsDimensions, List<AnalyticsDimensions.Member>> members) {
            this.label = label;
            this.code = code;
            this.name = name;
            this.members = members;
        }

        public String label() {
            return label;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Dimension parse(String text, Dimension fallback) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            for (Dimension d : values()) {
                if (d.param().equalsIgnoreCase(text.trim())) {
                    return d;
                }
            }
            return fallback;
        }
    }

    /** What a cell shows. */
    public enum Measure {
        VALUE("Value"), TARGET("Target"), ACHIEVEMENT("Achievement (%)"), STATUS("Status");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Measure parse(String text) {
            for (Measure m : values()) {
                if (m.param().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return m;
                }
            }
            return VALUE;
        }

        /** The cell's number for this measure (null for status or when there is none). */
        Double number(AnalyticsCell cell) {
            return switch (this) {
                case VALUE -> cell.value();
                case TARGET -> cell.target();
                case ACHIEVEMENT -> cell.achievement();
                case STATUS -> null;
            };
        }
    }

    /** One row: its headers (one per row dimension) and one cell per column, null where there is none. */
    public record Row(List<String> headers, List<AnalyticsCell> cells) {
    }

    private final List<Dimension> rowDimensions;
    private final Dimension columnDimension;
    private final Measure measure;
    private final List<AnalyticsDimensions.Member> columns;
    private final List<Row> rows;
    private final Map<Dimension, AnalyticsDimensions.Member> fixed;

    private Pivot(List<Dimension> rowDimensions, Dimension columnDimension, Measure measure,
                  List<AnalyticsDimensions.Member> columns, List<Row> rows, Map<Dimension, AnalyticsDimensions.Member> fixed) {
        this.rowDimensions = rowDimensions;
        this.columnDimension = columnDimension;
        this.measure = measure;
        this.columns = columns;
        this.rows = rows;
        this.fixed = fixed;
    }

    /**
     * Lays the cells out. {@code rows} and {@code columns} must differ; when they are the same, the rows take the
     * first other dimension that has more than one member (or the indicator).
     */
    static Pivot of(AnalyticsDimensions dimensions, List<AnalyticsCell> cells, Dimension rows, Dimension columns,
                    Measure measure) {
        if (rows == columns) {
            rows = java.util.Arrays.stream(Dimension.values()).filter(d -> d != columns)
                    .filter(d -> d.members.apply(dimensions).size() > 1).findFirst()
                    .orElse(columns == Dimension.INDICATOR ? Dimension.UNIT : Dimension.INDICATOR);
        }
        List<Dimension> rowDimensions = new ArrayList<>(List.of(rows));
        Map<Dimension, AnalyticsDimensions.Member> fixed = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            if (d == rows || d == columns) {
                continue;
            }
            List<AnalyticsDimensions.Member> members = d.members.apply(dimensions);
            if (members.size() > 1) {
                rowDimensions.add(d);
            } else if (members.size() == 1) {
                fixed.put(d, members.get(0));
            }
        }
        Map<Dimension, Map<String, Integer>> order = new HashMap<>();
        for (Dimension d : Dimension.values()) {
            Map<String, Integer> positions = new HashMap<>();
            List<AnalyticsDimensions.Member> members = d.members.apply(dimensions);
            for (int i = 0; i < members.size(); i++) {
                positions.put(members.get(i).code(), i);
            }
            order.put(d, positions);
        }
        List<AnalyticsDimensions.Member> columnMembers = columns.members.apply(dimensions);
        Map<String, Integer> columnIndex = order.get(columns);

        Map<List<String>, AnalyticsCell[]> byRow = new HashMap<>();
        Map<List<String>, List<String>> headers = new HashMap<>();
        for (AnalyticsCell cell : cells) {
            List<String> key = rowDimensions.stream().map(d -> d.code.apply(cell)).toList();
            AnalyticsCell[] line = byRow.computeIfAbsent(key, k -> new AnalyticsCell[columnMembers.size()]);
            headers.computeIfAbsent(key, k -> rowDimensions.stream().map(d -> d.name.apply(cell)).toList());
            Integer at = columnIndex.get(columns.code.apply(cell));
            if (at != null) {
                line[at] = cell;
            }
        }
        Comparator<List<String>> rowOrder = (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                Map<String, Integer> positions = order.get(rowDimensions.get(i));
                int c = Integer.compare(positions.getOrDefault(a.get(i), Integer.MAX_VALUE),
                        positions.getOrDefault(b.get(i), Integer.MAX_VALUE));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        List<Row> rowList = byRow.keySet().stream().sorted(rowOrder)
                .map(k -> new Row(headers.get(k), java.util.Arrays.asList(byRow.get(k)))).toList();
        return new Pivot(List.copyOf(rowDimensions), columns, measure, columnMembers, rowList, fixed);
    }

    public List<Dimension> rowDimensions() {
        return rowDimensions;
    }

    public Dimension columnDimension() {
        return columnDimension;
    }

    public Measure measure() {
        return measure;
    }

    public List<AnalyticsDimensions.Member> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The dimensions with one member, and that member: what every cell of the table shares. */
    public Map<Dimension, AnalyticsDimensions.Member> fixed() {
        return fixed;
    }

    /** "Achievement (%) by indicator and unit (rows) and period (columns); Sex: Total". */
    public String caption() {
        StringBuilder b = new StringBuilder(measure.label()).append(" by ");
        for (int i = 0; i < rowDimensions.size(); i++) {
            b.append(i == 0 ? "" : i == rowDimensions.size() - 1 ? " and " : ", ")
                    .append(rowDimensions.get(i).label().toLowerCase(Locale.ROOT));
        }
        b.append(" (rows) and ").append(columnDimension.label().toLowerCase(Locale.ROOT)).append(" (columns)");
        fixed.forEach((d, m) -> b.append("; ").append(d.label().toLowerCase(Locale.ROOT)).append(": ").append(m.name()));
        return b.toString();
    }

    /** The status of a cell, or null where there is no cell. */
    static Status status(AnalyticsCell cell) {
        return cell == null ? null : cell.status();
    }
}
