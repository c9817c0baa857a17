package org.resulta.exchange.iati;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.PeriodType;
import org.resulta.shared.ResultLevel;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IatiMappingTests {

    @ParameterizedTest(name = "result type {0} is {1}")
    @CsvSource({"1, OUTPUT, false", "Output, OUTPUT, false", "2, OUTCOME, false", "outcome, OUTCOME, false",
            "3, IMPACT, false", "Impact, IMPACT, false", "9, OUTPUT, true", "other, OUTPUT, true"})
    void mapsResultTypesToLevels(String type, ResultLevel level, boolean defaulted) {
        assertThat(IatiMapping.level(type)).isEqualTo(new IatiMapping.LevelChoice(level, defaulted));
    }

    @ParameterizedTest(name = "ascending={0} is {1}")
    @CsvSource(value = {"true, INCREASE", "1, INCREASE", "false, DECREASE", "0, DECREASE", "FALSE, DECREASE", "NULL, INCREASE"},
            nullValues = "NULL")
    void mapsAscendingToDirection(String ascending, Direction direction) {
        assertThat(IatiMapping.direction(ascending)).isEqualTo(direction);
    }

    @Test
    void makesResultaCodesFromIdentifiers() {
        assertThat(IatiMapping.planCode("GB-COH-11126312-Cluster1")).isEqualTo("GB-COH-11126312-Cluster1");
        assertThat(IatiMapping.planCode("44000-P175662")).isEqualTo("44000-P175662");
        assertThat(IatiMapping.planCode(" XM/DAC 41122:abc ")).isEqualTo("XM-DAC-41122-abc");
        String longCode = IatiMapping.planCode("GB-GOV-1-300815-101-THIS-IS-A-VERY-LONG-COMPONENT-IDENTIFIER");
        assertThat(longCode).hasSizeLessThanOrEqualTo(IatiMapping.PLAN_CODE_MAX).matches("[A-Za-z0-9][A-Za-z0-9._-]*")
                .isEqualTo(IatiMapping.planCode("GB-GOV-1-300815-101-THIS-IS-A-VERY-LONG-COMPONENT-IDENTIFIER"))
                .isNotEqualTo(IatiMapping.planCode("GB-GOV-1-300815-101-THIS-IS-A-VERY-LONG-COMPONENT-IDENTIFIER-2"));
        assertThat(IatiMapping.indicatorCode(IatiMapping.resultCode(longCode, 99), 99)).hasSizeLessThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "{0}..{1} is {2}")
    @CsvSource({"2021-04-01, 2021-04-30, MONTHLY", "2024-01-01, 2024-03-31, QUARTERLY", "2019-10-01, 2020-03-31, SEMESTRAL",
            "2020-04-01, 2021-03-31, YEARLY", "2020-06-30, 2026-06-30, YEARLY"})
    void classifiesPeriodLengths(LocalDate start, LocalDate end, PeriodType type) {
        assertThat(IatiMapping.lengthClass(start, end)).isEqualTo(type);
    }

    @Test
    void choosesTheFrequencyMostPeriodsHave() {
        List<IatiMapping.DatedPeriod> fiscalYears = List.of(dated("2019-10-01", "2020-03-31"), dated("2020-04-01", "2021-03-31"),
                dated("2021-03-31", "2022-04-01"));
        List<IatiMapping.DatedPeriod> tie = List.of(dated("2024-01-01", "2024-03-31"), dated("2024-01-01", "2024-12-31"));

        assertThat(IatiMapping.frequency(fiscalYears)).isEqualTo(PeriodType.YEARLY);
        assertThat(IatiMapping.frequency(tie)).isEqualTo(PeriodType.YEARLY);
        assertThat(IatiMapping.frequency(List.of())).isEqualTo(PeriodType.YEARLY);
        assertThat(IatiMapping.resultaPeriod(LocalDate.parse("2022-04-01"), PeriodType.YEARLY).code()).isEqualTo("2022");
        assertThat(IatiMapping.resultaPeriod(LocalDate.parse("2024-05-31"), PeriodType.QUARTERLY).code()).isEqualTo("2024Q2");
    }

    private static IatiMapping.DatedPeriod dated(String start, String end) {
        return IatiMapping.dated(new IatiActivity.Period(1, start, end, List.of(), List.of()));
    }
}
