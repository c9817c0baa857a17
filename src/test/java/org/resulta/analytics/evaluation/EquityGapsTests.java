package org.resulta.analytics.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EquityGapsTests {

    private final EquityGaps twoPoints = new EquityGaps(2);

    /**
     * Worked example (DOMAIN.md 14: indicator values carry sex, region... dimensions; DOMAIN.md is silent on the
     * thresholds, 2 points here). Immunisation coverage, girls 78% then 80%, boys 84% then 90%, boys the reference:
     * the gap went from -6 to -10 points, 4 points wider, beyond 2: flagged. Ratio 80 / 90 = 0.889.
     */
    @Test
    void flagsAGapBetweenSexesThatWidenedBeyondTheThreshold() {
        List<EquityGap> gaps = twoPoints.against("M", List.of(new GroupValue("F", 78, 80), new GroupValue("M", 84, 90)));

        assertThat(gaps).hasSize(1);
        EquityGap girls = gaps.get(0);
        assertThat(girls.group()).isEqualTo("F");
        assertThat(girls.reference()).isEqualTo("M");
        assertThat(girls.gap()).isEqualTo(-10.0);
        assertThat(girls.previousGap()).isEqualTo(-6.0);
        assertThat(girls.widening()).isEqualTo(4.0);
        assertThat(girls.ratio()).isCloseTo(0.889, within(1e-3));
        assertThat(girls.flagged()).isTrue();
    }

    /**
     * Regions against the national value 85% then 86%: North 70 -> 72 (gap -15 -> -14, narrower), South 88 -> 92
     * (gap +3 -> +6, 3 points wider: flagged though above the nation), East 80 -> 79 (gap -5 -> -7, 2 points wider:
     * not beyond 2).
     */
    @Test
    void comparesRegionsWithTheNationalValueOnEitherSide() {
        List<EquityGap> gaps = twoPoints.against(new GroupValue("national", 85, 86), List.of(
                new GroupValue("North", 70, 72), new GroupValue("South", 88, 92), new GroupValue("East", 80, 79)));

        assertThat(gaps).extracting(EquityGap::group, EquityGap::widening, EquityGap::flagged).containsExactly(
                org.assertj.core.groups.Tuple.tuple("North", -1.0, false),
                org.assertj.core.groups.Tuple.tuple("South", 3.0, true),
                org.assertj.core.groups.Tuple.tuple("East", 2.0, false));
    }

    @Test
    void flagsAGapThatCrossedToTheOtherSideAndGrew() {
        EquityGap g = new EquityGaps(0).against("M", List.of(new GroupValue("F", 48, 55), new GroupValue("M", 50, 50))).get(0);

        assertThat(g.previousGap()).isEqualTo(-2.0);
        assertThat(g.gap()).isEqualTo(5.0);
        assertThat(g.flagged()).isTrue();
    }

    @Test
    void hasNoRatioAgainstAZeroReference() {
        EquityGap g = twoPoints.against("M", List.of(new GroupValue("F", 1, 3), new GroupValue("M", 0, 0))).get(0);

        assertThat(g.gap()).isEqualTo(3.0);
        assertThat(g.ratio()).isNull();
        assertThat(g.note()).isEqualTo("The reference is zero: no ratio");
    }

    @Test
    void doesNotFlagWithoutAPreviousValue() {
        EquityGap g = twoPoints.against("M", List.of(new GroupValue("F", Double.NaN, 50), new GroupValue("M", 70, 90))).get(0);

        assertThat(g.gap()).isEqualTo(-40.0);
        assertThat(g.flagged()).isFalse();
        assertThat(g.widening()).isNull();
        assertThat(g.note()).contains("the period before");
    }

    @Test
    void hasNoGapWithoutACurrentValueNamingTheGroupThatLacksIt() {
        EquityGap g = twoPoints.against("M", List.of(new GroupValue("F", 50, 50), new GroupValue("M", 70, Double.NaN))).get(0);

        assertThat(g.gap()).isNull();
        assertThat(g.note()).isEqualTo("No value this period for M");
    }

    @Test
    void refusesAnUnknownReferenceGroupOrANegativeThreshold() {
        assertThatThrownBy(() -> twoPoints.against("X", List.of(new GroupValue("F", 1, 1)))).hasMessage("No group X to compare with");
        assertThatThrownBy(() -> new EquityGaps(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
