package org.resulta.analytics.evaluation;

import org.junit.jupiter.api.Test;
import org.resulta.shared.RandomCases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.analytics.evaluation.ScoreMethod.WEIGHTED_MEAN;
import static org.resulta.analytics.evaluation.ScoreMethod.WORST_CHILD;

class ScoreRollupTests {

    private static ScoreLink link(String parent, String child, double weight) {
        return new ScoreLink(parent, child, weight);
    }

    /**
     * Worked example (DOMAIN.md 13.3: a parent's status is the weighted mean of its children's achievements or the
     * worst child; 13.2 for the impact indicator). A safe-motherhood program:
     * <pre>
     * IMPACT        = OUTCOME-1 (weight 1) and MMR, maternal mortality, 100/105 = 95.238% (13.2 method 1, weight 1)
     * OUTCOME-1     = OUT-1 (weight 1) and OUT-2 facility deliveries 95% (weight 2)
     * OUT-1         = ACT-1 training held 100% and ACT-2 kits procured 70%, equal weights
     * </pre>
     * OUT-1 = (100 + 70) / 2 = 85; OUTCOME-1 = (85 + 2 x 95) / 3 = 91.667; IMPACT = (91.667 + 95.238) / 2 = 93.452.
     * With the worst-child rule at IMPACT: 91.667 (OUTCOME-1 decides).
     */
    @Test
    void rollsScoresUpTheResultsChain() {
        Map<String, Score> scores = new ScoreRollup(safeMotherhood(), WEIGHTED_MEAN).scores(safeMotherhoodMeasured());

        assertThat(scores.get("OUT-1").value()).isCloseTo(85.0, within(1e-9));
        assertThat(scores.get("OUTCOME-1").value()).isCloseTo(275.0 / 3, within(1e-9));
        assertThat(scores.get("IMPACT").value()).isCloseTo((275.0 / 3 + 10000.0 / 105) / 2, within(1e-9));
        assertThat(scores.get("ACT-2").value()).isEqualTo(70.0);
        assertThat(scores.get("ACT-2").method()).isNull();
    }

    @Test
    void appliesTheWorstChildRuleWhereANodeAsksForIt() {
        ScoreRollup rollup = new ScoreRollup(safeMotherhood(), WEIGHTED_MEAN, Map.of("IMPACT", WORST_CHILD));

        Score impact = rollup.score("IMPACT", safeMotherhoodMeasured());

        assertThat(impact.value()).isCloseTo(275.0 / 3, within(1e-9));
        assertThat(impact.method()).isEqualTo(WORST_CHILD);
        assertThat(impact.contributions()).extracting(Contribution::child, Contribution::share)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OUTCOME-1", 1.0), org.assertj.core.groups.Tuple.tuple("MMR", 0.0));
        assertThat(impact.explanation()).isEqualTo("Worst child of 2 of 2 children: OUTCOME-1 at 91.7");
    }

    /**
     * Worked example continued over the org tree: region R has provinces P1 (the program above, 93.452) and P2
     * (80.0), weighted by population 3 : 1. R = (3 x 93.452 + 80.0) / 4 = 90.089.
     */
    @Test
    void rollsChainScoresUpTheOrgTree() {
        double p1 = new ScoreRollup(safeMotherhood(), WEIGHTED_MEAN).score("IMPACT", safeMotherhoodMeasured()).value();
        ScoreRollup orgTree = new ScoreRollup(List.of(link("R", "P1", 3), link("R", "P2", 1)), WEIGHTED_MEAN);

        Score region = orgTree.score("R", Map.of("P1", p1, "P2", 80.0));

        assertThat(region.value()).isCloseTo((3 * p1 + 80.0) / 4, within(1e-9));
        assertThat(region.value()).isCloseTo(90.089, within(1e-3));
        assertThat(region.explanation()).isEqualTo("Weighted mean of 2 of 2 children: P1 93.5 x 0.75 (weight 3) + P2 80.0 x 0.25 (weight 1) = 90.1");
    }

    private static List<ScoreLink> safeMotherhood() {
        return List.of(link("IMPACT", "OUTCOME-1", 1), link("IMPACT", "MMR", 1),
                link("OUTCOME-1", "OUT-1", 1), link("OUTCOME-1", "OUT-2", 2),
                link("OUT-1", "ACT-1", 1), link("OUT-1", "ACT-2", 1));
    }

