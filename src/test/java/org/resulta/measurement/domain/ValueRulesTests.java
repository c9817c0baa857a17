package org.resulta.measurement.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resulta.measurement.EntryError;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.measurement.domain.ValueRules.CheckedActual;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resulta.measurement.domain.IndicatorFixtures.aMonthlyRatioPerHundred;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyAmount;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyCount;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyNarrative;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyPercentage;
import static org.resulta.measurement.domain.IndicatorFixtures.aQuarterlyYesNo;
import static org.resulta.measurement.domain.IndicatorFixtures.aYearlyCount;

class ValueRulesTests {

    private static final PeriodCalendar CALENDAR = PeriodCalendar.calendarYear();
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private static Period p(String code) {
        return CALENDAR.parse(code);
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static List<String> rules(List<EntryError> errors) {
        return errors.stream().map(EntryError::rule).toList();
    }

    private static EntryError only(List<EntryError> errors) {
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Nested
    class ActualPeriods {

        @Test
        void acceptsAnActualForAPeriodOfTheIndicatorsFrequency() {
            assertThat(ValueRules.checkActualPeriod(aQuarterlyCount().build(), p("2026Q1"), TODAY)).isEmpty();
            assertThat(ValueRules.checkActualPeriod(aMonthlyRatioPerHundred().build(), p("2026-04"), TODAY)).isEmpty();
        }

        @Test
        void refusesAnActualForAPeriodOfAnotherType() {
            IndicatorView quarterly = aQuarterlyCount().build();

            Optional<EntryError> monthly = ValueRules.checkActualPeriod(quarterly, p("2026-01"), TODAY);
            Optional<EntryError> yearly = ValueRules.checkActualPeriod(quarterly, p("2025"), TODAY);

            assertThat(monthly).hasValueSatisfying(e -> {
                assertThat(e.rule()).isEqualTo("period-frequency");
                assertThat(e.field()).isEqualTo("period");
                assertThat(e.indicatorCode()).isEqualTo("TRAINEES");
                assertThat(e.message()).contains("quarterly").contains("2026-01");
            });
            assertThat(yearly).hasValueSatisfying(e -> assertThat(e.rule()).isEqualTo("period-frequency"));
        }

        @Test
        void acceptsTheCurrentPeriodOnceItHasStarted() {
            assertThat(ValueRules.checkActualPeriod(aQuarterlyCount().build(), p("2026Q2"), TODAY)).isEmpty();
            assertThat(ValueRules.checkActualPeriod(aQuarterlyCount().build(), p("2026Q2"), LocalDate.of(2026, 4, 1))).isEmpty();
        }

        @Test
        void refusesAnActualForAPeriodThatHasNotStarted() {
            Optional<EntryError> error = ValueRules.checkActualPeriod(aQuarterlyCount().build(), p("2026Q2"),
                    LocalDate.of(2026, 3, 31));

            assertThat(error).hasValueSatisfying(e -> {
                assertThat(e.rule()).isEqualTo("future-period");
                assertThat(e.message()).contains("2026Q2");
            });
        }
    }

    @Nested
    class Actuals {

        @Test
        void computesARatioAsNumeratorTimesMultiplierOverDenominator() {
            CheckedActual checked = ValueRules.checkActual(aMonthlyRatioPerHundred().build(), null, n("45"), n("60"), null);

            assertThat(checked.isValid()).isTrue();
            assertThat(checked.value()).isEqualByComparingTo("75");
            assertThat(checked.value().scale()).isEqualTo(6);
            assertThat(checked.numerator()).isEqualByComparingTo("45");
            assertThat(checked.denominator()).isEqualByComparingTo("60");
        }

        @Test
        void roundsARecurringRatioToSixDecimals() {
            CheckedActual perHundred = ValueRules.checkActual(aMonthlyRatioPerHundred().build(), null, n("1"), n("3"), null);
            CheckedActual perThousand = ValueRules.checkActual(aMonthlyRatioPerHundred().multiplier(1_000).build(), null,
                    n("2"), n("3"), null);

            assertThat(perHundred.value()).isEqualTo(n("33.333333"));
            assertThat(perThousand.value()).isEqualTo(n("666.666667"));
        }

        @Test
        void computesTheRatioItselfIgnoringAValueTypedIn() {
            CheckedActual checked = ValueRules.checkActual(aMonthlyRatioPerHundred().build(), n("99"), n("1"), n("4"), null);

            assertThat(checked.value()).isEqualByComparingTo("25");
        }

        @ParameterizedTest(name = "denominator {0} refused")
        @ValueSource(strings = {"0", "0.000", "-5"})
        void refusesARatioWhoseDenominatorIsNotAboveZero(String denominator) {
            CheckedActual checked = ValueRules.checkActual(aMonthlyRatioPerHundred().build(), null, n("3"), n(denominator), null);

            assertThat(checked.value()).isNull();
            EntryError error = only(checked.errors());
            assertThat(error.rule()).isEqualTo("denominator-positive");
            assertThat(error.field()).isEqualTo("denominator");
        }

        @Test
        void refusesANegativeNumerator() {
            CheckedActual checked = ValueRules.checkActual(aMonthlyRatioPerHundred().build(), null, n("-1"), n("10"), null);

            assertThat(only(checked.errors()).rule()).isEqualTo("not-negative");
            assertThat(checked.isValid()).isFalse();
        }

        @Test
        void refusesARatioWithoutBothComponentsNamingThem() {
            CheckedActual noNumerator = ValueRules.checkActual(aMonthlyRatioPerHundred().build(), n("75"), null, n("10"), null);
            CheckedActual noDenominator = ValueRules.checkActual(aMonthlyRatioPerHundred().build(), null, n("10"), null, null);

            EntryError error = only(noNumerator.errors());
            assertThat(error.rule()).isEqualTo("ratio-components");
            assertThat(error.field()).isEqualTo("numerator");
            assertThat(error.message()).contains("permits processed within 3 days").contains("permits received");
            assertThat(only(noDenominator.errors()).field()).isEqualTo("denominator");
            assertThat(noNumerator.value()).isNull();
        }

        @ParameterizedTest(name = "yes/no {0} accepted")
        @ValueSource(strings = {"0", "1", "1.00", "0.0"})
        void acceptsOneOrZeroForYesNo(String value) {
            assertThat(ValueRules.checkActual(aQuarterlyYesNo().build(), n(value), null, null, null).isValid()).isTrue();
        }

        @ParameterizedTest(name = "yes/no {0} refused")
        @ValueSource(strings = {"2", "0.5", "-1"})
        void refusesAnythingButOneOrZeroForYesNo(String value) {
            CheckedActual checked = ValueRules.checkActual(aQuarterlyYesNo().build(), n(value), null, null, null);

            assertThat(rules(checked.errors())).containsExactly("yes-no");
        }

        @Test
        void takesWordsForATextIndicatorTrimmed() {
            CheckedActual checked = ValueRules.checkActual(aQuarterlyNarrative().build(), null, null, null, "  Law passed  ");

            assertThat(checked.isValid()).isTrue();
            assertThat(checked.text()).isEqualTo("Law passed");
            assertThat(checked.value()).isNull();
        }

        @Test
        void refusesATextIndicatorWithoutWordsOrWithANumber() {
            CheckedActual blank = ValueRules.checkActual(aQuarterlyNarrative().build(), null, null, null, "   ");
            CheckedActual number = ValueRules.checkActual(aQuarterlyNarrative().build(), n("3"), null, null, "Law passed");

            assertThat(rules(blank.errors())).containsExactly("text-required");
            assertThat(rules(number.errors())).containsExactly("text-only");
        }

        @Test
        void refusesWordsForANumericIndicator() {
            CheckedActual checked = ValueRules.checkActual(aQuarterlyCount().build(), n("12"), null, null, "twelve");

            EntryError error = only(checked.errors());
            assertThat(error.rule()).isEqualTo("number-expected");
            assertThat(error.field()).isEqualTo("text");
        }

        @Test
        void refusesANumericIndicatorWithoutAValue() {
            assertThat(rules(ValueRules.checkActual(aQuarterlyAmount().build(), null, null, null, null).errors()))
                    .containsExactly("value-required");
        }

        @Test
        void acceptsAPercentageOnItsBounds() {
            assertThat(ValueRules.checkActual(aQuarterlyPercentage().build(), n("0"), null, null, null).isValid()).isTrue();
            assertThat(ValueRules.checkActual(aQuarterlyPercentage().build(), n("100"), null, null, null).isValid()).isTrue();
        }

        @Test
        void refusesAPercentageOutsideItsBounds() {
            EntryError above = only(ValueRules.checkActual(aQuarterlyPercentage().build(), n("100.5"), null, null, null).errors());
            EntryError below = only(ValueRules.checkActual(aQuarterlyPercentage().build(), n("-1"), null, null, null).errors());

            assertThat(above.rule()).isEqualTo("above-maximum");
            assertThat(above.message()).contains("100.5").contains("maximum 100").contains("percentage");
            assertThat(below.rule()).isEqualTo("below-minimum");
        }

        @Test
        void refusesAValueOutsideTheIndicatorsOwnBounds() {
            IndicatorView bounded = aQuarterlyCount().bounded(10, 20).build();

            assertThat(rules(ValueRules.checkActual(bounded, n("9"), null, null, null).errors())).containsExactly("below-minimum");
            assertThat(rules(ValueRules.checkActual(bounded, n("21"), null, null, null).errors())).containsExactly("above-maximum");
            assertThat(ValueRules.checkActual(bounded, n("15"), null, null, null).isValid()).isTrue();
        }

        @Test
        void reportsEveryErrorItFinds() {
            CheckedActual checked = ValueRules.checkActual(aQuarterlyPercentage().build(), n("120"), null, null, "high");

            assertThat(rules(checked.errors())).containsExactlyInAnyOrder("number-expected", "above-maximum");
        }
    }

    @Nested
    class Targets {

        private List<EntryError> exact(IndicatorView indicator, String period, String value) {
            return ValueRules.checkTarget(indicator, p(period), TargetType.EXACT, n(value), null, null);
        }

        @Test
        void acceptsATargetAtTheIndicatorsFrequency() {
            assertThat(exact(aQuarterlyCount().build(), "2026Q3", "25")).isEmpty();
        }

        @Test
        void acceptsACoarserTargetThatDividesIntoTheFrequency() {
            assertThat(exact(aQuarterlyCount().build(), "2026", "100")).isEmpty();
            assertThat(exact(aQuarterlyCount().build(), "2026S2", "50")).isEmpty();
            assertThat(exact(aMonthlyRatioPerHundred().build(), "2026Q1", "90")).isEmpty();
            assertThat(ValueRules.checkTarget(aQuarterlyCount().build(), Period.financialYear(2026, Month.JULY),
                    TargetType.EXACT, n("100"), null, null)).isEmpty();
        }

        @Test
        void refusesATargetFinerThanTheFrequency() {
            EntryError error = only(exact(aQuarterlyCount().build(), "2026-02", "8"));

            assertThat(error.rule()).isEqualTo("period-finer-than-frequency");
            assertThat(error.field()).isEqualTo("period");
            assertThat(error.message()).contains("quarterly").contains("2026-02");
            assertThat(rules(exact(aYearlyCount().build(), "2026Q1", "8"))).containsExactly("period-finer-than-frequency");
        }

        @Test
        void refusesACoarserTargetThatDoesNotDivideIntoTheFrequency() {
            List<EntryError> februaryYear = ValueRules.checkTarget(aQuarterlyCount().build(),
                    Period.financialYear(2026, Month.FEBRUARY), TargetType.EXACT, n("100"), null, null);
            List<EntryError> julyYearForYearly = ValueRules.checkTarget(aYearlyCount().build(),
                    Period.financialYear(2026, Month.JULY), TargetType.EXACT, n("100"), null, null);
            List<EntryError> yearForFinancialYearly = exact(aYearlyCount().reported(PeriodType.FINANCIAL_YEAR).build(),
                    "2026", "100");

            assertThat(rules(februaryYear)).containsExactly("period-alignment");
            assertThat(rules(julyYearForYearly)).containsExactly("period-alignment");
            assertThat(rules(yearForFinancialYearly)).containsExactly("period-alignment");
        }

        @Test
        void acceptsARangeWithOrderedBounds() {
            assertThat(ValueRules.checkTarget(aQuarterlyPercentage().build(), p("2026Q1"), TargetType.RANGE, n("2"), n("4"), null))
                    .isEmpty();
            assertThat(ValueRules.checkTarget(aQuarterlyPercentage().build(), p("2026Q1"), TargetType.RANGE, n("3"), n("3"), null))
                    .isEmpty();
        }

        @Test
        void refusesARangeWhoseUpperValueIsBelowItsLowerValue() {
            EntryError error = only(ValueRules.checkTarget(aQuarterlyPercentage().build(), p("2026Q1"), TargetType.RANGE,
                    n("4"), n("2"), null));

            assertThat(error.rule()).isEqualTo("range-order");
            assertThat(error.field()).isEqualTo("upperValue");
        }

        @Test
        void refusesARangeMissingABound() {
            EntryError noUpper = only(ValueRules.checkTarget(aQuarterlyCount().build(), p("2026Q1"), TargetType.RANGE,
                    n("2"), null, null));
            EntryError noLower = only(ValueRules.checkTarget(aQuarterlyCount().build(), p("2026Q1"), TargetType.RANGE,
                    null, n("4"), null));

            assertThat(noUpper.rule()).isEqualTo("range-bounds");
            assertThat(noUpper.field()).isEqualTo("upperValue");
            assertThat(noLower.field()).isEqualTo("value");
        }

        @Test
        void checksBothEndsOfARangeAgainstTheBounds() {
            List<EntryError> errors = ValueRules.checkTarget(aQuarterlyPercentage().build(), p("2026Q1"), TargetType.RANGE,
                    n("90"), n("110"), null);

            EntryError error = only(errors);
            assertThat(error.rule()).isEqualTo("above-maximum");
            assertThat(error.field()).isEqualTo("upperValue");
        }

        @Test
        void refusesANumericTargetBeyondTheBounds() {
            assertThat(rules(exact(aQuarterlyPercentage().build(), "2026Q1", "101"))).containsExactly("above-maximum");
        }

        @Test
        void refusesANumericTargetWithoutAValue() {
            assertThat(rules(ValueRules.checkTarget(aQuarterlyCount().build(), p("2026Q1"), TargetType.AT_LEAST, null, null, null)))
                    .containsExactly("value-required");
        }

        @Test
        void refusesAYesNoTargetOtherThanOneOrZero() {
            assertThat(rules(exact(aQuarterlyYesNo().build(), "2026Q1", "2"))).containsExactly("yes-no");
            assertThat(exact(aQuarterlyYesNo().build(), "2026Q1", "1")).isEmpty();
        }

        @Test
        void takesOnlyNarrativeTargetsForText() {
            IndicatorView text = aQuarterlyNarrative().build();

            assertThat(ValueRules.checkTarget(text, p("2026Q1"), TargetType.NARRATIVE, null, null, "Bill filed")).isEmpty();
            assertThat(rules(ValueRules.checkTarget(text, p("2026Q1"), TargetType.EXACT, n("1"), null, null)))
                    .containsExactly("narrative-target");
        }

        @Test
        void refusesANarrativeTargetWithoutWords() {
            assertThat(rules(ValueRules.checkTarget(aQuarterlyNarrative().build(), p("2026Q1"), TargetType.NARRATIVE, null,
                    null, "  "))).containsExactly("narrative-required");
        }

        @Test
        void reportsAPeriodErrorTogetherWithAValueError() {
            assertThat(rules(exact(aQuarterlyPercentage().build(), "2026-01", "150")))
                    .containsExactlyInAnyOrder("period-finer-than-frequency", "above-maximum");
        }
    }
}
