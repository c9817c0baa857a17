package org.resulta.analytics.domain;

import org.junit.jupiter.api.Test;
import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.ScoreView;
import org.resulta.analytics.ScorecardView;
import org.resulta.analytics.Scorecards;
import org.resulta.analytics.UnitSummary;
import org.resulta.analytics.evaluation.Contribution;
import org.resulta.analytics.evaluation.ScoreMethod;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.Status;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitType;
import org.resulta.organisation.OrgUnitView;
import org.resulta.results.ResultLinkView;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsChainView;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.ResultLevel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Scores with stored weights, on a worked example computed by hand. Plan P of unit DEPT:
 * <pre>
 * IMP (impact)   <- OC
 * OC  (outcome)  <- OUT-1 (link weight 2), OUT-2 (link weight 1), indicator I4 80% (weight 3)
 * OUT-1 (output) <- indicators I1 90% (weight 1) and I2 60% (weight 2)
 * OUT-2 (output) <- indicator I3 100% (weight 1)
 * IN (input)     -> OUT-1, left out: inputs carry budgets, not performance
 * </pre>
 * OUT-1 = (1 x 90 + 2 x 60) / 3 = 70; OUT-2 = 100; OC = (2 x 70 + 1 x 100 + 3 x 80) / 6 = 480 / 6 = 80; IMP = 80.
 * <p>
 * Up the org tree: REG-A (weight 3 stored) scores I1 100% and I2 70%: (100 + 2 x 70) / 3 = 80; REG-B (no weight
 * stored: 1) scores I1 50% and I2 80%: (50 + 2 x 80) / 3 = 70; DEPT = (3 x 80 + 1 x 70) / 4 = 77.5.
 */
class ChainScoresTests {

    private static final String PERIOD = "2025Q3";

    private final Scorecards scorecards = mock(Scorecards.class);
    private final ResultsFramework results = mock(ResultsFramework.class);
    private final OrgUnitLookup units = mock(OrgUnitLookup.class);
    private final UnitWeightRepository unitWeights = mock(UnitWeightRepository.class);
    private final ChainScores chainScores = new ChainScores(scorecards, results, units, unitWeights);

    ChainScoresTests() {
        when(scorecards.scorecard("DEPT", PERIOD)).thenReturn(card("DEPT", List.of(
                        line("I1", "OUT-1", ResultLevel.OUTPUT, 90, 1), line("I2", "OUT-1", ResultLevel.OUTPUT, 60, 2),
                        line("I3", "OUT-2", ResultLevel.OUTPUT, 100, 1), line("I4", "OC", ResultLevel.OUTCOME, 80, 3)),
                List.of(summary("REG-A"), summary("REG-B"))));
        when(scorecards.scorecard("REG-A", PERIOD)).thenReturn(card("REG-A", List.of(
                line("I1", "OUT-1", ResultLevel.OUTPUT, 100, 1), line("I2", "OUT-1", ResultLevel.OUTPUT, 70, 2)), List.of()));
        when(scorecards.scorecard("REG-B", PERIOD)).thenReturn(card("REG-B", List.of(
                line("I1", "OUT-1", ResultLevel.OUTPUT, 50, 1), line("I2", "OUT-1", ResultLevel.OUTPUT, 80, 2)), List.of()));
        when(results.chain("P")).thenReturn(new ResultsChainView(null, null, List.of(
                node(1, "IMP", ResultLevel.IMPACT), node(2, "OC", ResultLevel.OUTCOME), node(3, "OUT-1", ResultLevel.OUTPUT),
                node(4, "OUT-2", ResultLevel.OUTPUT), node(5, "IN", ResultLevel.INPUT)), List.of(
                new ResultLinkView("OC", "IMP"), new ResultLinkView("OUT-1", "OC", BigDecimal.valueOf(2)),
                new ResultLinkView("OUT-2", "OC", BigDecimal.ONE), new ResultLinkView("IN", "OUT-1")),
                List.of(), List.of()));
        when(units.find("REG-A")).thenReturn(Optional.of(unit(2, "REG-A")));
        when(units.find("REG-B")).thenReturn(Optional.of(unit(4, "REG-B")));
        when(unitWeights.weights(anyCollection())).thenReturn(Map.of(2L, BigDecimal.valueOf(3), 4L, BigDecimal.ONE));
    }

