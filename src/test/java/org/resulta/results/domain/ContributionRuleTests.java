package org.resulta.results.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.resulta.results.OutcomeStage;
import org.resulta.results.domain.ContributionRule.End;
import org.resulta.shared.ResultLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resulta.results.OutcomeStage.FINAL;
import static org.resulta.results.OutcomeStage.INTERMEDIATE;

class ContributionRuleTests {

    private static End node(String code, ResultLevel level) {
        return new End(code, level, null);
    }

    private static End outcome(String code, OutcomeStage stage) {
        return new End(code, ResultLevel.OUTCOME, stage);
    }

    private static Stream<Arguments> pairs(int direction) {
        List<Arguments> pairs = new ArrayList<>();
        for (ResultLevel from : ResultLevel.values()) {
            for (ResultLevel to : ResultLevel.values()) {
                if (Integer.signum(to.compareTo(from)) == direction) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        return pairs.stream();
    }

    static Stream<Arguments> upwardPairs() {
        return pairs(1);
    }

    static Stream<Arguments> downwardPairs() {
        return pairs(-1);
    }

    @ParameterizedTest(name = "{0} -> {1} allowed")
    @MethodSource("upwardPairs")
    void allowsALinkUpTheResultsChain(ResultLevel from, ResultLevel to) {
        assertThat(ContributionRule.refusal(node("FROM-1", from), node("TO-1", to))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} refused")
    @MethodSource("downwardPairs")
    void refusesALinkDownTheResultsChainNamingBothResults(ResultLevel from, ResultLevel to) {
        assertThat(ContributionRule.refusal(node("FROM-1", from), node("TO-1", to))).hasValueSatisfying(why -> assertThat(why)
                .contains("'FROM-1'")
                .contains("'TO-1'")
                .contains(from.label())
                .contains(to.label().toLowerCase())
                .contains("upwards"));
    }

    @Test
    void hasCheckedEveryPairOfLevels() {
        int levels = ResultLevel.values().length;

        assertThat(upwardPairs().count() + downwardPairs().count() + levels).isEqualTo((long) levels * levels);
        assertThat(upwardPairs().count()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0} -> {0} refused")
    @EnumSource(ResultLevel.class)
    void refusesALinkBetweenTwoResultsOfTheSameLevelNamingBoth(ResultLevel level) {
        assertThat(ContributionRule.refusal(node("A-1", level), node("B-2", level))).hasValueSatisfying(why -> assertThat(why)
                .contains("'A-1'")
                .contains("'B-2'")
                .contains(level.label())
                .contains("up the results chain"));
    }

    @Test
    void allowsAnIntermediateOutcomeToContributeToAFinalOne() {
        assertThat(ContributionRule.refusal(outcome("OC-1", INTERMEDIATE), outcome("OC-9", FINAL))).isEmpty();
    }

    @Test
    void refusesAFinalOutcomeContributingToAnIntermediateOne() {
        assertThat(ContributionRule.refusal(outcome("OC-9", FINAL), outcome("OC-1", INTERMEDIATE)))
                .hasValueSatisfying(why -> assertThat(why).contains("'OC-9'").contains("'OC-1'")
                        .contains("unless it is intermediate and the other final"));
    }

    @Test
    void refusesLinksBetweenOutcomesOfTheSameStage() {
        assertThat(ContributionRule.refusal(outcome("OC-1", INTERMEDIATE), outcome("OC-2", INTERMEDIATE))).isPresent();
        assertThat(ContributionRule.refusal(outcome("OC-8", FINAL), outcome("OC-9", FINAL))).isPresent();
    }

    @Test
    void readsAnOutcomeWithoutAStageAsIntermediate() {
        assertThat(ContributionRule.refusal(node("OC-1", ResultLevel.OUTCOME), outcome("OC-9", FINAL))).isEmpty();
        assertThat(ContributionRule.refusal(outcome("OC-9", FINAL), node("OC-1", ResultLevel.OUTCOME))).isPresent();
    }

    @Test
    void letsAnyOutcomeStageContributeToAnImpact() {
        assertThat(ContributionRule.refusal(outcome("OC-9", FINAL), node("IM-1", ResultLevel.IMPACT))).isEmpty();
        assertThat(ContributionRule.refusal(outcome("OC-1", INTERMEDIATE), node("IM-1", ResultLevel.IMPACT))).isEmpty();
    }

    @Test
    void refusesAResultContributingToItself() {
        assertThat(ContributionRule.refusal(node("OUT-1", ResultLevel.OUTPUT), node("OUT-1", ResultLevel.OUTPUT)))
                .hasValueSatisfying(why -> assertThat(why).contains("itself"));
        assertThat(ContributionRule.refusal(outcome("OC-1", INTERMEDIATE), outcome("OC-1", FINAL)))
                .hasValueSatisfying(why -> assertThat(why).contains("itself"));
    }
}
