package org.resulta.results.web;

import org.resulta.framework.FrameworkPack;
import org.resulta.results.OutcomeStage;
import org.resulta.results.ResultLinkView;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsChainView;
import org.resulta.shared.ResultLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out a results chain as an SVG diagram: one column per level from inputs on the left to impact on the
 * right (outcomes split into intermediate and final), boxes with wrapped statements, and curved links from each
 * result to the results it contributes to. Within a column, boxes are ordered by the average position of the
 * boxes they link to, which keeps most links from crossing.
 */
public final class ChainDiagram {

    static final int COLUMN_WIDTH = 230;
    static final int BOX_WIDTH = 196;
    static final int LINE_HEIGHT = 15;
    static final int GAP = 16;
    static final int TOP = 58;
    static final int CHARS_PER_LINE = 28;
    static final int MAX_LINES = 5;

    /** A lane heading, wrapped onto at most two lines. */
    public record Column(String title, int x, List<String> lines) {
    }

    public record Box(String code, String cssClass, String title, int x, int y, int width, int height, List<String> lines) {
        public int textX() {
            return x + 10;
        }
    }

    public record Link(String from, String to, String path) {
    }

    public record Diagram(int width, int height, List<Column> columns, List<Box> boxes, List<Link> links) {
    }

    private ChainDiagram() {
    }

    static Diagram of(ResultsChainView chain) {
        FrameworkPack pack = chain.pack();
        Map<String, List<ResultNodeView>> lanes = new LinkedHashMap<>();
        Map<String, String> laneTitles = new LinkedHashMap<>();
        for (ResultLevel level : ResultLevel.values()) {
            if (level == ResultLevel.OUTCOME) {
                lanes.put("OUTCOME_INTERMEDIATE", new ArrayList<>());
                laneTitles.put("OUTCOME_INTERMEDIATE", pack.term("intermediateOutcome"));
                lanes.put("OUTCOME_FINAL", new ArrayList<>());
                laneTitles.put("OUTCOME_FINAL", pack.term("finalOutcome"));
            } else {
                lanes.put(level.name(), new ArrayList<>());
                laneTitles.put(level.name(), pack.levelPlural(level));
            }
        }
        for (ResultNodeView node : chain.nodes()) {
            lanes.get(lane(node)).add(node);
        }
        lanes.values().removeIf(List::isEmpty);

        Map<String, List<String>> neighbours = new HashMap<>();
        for (ResultLinkView link : chain.links()) {
            neighbours.computeIfAbsent(link.fromCode(), k -> new ArrayList<>()).add(link.toCode());
            neighbours.computeIfAbsent(link.toCode(), k -> new ArrayList<>()).add(link.fromCode());
        }
        // Order each lane by the barycentre of its neighbours' ranks, sweeping right to left then left to right.
        Map<String, Double> rank = new HashMap<>();
        lanes.values().forEach(nodes -> {
            for (int i = 0; i < nodes.size(); i++) {
                rank.put(nodes.get(i).code(), (double) i);
            }
        });
        List<List<ResultNodeView>> ordered = new ArrayList<>(lanes.values());
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int c = ordered.size() - 1; c >= 0; c--) {
                reorder(ordered.get(c), neighbours, rank);
            }
            for (List<ResultNodeView> lane : ordered) {
                reorder(lane, neighbours, rank);
            }
        }

        List<Column> columns = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        Map<String, Box> byCode = new HashMap<>();
        int column = 0;
        int height = TOP;
        List<String> laneKeys = new ArrayList<>(lanes.keySet());
        for (int c = 0; c < ordered.size(); c++) {
            int x = 12 + column * COLUMN_WIDTH;
            String title = laneTitles.get(laneKeys.get(c));
            List<String> titleLines = wrap(title);
            columns.add(new Column(title, x, titleLines.size() > 2 ? titleLines.subList(0, 2) : titleLines));
            int y = TOP;
            for (ResultNodeView node : ordered.get(c)) {
                List<String> lines = wrap(node.statement());
                int boxHeight = 26 + lines.size() * LINE_HEIGHT;
                Box box = new Box(node.code(), cssClass(node), node.statement(), x, y, BOX_WIDTH, boxHeight, lines);
                boxes.add(box);
                byCode.put(node.code(), box);
                y += boxHeight + GAP;
            }
            height = Math.max(height, y);
            column++;
        }
        List<Link> links = new ArrayList<>();
        for (ResultLinkView link : chain.links()) {
            Box from = byCode.get(link.fromCode());
            Box to = byCode.get(link.toCode());
            if (from == null || to == null) {
                continue;
            }
            int x1 = from.x() + from.width();
            int y1 = from.y() + from.height() / 2;
            int x2 = to.x();
            int y2 = to.y() + to.height() / 2;
            int bend = Math.max(20, (x2 - x1) / 2);
            links.add(new Link(link.fromCode(), link.toCode(), String.format(Locale.ROOT, "M%d,%d C%d,%d %d,%d %d,%d",
                    x1, y1, x1 + bend, y1, x2 - bend, y2, x2 - 6, y2)));
        }
        int width = 12 + Math.max(1, column) * COLUMN_WIDTH;
        return new Diagram(width, height + 8, columns, boxes, links);
    }

    private static void reorder(List<ResultNodeView> lane, Map<String, List<String>> neighbours, Map<String, Double> rank) {
        Map<String, Double> key = new HashMap<>();
        for (ResultNodeView node : lane) {
            List<String> near = neighbours.getOrDefault(node.code(), List.of());
            key.put(node.code(), near.isEmpty() ? rank.get(node.code())
                    : near.stream().mapToDouble(n -> rank.getOrDefault(n, 0.0)).average().orElse(0));
        }
        lane.sort(Comparator.comparingDouble((ResultNodeView n) -> key.get(n.code())).thenComparing(ResultNodeView::sortOrder));
        for (int i = 0; i < lane.size(); i++) {
            rank.put(lane.get(i).code(), (double) i);
        }
    }

    private static String lane(ResultNodeView node) {
        if (node.level() == ResultLevel.OUTCOME) {
            return node.outcomeStage() == OutcomeStage.FINAL ? "OUTCOME_FINAL" : "OUTCOME_INTERMEDIATE";
        }
        return node.level().name();
    }

    private static String cssClass(ResultNodeView node) {
        return "node " + node.level().name().toLowerCase(Locale.ROOT);
    }

    /** Breaks a statement into lines of at most {@link #CHARS_PER_LINE} characters, at most {@link #MAX_LINES}. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CHARS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word.length() > CHARS_PER_LINE ? word.substring(0, CHARS_PER_LINE - 1) + "…" : word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = cut.get(MAX_LINES - 1);
            cut.set(MAX_LINES - 1, (last.length() > CHARS_PER_LINE - 1 ? last.substring(0, CHARS_PER_LINE - 1) : last) + "…");
            return cut;
        }
        return lines;
    }
}