    @Test
    void weighsIndicatorsAndResultsByTheirStoredWeightsUpTheChain() {
        ScoreView view = chainScores.scores("DEPT", PERIOD, ScoreMethod.WEIGHTED_MEAN);

        assertThat(view.chain()).extracting(ScoreView.NodeScore::code).containsExactly("IMP", "OC", "OUT-1", "OUT-2");
        assertThat(score(view.chain(), "OUT-1").score()).isCloseTo(70.0, within(1e-9));
        assertThat(score(view.chain(), "OUT-2").score()).isCloseTo(100.0, within(1e-9));
        ScoreView.NodeScore outcome = score(view.chain(), "OC");
        assertThat(outcome.score()).isCloseTo(80.0, within(1e-9));
        assertThat(outcome.contributions()).extracting(Contribution::child, Contribution::weight, Contribution::share)
                .containsExactlyInAnyOrder(tuple("OUT-1", 2.0, 2.0 / 6), tuple("OUT-2", 1.0, 1.0 / 6),
                        tuple("I4", 3.0, 3.0 / 6));
        assertThat(score(view.chain(), "IMP").score()).isCloseTo(80.0, within(1e-9));
        assertThat(score(view.chain(), "OUT-1").explanation())
                .isEqualTo("Weighted mean of 2 of 2 children: I1 90.0 x 0.33 (weight 1) + I2 60.0 x 0.67 (weight 2) = 70.0");
    }

    @Test
    void weighsSubUnitsByTheirStoredWeightsAndEachSubUnitsIndicatorsByTheirs() {
        ScoreView view = chainScores.scores("DEPT", PERIOD, ScoreMethod.WEIGHTED_MEAN);

        assertThat(view.units()).extracting(ScoreView.NodeScore::code).containsExactly("DEPT", "REG-A", "REG-B");
        assertThat(view.units().get(1).score()).isCloseTo(80.0, within(1e-9));
        assertThat(view.units().get(2).score()).isCloseTo(70.0, within(1e-9));
        ScoreView.NodeScore total = view.units().get(0);
        assertThat(total.score()).isCloseTo(77.5, within(1e-9));
        assertThat(total.contributions()).extracting(Contribution::child, Contribution::weight, Contribution::share)
                .containsExactly(tuple("REG-A", 3.0, 0.75), tuple("REG-B", 1.0, 0.25));
        assertThat(total.explanation())
                .isEqualTo("Weighted mean of 2 of 2 children: REG-A 80.0 x 0.75 (weight 3) + REG-B 70.0 x 0.25 (weight 1) = 77.5");
    }

    @Test
    void theWorstChildIgnoresTheWeightsOfThoseThatCount() {
        ScoreView view = chainScores.scores("DEPT", PERIOD, ScoreMethod.WORST_CHILD);

        // OUT-1 = min(90, 60) = 60; OC = min(60, 100, 80) = 60; DEPT = min(REG-A 70, REG-B 50) = 50
        assertThat(score(view.chain(), "OC").score()).isCloseTo(60.0, within(1e-9));
        assertThat(view.units().get(0).score()).isCloseTo(50.0, within(1e-9));
    }

    private static ScoreView.NodeScore score(List<ScoreView.NodeScore> nodes, String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    private static ScorecardView card(String unit, List<ScoreLine> lines, List<UnitSummary> subUnits) {
        return new ScorecardView(unit, unit + " office", "Regional office", PERIOD, "2025 Q3", true, 1, 90, 75, lines,
                Map.of(Status.GREEN, lines.size()), subUnits);
    }

    private static ScoreLine line(String indicator, String result, ResultLevel level, double achievement, double weight) {
        return new ScoreLine(indicator, indicator, "P", result, result, level, Measure.NUMBER, Direction.INCREASE, null,
                0, null, 100.0, null, null, achievement, null, null, 1, achievement, Status.GREEN, null, weight);
    }

    private static UnitSummary summary(String unit) {
        return new UnitSummary(unit, unit + " office", "Regional office", false, Map.of());
    }

    private static ResultNodeView node(long id, String code, ResultLevel level) {
        return new ResultNodeView(id, code, "P", level, null, code + " statement", null, null, null, (int) id);
    }

    private static OrgUnitView unit(long id, String code) {
        return new OrgUnitView(id, code, code + " office", OrgUnitType.REGIONAL_OFFICE, "DEPT", 2, "/1/" + id + "/",
                (int) id, 1, null, null, null, null);
    }
}
