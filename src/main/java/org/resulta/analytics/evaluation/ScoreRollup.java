package org.resulta.analytics.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores rolled up a graph of weighted links (issue 4 part 3): the results chain (activities -> outputs -> outcomes
 * -> impact) or the org tree (sub-units -> unit). A node without children scores its measured achievement; a node
 * with children scores from them alone, by its {@link ScoreMethod} (link a node's own indicators as its children to
 * count them). A child may count towards several parents (an output serving two outcomes).
 * <ul>
 * <li>Weighted mean: {@code sum(weight x achievement) / sum(weight)} over the children that have an achievement;
 * the others are listed as not counted and the weights of the rest renormalised.</li>
 * <li>Worst child: the lowest achievement among the children with a weight above zero.</li>
 * </ul>
 * Achievements are percentages as the status rule gives them (already capped); the score is in the same unit and
 * can be classified by the same traffic-light policy.
 */
public final class ScoreRollup {

    private final Map<String, List<ScoreLink>> children = new LinkedHashMap<>();
    private final ScoreMethod method;
    private final Map<String, ScoreMethod> methodByNode;

    /**
     * @param links        every link of the graph; a child twice under the same parent, or a cycle, is refused
     * @param method       the method of every node not named in {@code methodByNode}
     * @param methodByNode a method per node, where it differs
     */
    public ScoreRollup(List<ScoreLink> links, ScoreMethod method, Map<String, ScoreMethod> methodByNode) {
        this.method = Objects.requireNonNull(method, "method");
        this.methodByNode = Map.copyOf(methodByNode);
        for (ScoreLink link : links) {
            List<ScoreLink> siblings = children.computeIfAbsent(link.parent(), k -> new ArrayList<>());
            if (siblings.stream().anyMatch(l -> l.child().equals(link.child()))) {
                throw new IllegalArgumentException(link.child() + " is linked twice to " + link.parent());
            }
            siblings.add(link);
        }
        refuseCycles();
    }

    public ScoreRollup(List<ScoreLink> links, ScoreMethod method) {
        this(links, method, Map.of());
    }

    /** The score of {@code node} from the measured achievements of the leaves below it. */
    public Score score(String node, Map<String, Double> measured) {
        return score(node, measured, new HashMap<>());
    }

    /** The score of every node of the graph, parents and children, in the order the links name them. */
    public Map<String, Score> scores(Map<String, Double> measured) {
        Map<String, Score> done = new HashMap<>();
        Map<String, Score> all = new LinkedHashMap<>();
        children.forEach((parent, links) -> {
            all.put(parent, score(parent, measured, done));
            links.forEach(l -> all.put(l.child(), score(l.child(), measured, done)));
        });
        return all;
    }

    /** One node's score from its children's achievements (null or not finite: no achievement). */
    public static Score combine(String node, ScoreMethod method, List<ScoreLink> links, Map<String, Double> achievements) {
        List<ScoreLink> counted = new ArrayList<>();
        for (ScoreLink link : links) {
            Double a = achievements.get(link.child());
            if (a != null && Double.isFinite(a) && link.weight() > 0) {
                counted.add(link);
            }
        }
        double totalWeight = counted.stream().mapToDouble(ScoreLink::weight).sum();
        ScoreLink worst = null;
        for (ScoreLink link : counted) {
            if (worst == null || achievements.get(link.child()) < achievements.get(worst.child())) {
                worst = link;
            }
        }
        List<Contribution> explanation = new ArrayList<>();
        double sum = 0;
        for (ScoreLink link : links) {
            Double a = achievements.get(link.child());
            Double achievement = a != null && Double.isFinite(a) ? a : null;
            if (!counted.contains(link)) {
                explanation.add(new Contribution(link.child(), achievement, link.weight(), null,
                        achievement == null ? "No achievement: left out" : "Weight zero: not counted"));
                continue;
            }
            double share = method == ScoreMethod.WEIGHTED_MEAN ? link.weight() / totalWeight : link == worst ? 1 : 0;
            sum += link.weight() * achievement;
            explanation.add(new Contribution(link.child(), achievement, link.weight(), share, null));
        }
        if (counted.isEmpty()) {
            return new Score(node, null, method, explanation, links.isEmpty() ? "No children"
                    : "No child with a weight above zero has an achievement");
        }
        double value = method == ScoreMethod.WEIGHTED_MEAN ? sum / totalWeight : achievements.get(worst.child());
        Figure figure = Figure.of(value);
        return new Score(node, figure.value(), method, explanation, figure.reason());
    }

    private Score score(String node, Map<String, Double> measured, Map<String, Score> done) {
        Score known = done.get(node);
        if (known != null) {
            return known;
        }
        List<ScoreLink> links = children.get(node);
        Score score;
        if (links == null) {
            Double a = measured.get(node);
            score = a != null && Double.isFinite(a) ? new Score(node, a, null, List.of(), null)
                    : new Score(node, null, null, List.of(), "No achievement measured");
        } else {
            Map<String, Double> achievements = new HashMap<>();
            for (ScoreLink link : links) {
                achievements.put(link.child(), score(link.child(), measured, done).value());
            }
            score = combine(node, methodByNode.getOrDefault(node, method), links, achievements);
        }
        done.put(node, score);
        return score;
    }

    private void refuseCycles() {
        Set<String> finished = new HashSet<>();
        for (String node : children.keySet()) {
            visit(node, new ArrayList<>(), finished);
        }
    }

    private void visit(String node, List<String> path, Set<String> finished) {
        if (finished.contains(node)) {
            return;
        }
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            throw new IllegalArgumentException("The links form a cycle: " + String.join(" -> ", cycle));
        }
        path.add(node);
        for (ScoreLink link : children.getOrDefault(node, List.of())) {
            visit(link.child(), path, finished);
        }
        path.remove(path.size() - 1);
        finished.add(node);
    }
}