    private static Map<String, Double> safeMotherhoodMeasured() {
        return Map.of("ACT-1", 100.0, "ACT-2", 70.0, "OUT-2", 95.0, "MMR", 100.0 / 105 * 100);
    }

    // ---- missing and zero

    @Test
    void leavesOutAChildWithoutAchievementAndRenormalisesTheWeights() {
        Score s = ScoreRollup.combine("P", WEIGHTED_MEAN, List.of(link("P", "A", 1), link("P", "B", 2), link("P", "C", 1)),
                mapOf("A", 90.0, "B", null, "C", 60.0));

        assertThat(s.value()).isCloseTo(75.0, within(1e-9));
        assertThat(s.contributions()).extracting(Contribution::child, Contribution::share, Contribution::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", 0.5, null),
                org.assertj.core.groups.Tuple.tuple("B", null, "No achievement: left out"),
                org.assertj.core.groups.Tuple.tuple("C", 0.5, null));
        assertThat(s.explanation()).isEqualTo("Weighted mean of 2 of 3 children: A 90.0 x 0.50 + C 60.0 x 0.50 = 75.0");
    }

    @Test
    void showsAZeroWeightChildWithoutCountingIt() {
        Score s = ScoreRollup.combine("P", WORST_CHILD, List.of(link("P", "A", 1), link("P", "B", 0)), Map.of("A", 90.0, "B", 10.0));

        assertThat(s.value()).isEqualTo(90.0);
        assertThat(s.contributions().get(1).counted()).isFalse();
        assertThat(s.contributions().get(1).note()).isEqualTo("Weight zero: not counted");
    }

    @Test
    void hasNoScoreWhenNoChildCountsAndSaysWhy() {
        Score s = new ScoreRollup(List.of(link("P", "A", 1)), WEIGHTED_MEAN).score("P", Map.of());

        assertThat(s.hasValue()).isFalse();
        assertThat(s.reason()).isEqualTo("No child with a weight above zero has an achievement");
        assertThat(s.contributions()).hasSize(1);
    }

    @Test
    void treatsANotANumberAchievementAsMissing() {
        Score leaf = new ScoreRollup(List.of(link("P", "A", 1)), WEIGHTED_MEAN).score("A", Map.of("A", Double.NaN));

        assertThat(leaf.hasValue()).isFalse();
        assertThat(leaf.explanation()).isEqualTo("No achievement measured");
    }

    // ---- refusals

    @Test
    void refusesLinksThatFormACycle() {
        assertThatThrownBy(() -> new ScoreRollup(List.of(link("A", "B", 1), link("B", "C", 1), link("C", "A", 1)), WEIGHTED_MEAN))
                .hasMessage("The links form a cycle: A -> B -> C -> A");
    }

    @Test
    void refusesAChildLinkedTwiceToTheSameParentANegativeWeightOrASelfLink() {
        assertThatThrownBy(() -> new ScoreRollup(List.of(link("A", "B", 1), link("A", "B", 2)), WEIGHTED_MEAN))
                .hasMessage("B is linked twice to A");
        assertThatThrownBy(() -> link("A", "B", -1)).hasMessageContaining("zero or more");
        assertThatThrownBy(() -> link("A", "A", 1)).hasMessage("A cannot count towards itself");
    }

    // ---- properties

    @Test
    void scoresLieBetweenTheWorstAndBestCountedChild() {
        RandomCases.check(300, (random, i) -> {
            int n = 1 + random.nextInt(8);
            List<ScoreLink> links = new ArrayList<>();
            Map<String, Double> achievements = new HashMap<>();
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int c = 0; c < n; c++) {
                double a = random.nextDouble() * 130;
                links.add(link("P", "C" + c, 0.1 + random.nextInt(5)));
                achievements.put("C" + c, a);
                min = Math.min(min, a);
                max = Math.max(max, a);
            }
            double mean = ScoreRollup.combine("P", WEIGHTED_MEAN, links, achievements).value();
            double worst = ScoreRollup.combine("P", WORST_CHILD, links, achievements).value();

            assertThat(mean).isBetween(min - 1e-9, max + 1e-9);
            assertThat(worst).isEqualTo(min);
            assertThat(worst).isLessThanOrEqualTo(mean + 1e-9);
        });
    }

    private static Map<String, Double> mapOf(Object... pairs) {
        Map<String, Double> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }
}
