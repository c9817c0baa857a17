package org.resulta.analytics.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resulta.shared.RandomCases;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.resulta.analytics.evaluation.ImprovementStrategy.MORE_OUTPUT_LESS_INPUT;
import static org.resulta.analytics.evaluation.ImprovementStrategy.MORE_OUTPUT_SAME_INPUT;
import static org.resulta.analytics.evaluation.ImprovementStrategy.MUCH_MORE_OUTPUT_SOMEWHAT_MORE_INPUT;
import static org.resulta.analytics.evaluation.ImprovementStrategy.SAME_OUTPUT_LESS_INPUT;
import static org.resulta.analytics.evaluation.ImprovementStrategy.SOMEWHAT_LESS_OUTPUT_MUCH_LESS_INPUT;

/**
 * Worked examples of the five strategies of DOMAIN.md 0.2 on a municipal permit office: output is permits issued,
 * input the staff cost in thousands; last year 1,000 permits for 500. Bands: the same within 2%, much beyond 10%
 * ({@link ChangeBands#DEFAULT}).
 * <pre>
 * 1  1,150 permits (+15%, much more) for 505 (+1%, same)                      more output, same input
 * 2  1,005 permits (+0.5%, same) for 450 (-10%, somewhat less)                 same output, less input
 * 3  1,300 permits (+30%, much more) for 540 (+8%, somewhat more)              efficiency +20.4%
 * 4    950 permits (-5%, somewhat less) for 400 (-20%, much less)              efficiency +18.75%
 * 5  1,100 permits (+10%) for 450 (-10%)                                       more output, less input
 * </pre>
 */
class StrategyClassifierTests {

    private final StrategyClassifier classifier = new StrategyClassifier(ChangeBands.DEFAULT);

    private StrategyClassification fromLastYear(double permits, double staffCost) {
        return classifier.classify(1_000, 500, permits, staffCost);
    }

    @Test
    void classifiesMoreOutputWithTheSameInputAsStrategyOne() {
        StrategyClassification c = fromLastYear(1_150, 505);

        assertThat(c.strategy()).isEqualTo(MORE_OUTPUT_SAME_INPUT);
        assertThat(c.output()).isEqualTo(Change.MUCH_MORE);
        assertThat(c.input()).isEqualTo(Change.SAME);
        assertThat(c.description()).isEqualTo("Much more output (+15.0%) with the same input (+1.0%): strategy 1");
    }

    @Test
    void classifiesTheSameOutputWithLessInputAsStrategyTwo() {
        assertThat(fromLastYear(1_005, 450).strategy()).isEqualTo(SAME_OUTPUT_LESS_INPUT);
    }

    @Test
    void classifiesMuchMoreOutputWithSomewhatMoreInputAsStrategyThree() {
        StrategyClassification c = fromLastYear(1_300, 540);

        assertThat(c.strategy()).isEqualTo(MUCH_MORE_OUTPUT_SOMEWHAT_MORE_INPUT);
        assertThat(c.output()).isEqualTo(Change.MUCH_MORE);
        assertThat(c.input()).isEqualTo(Change.SOMEWHAT_MORE);
        assertThat(c.efficiencyChange()).isCloseTo(1.3 / 1.08 - 1, within(1e-12));
    }

    @Test
    void classifiesSomewhatLessOutputWithMuchLessInputAsStrategyFour() {
        StrategyClassification c = fromLastYear(950, 400);

        assertThat(c.strategy()).isEqualTo(SOMEWHAT_LESS_OUTPUT_MUCH_LESS_INPUT);
        assertThat(c.efficiencyChange()).isCloseTo(0.1875, within(1e-12));
    }

    @Test
    void classifiesMoreOutputWithLessInputAsStrategyFive() {
        StrategyClassification c = fromLastYear(1_100, 450);

        assertThat(c.strategy()).isEqualTo(MORE_OUTPUT_LESS_INPUT);
        assertThat(c.movement()).isEqualTo(Movement.IMPROVED);
    }

    // ---- no improvement

