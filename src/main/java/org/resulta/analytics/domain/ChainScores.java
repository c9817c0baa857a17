package org.resulta.analytics.domain;

import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.ScoreView;
import org.resulta.analytics.ScorecardView;
import org.resulta.analytics.Scorecards;
import org.resulta.analytics.UnitSummary;
import org.resulta.analytics.evaluation.Score;
import org.resulta.analytics.evaluation.ScoreLink;
import org.resulta.analytics.evaluation.ScoreMethod;
import org.resulta.analytics.evaluation.ScoreRollup;
import org.resulta.measurement.calculation.Status;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.results.ResultLinkView;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsChainView;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.ResultLevel;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores up the results chain and the org tree (issue 4 part 3) from a unit's scorecard: each indicator's
 * achievement counts towards its result, each result towards the results it contributes to (activities -> outputs
 * -> outcomes -> impact; input results, which carry budgets rather than performance, are left out); the unit's
 * score combines its sub-units' scores, each the combination of its own indicators. Every link weighs what is
 * stored for it: an indicator its result weight (in its result and in its unit), a result the weight of its link to
 * the higher result, a sub-unit its weight in its parent ({@link UnitWeightRepository}). {@link ScoreRollup} does
 * the arithmetic and explains each score.
 */
@Component
class ChainScores {

    private final Scorecards scorecards;
    private final ResultsFramework results;
    private final OrgUnitLookup orgUnits;
    private final UnitWeightRepository unitWeights;

    ChainScores(Scorecards scorecards, ResultsFramework results, OrgUnitLookup orgUnits,
                UnitWeightRepository unitWeights) {
        this.scorecards = scorecards;
        this.results = results;
        this.orgUnits = orgUnits;
        this.unitWeights = unitWeights;
    }

    ScoreView scores(String unitCode, String period, ScoreMethod method) {
        ScorecardView card = scorecards.scorecard(unitCode, period);
        List<ScoreView.NodeScore> chain = chain(card, method);
        List<ScoreView.NodeScore> units = new ArrayList<>();
        Map<String, Double> subScores = new HashMap<>();
        List<ScoreLink> subLinks = new ArrayList<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        card.subUnits().forEach(sub -> ids.put(sub.unitCode(), orgUnits.find(sub.unitCode()).orElseThrow().id()));
        Map<Long, BigDecimal> weights = unitWeights.weights(ids.values());
        for (UnitSummary sub : card.subUnits()) {
            ScorecardView subCard = scorecards.scorecard(sub.unitCode(), period);
            Score score = ownIndicators(subCard, method);
            units.add(node(sub.unitCode(), sub.unitName(), sub.unitType(), score, card));
            subScores.put(sub.unitCode(), score.value());
            subLinks.add(new ScoreLink(card.unitCode(), sub.unitCode(), weights.get(ids.get(sub.unitCode())).doubleValue()));
        }
        Score total = subLinks.isEmpty() ? ownIndicators(card, method)
                : ScoreRollup.combine(card.unitCode(), method, subLinks, subScores);
        units.add(0, node(card.unitCode(), card.unitName(), card.unitType(), total, card));
        String note = chain.isEmpty() ? "No indicator of this unit belongs to a result of a plan" : null;
        return new ScoreView(card.unitCode(), card.unitName(), card.period(), card.periodLabel(), method,
                card.greenMin(), card.amberMin(), chain, units, note);
    }

    private List<ScoreView.NodeScore> chain(ScorecardView card, ScoreMethod method) {
        Set<String> plans = new LinkedHashSet<>();
        card.lines().forEach(l -> plans.add(l.planCode()));
        Map<String, ResultNodeView> nodes = new LinkedHashMap<>();
        List<ScoreLink> links = new ArrayList<>();
        for (String plan : plans) {
            ResultsChainView view = results.chain(plan);
            view.nodes().stream().filter(n -> n.level() != ResultLevel.INPUT).forEach(n -> nodes.put(n.code(), n));
            for (ResultLinkView link : view.links()) {
                if (nodes.containsKey(link.fromCode()) && nodes.containsKey(link.toCode())) {
                    links.add(new ScoreLink(link.toCode(), link.fromCode(), link.weight().doubleValue()));
                }
            }
        }
        Map<String, Double> measured = new HashMap<>();
        for (ScoreLine line : card.lines()) {
            if (!nodes.containsKey(line.resultCode())) {
                continue;
            }
            String key = nodes.containsKey(line.indicatorCode()) ? "indicator " + line.indicatorCode() : line.indicatorCode();
            links.add(new ScoreLink(line.resultCode(), key, line.resultWeight()));
            measured.put(key, line.status().isRated() ? line.achievement() : null);
        }
        if (links.isEmpty()) {
            return List.of();
        }
        Map<String, Score> scores = new ScoreRollup(links, method).scores(measured);
        return nodes.values().stream()
                .sorted(Comparator.comparing((ResultNodeView n) -> -n.level().ordinal()).thenComparing(ResultNodeView::sortOrder))
                .filter(n -> scores.containsKey(n.code()))
                .map(n -> node(n.code(), n.statement(), n.level().label(), scores.get(n.code()), card))
                .toList();
    }

    /** A unit's score from its own scorecard: its rated indicators, each with its weight in its result. */
    private static Score ownIndicators(ScorecardView card, ScoreMethod method) {
        List<ScoreLink> links = new ArrayList<>();
        Map<String, Double> achievements = new HashMap<>();
        for (ScoreLine line : card.lines()) {
            links.add(new ScoreLink(card.unitCode(), line.indicatorCode(), line.resultWeight()));
            achievements.put(line.indicatorCode(), line.status().isRated() ? line.achievement() : null);
        }
        return ScoreRollup.combine(card.unitCode(), method, links, achievements);
    }

    private static ScoreView.NodeScore node(String code, String name, String level, Score score, ScorecardView card) {
        Status status = score.value() == null ? Status.NO_DATA : score.value() >= card.greenMin() ? Status.GREEN
                : score.value() >= card.amberMin() ? Status.AMBER : Status.RED;
        return new ScoreView.NodeScore(code, name, level, score.value(), status, score.explanation(), score.contributions());
    }
}
