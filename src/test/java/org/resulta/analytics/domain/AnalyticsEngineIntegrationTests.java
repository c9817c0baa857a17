package org.resulta.analytics.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.ScorecardView;
import org.resulta.analytics.Scorecards;
import org.resulta.analytics.SubUnitRow;
import org.resulta.measurement.ActualRequest;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorQuery;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.TargetRequest;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.PageRequest;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.resulta.shared.PeriodType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The in-memory engine on the demo government: it answers exactly as the SQL path does, sees saved values without
 * any refresh, and says through readiness when it is loading.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:engine-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "resulta.demo=true"})
@WithUserDetails("admin")
class AnalyticsEngineIntegrationTests {

    @Autowired
    ScorecardService service;
    @Autowired
    Scorecards scorecards;
    @Autowired
    AnalyticsEngine engine;
    @Autowired
    OrgUnitLookup units;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PerformanceData performance;
    @Autowired
    PeriodCalendar calendar;
    @Autowired
    ApplicationAvailability availability;

    @BeforeEach
    void engineIsLoaded() {
        assertThat(engine.store()).as("the engine loaded at start-up").isPresent();
    }

    @Test
    void answersEveryScorecardOfTheDemoGovernmentAsTheSqlPathDoes() {
        List<OrgUnitView> all = units.all();
        int compared = 0;
        for (OrgUnitView unit : all) {
            for (Period period : demoPeriods()) {
                ScorecardView fromEngine = service.scorecard(unit.code(), period.code(), ScorecardService.Source.ENGINE);
                ScorecardView fromSql = service.scorecard(unit.code(), period.code(), ScorecardService.Source.DATABASE);
                for (int i = 0; i < fromSql.lines().size(); i++) {
                    assertThat(fromEngine.lines().get(i)).as("scorecard of %s for %s, line %s", unit.code(), period, i)
                            .isEqualTo(fromSql.lines().get(i));
                }
                assertThat(fromEngine).as("scorecard of %s for %s", unit.code(), period).isEqualTo(fromSql);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(40 * 10);
    }

    @Test
    void answersEverySeriesAndSubUnitTableAsTheSqlPathDoes() {
        List<IndicatorView> indicators = catalog.indicators(IndicatorQuery.all(), new PageRequest(0, 500)).items();
        Period lastYear = calendar.containing(LocalDate.now().minusYears(1), PeriodType.YEARLY);
        for (IndicatorView indicator : indicators) {
            for (OrgUnitView unit : units.all()) {
                if (unit.level() > 2 && !unit.code().startsWith(indicator.code().substring(0, 3))) {
                    continue;
                }
                assertThat(service.series(indicator.code(), unit.code(), null, null, ScorecardService.Source.ENGINE))
                        .as("series of %s for %s", indicator.code(), unit.code())
                        .isEqualTo(service.series(indicator.code(), unit.code(), null, null, ScorecardService.Source.DATABASE));
                assertThat(service.bySubUnit(indicator.code(), unit.code(), lastYear.code(), ScorecardService.Source.ENGINE))
                        .as("%s by sub-unit of %s", indicator.code(), unit.code())
                        .isEqualTo(service.bySubUnit(indicator.code(), unit.code(), lastYear.code(), ScorecardService.Source.DATABASE));
            }
        }
    }

    /** Every month, quarter, semester, year and financial year of the demo's history (two years back to now). */
    private List<Period> demoPeriods() {
        LocalDate today = LocalDate.now();
        List<Period> periods = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            periods.add(Period.year(year));
            periods.add(calendar.parse("FY" + year));
            periods.addAll(List.of(Period.semester(year, 1), Period.semester(year, 2)));
            for (int q = 1; q <= 4; q++) {
                periods.add(Period.quarter(year, q));
            }
        }
        periods.add(calendar.containing(today, PeriodType.MONTHLY).previous());
        periods.add(calendar.containing(today, PeriodType.MONTHLY));
        return periods;
    }

    @Test
    void showsASavedActualAndTargetInTheScorecardsWithoutARefresh() {
        String month = calendar.containing(LocalDate.now(), PeriodType.MONTHLY).previous().code();
        long before = engine.store().orElseThrow().version();

        performance.recordActual("DOH-01", new ActualRequest("DOH-R1-LHSD", month, null, new BigDecimal("123"),
                new BigDecimal("200"), null, "entered by the engine test"));
        performance.setTarget("DOH-01", new TargetRequest("DOH-R1-LHSD", month, TargetType.AT_LEAST, new BigDecimal("61.5"),
                null, null));

        await().atMost(Duration.ofSeconds(1)).pollInSameThread().untilAsserted(() -> {
            assertThat(engine.store().orElseThrow().version()).isGreaterThan(before);
            ScoreLine line = division(scorecards.bySubUnit("DOH-01", "DOH-R1-LHSD", month));
            assertThat(line.numerator()).isEqualTo(123.0);
            assertThat(line.denominator()).isEqualTo(200.0);
            assertThat(line.actual()).isEqualTo(61.5);
            assertThat(line.target()).isEqualTo(61.5);
            assertThat(line.achievement()).isEqualTo(100.0);
        });
    }

    private static ScoreLine division(List<SubUnitRow> rows) {
        return rows.stream().filter(SubUnitRow::total).findFirst().orElseThrow().line();
    }

    @Test
    void refusesTrafficWhileItLoadsAndAcceptsItWhenLoaded(@Autowired ConfigurableApplicationContext context) {
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        List<Object> states = new CopyOnWriteArrayList<>();
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
            if (e instanceof AvailabilityChangeEvent<?> change) {
                states.add(change.getState());
            }
        });

        engine.load();

        assertThat(states).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(engine.statistics().actuals()).isGreaterThan(1000);
        assertThat(engine.statistics().bytesPerValue()).isBetween(1.0, 40.0);
    }
}