    @ParameterizedTest(name = "{0} permits for {1}: {2}")
    @CsvSource({
            "900,  500, DECLINED,  less output for the same input",
            "1000, 550, DECLINED,  same output for more input",
            "900,  550, DECLINED,  less output for more input",
            "1050, 560, DECLINED,  input grew faster than output",
            "800,  450, DECLINED,  output fell faster than input",
            "1100, 550, SCALED,    both grew by the same 10%",
            "850,  425, SCALED,    both shrank by the same 15%",
            "1010, 495, UNCHANGED, both within the same band",
    })
    void labelsChangesThatAreNoImprovement(double permits, double staffCost, Movement expected, String why) {
        StrategyClassification c = fromLastYear(permits, staffCost);

        assertThat(c.movement()).as(why).isEqualTo(expected);
        assertThat(c.strategy()).as(why).isNull();
    }

    @Test
    void describesADecline() {
        assertThat(fromLastYear(900, 500).description()).isEqualTo("Somewhat less output (-10.0%) with the same input (+0.0%): declined");
    }

    @Test
    void readsTheBandsFromConfiguration() {
        StrategyClassifier coarse = new StrategyClassifier(new ChangeBands(0.05, 0.25));

        assertThat(coarse.classify(1_000, 500, 1_040, 500).movement()).isEqualTo(Movement.UNCHANGED);
        assertThat(classifier.classify(1_000, 500, 1_040, 500).strategy()).isEqualTo(MORE_OUTPUT_SAME_INPUT);
        assertThat(coarse.classify(1_000, 500, 1_300, 540).output()).isEqualTo(Change.MUCH_MORE);
        assertThat(coarse.classify(1_000, 500, 1_200, 540).output()).isEqualTo(Change.SOMEWHAT_MORE);
    }

    @Test
    void refusesBandsOutOfOrder() {
        assertThatThrownBy(() -> new ChangeBands(0.1, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChangeBands(-0.01, 0.05)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- zeros and gaps

    @Test
    void countsAnyRiseFromZeroAsMuchMore() {
        StrategyClassification c = classifier.classify(0, 500, 40, 500);

        assertThat(c.output()).isEqualTo(Change.MUCH_MORE);
        assertThat(c.outputChange()).isNull();
        assertThat(c.strategy()).isEqualTo(MORE_OUTPUT_SAME_INPUT);
        assertThat(classifier.classify(0, 500, 40, 520).strategy()).isEqualTo(MUCH_MORE_OUTPUT_SOMEWHAT_MORE_INPUT);
    }

    @Test
    void doesNotClassifyAStartAStopOrMissingAndNegativeFigures() {
        assertThat(classifier.classify(0, 0, 10, 5).reason()).contains("a start");
        assertThat(classifier.classify(10, 5, 0, 0).reason()).contains("a stop");
        assertThat(classifier.classify(10, Double.NaN, 10, 5).reason()).isEqualTo("An output or input is missing");
        assertThat(classifier.classify(10, 5, -1, 5).reason()).isEqualTo("An output or input is negative");
        assertThat(classifier.classify(10, 5, -1, 5).isClassified()).isFalse();
    }

    @Test
    void classifiesASeriesPeriodOnPeriod() {
        List<StrategyClassification> moves = classifier.classifySeries(new double[]{1_000, 1_150, 1_150}, new double[]{500, 505, 450});

        assertThat(moves).extracting(StrategyClassification::strategy).containsExactly(MORE_OUTPUT_SAME_INPUT, SAME_OUTPUT_LESS_INPUT);
        assertThatThrownBy(() -> classifier.classifySeries(new double[2], new double[3])).isInstanceOf(IllegalArgumentException.class);
    }

    /** DOMAIN.md 0.2: "strategy is improving iff efficiency ratio output/input rises". */
    @Test
    void improvesOnlyWhenEfficiencyRisesAndDeclinesOnlyWhenItFalls() {
        RandomCases.check(2_000, (random, i) -> {
            double output = 1 + random.nextInt(1_000);
            double input = 1 + random.nextInt(1_000);
            double newOutput = output * (0.6 + random.nextDouble() * 0.8);
            double newInput = input * (0.6 + random.nextDouble() * 0.8);
            StrategyClassification c = classifier.classify(output, input, newOutput, newInput);
            double efficiency = (newOutput / newInput) / (output / input) - 1;

            if (c.movement() == Movement.IMPROVED) {
                assertThat(efficiency).as(c.description()).isPositive();
                assertThat(c.strategy()).isNotNull();
            }
            if (c.movement() == Movement.DECLINED) {
                assertThat(efficiency).as(c.description()).isNegative();
            }
            if (c.movement() != Movement.IMPROVED) {
                assertThat(c.strategy()).isNull();
            }
        });
    }
}
