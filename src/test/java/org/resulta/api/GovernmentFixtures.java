package org.resulta.api;

import org.resulta.identity.NewUserRequest;
import org.resulta.identity.Role;
import org.resulta.identity.UserAccounts;
import org.resulta.measurement.ActualRequest;
import org.resulta.measurement.Dimension;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorRequest;
import org.resulta.measurement.Measure;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.TargetRequest;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.organisation.OrgUnitRequest;
import org.resulta.organisation.OrgUnitType;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.results.OutcomeStage;
import org.resulta.results.PlanRequest;
import org.resulta.results.ResultNodeRequest;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.ResultLevel;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A small government for API tests, built through the facades as the administrator:
 * <pre>
 * GOV
 * ├── HEALTH        plan HEALTH-PLAN: indicators DELIVERIES (quarterly ratio per 100) and VACCINATED (monthly count)
 * │   ├── HEALTH-N  actuals; users health-encoder (data encoder) and health-head (unit head)
 * │   └── HEALTH-S  actuals
 * └── SCHOOLS       plan SCHOOLS-PLAN: indicator ENROLLED (quarterly count)
 *     └── SCHOOLS-N actuals
 * </pre>
 * health-viewer is a viewer of HEALTH; health-officer and schools-officer performance officers of their departments. All passwords are
 * {@link #PASSWORD}; the administrator's is {@link #ADMIN_PASSWORD}.
 */
public final class GovernmentFixtures {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-administrator-password";
    public static final String PASSWORD = "fixture-password";
    public static final String PAST_QUARTER = "2025Q3";

    private final OrganisationStructure organisation;
    private final ResultsFramework results;
    private final IndicatorCatalog catalog;
    private final PerformanceData data;
    private final UserAccounts users;
    private final UserDetailsService accounts;

    public GovernmentFixtures(OrganisationStructure organisation, ResultsFramework results, IndicatorCatalog catalog,
                       PerformanceData data, UserAccounts users, UserDetailsService accounts) {
        this.organisation = organisation;
        this.results = results;
        this.catalog = catalog;
        this.data = data;
        this.users = users;
        this.accounts = accounts;
    }

    public void buildSmallGovernment() {
        asAdministrator(() -> {
            unit("GOV", "Government of Fixtureland", OrgUnitType.GOVERNMENT, null);
            unit("HEALTH", "Department of Health", OrgUnitType.DEPARTMENT, "GOV");
            unit("HEALTH-N", "Health North", OrgUnitType.REGIONAL_OFFICE, "HEALTH");
            unit("HEALTH-S", "Health South", OrgUnitType.REGIONAL_OFFICE, "HEALTH");
            unit("SCHOOLS", "Department of Schools", OrgUnitType.DEPARTMENT, "GOV");
            unit("SCHOOLS-N", "Schools North", OrgUnitType.REGIONAL_OFFICE, "SCHOOLS");

            results.createPlan(new PlanRequest("HEALTH-PLAN", "Health strategic plan", null, "HEALTH", "rbm", 2024, 2028));
            node("HEALTH-PLAN", "H-IMP", ResultLevel.IMPACT, null, "Longer, healthier lives", List.of());
            node("HEALTH-PLAN", "H-OC", ResultLevel.OUTCOME, OutcomeStage.FINAL, "Safer births", List.of("H-IMP"));
            node("HEALTH-PLAN", "H-OUT", ResultLevel.OUTPUT, null, "Deliveries attended in facilities", List.of("H-OC"));
            node("HEALTH-PLAN", "H-ACT", ResultLevel.ACTIVITY, null, "Equip birthing clinics", List.of("H-OUT"));
            node("HEALTH-PLAN", "H-IN", ResultLevel.INPUT, null, "Clinic budget", List.of("H-ACT"));
            catalog.define(ratioPerHundred("DELIVERIES", "H-OC", "Facility-based deliveries"));
            catalog.define(monthlyCount("VACCINATED", "H-OUT", "Children fully vaccinated"));
            catalog.define(quarterlyPercentage("SATISFIED", "H-OUT", "Clients satisfied with the service"));

            results.createPlan(new PlanRequest("SCHOOLS-PLAN", "Schools plan", null, "SCHOOLS", "rbm", 2024, 2028));
            node("SCHOOLS-PLAN", "S-OUT", ResultLevel.OUTPUT, null, "Children enrolled", List.of());
            catalog.define(quarterlyCount("ENROLLED", "S-OUT", "Children enrolled"));

            target("DELIVERIES", "HEALTH-N", PAST_QUARTER, TargetType.AT_LEAST, "85");
            target("DELIVERIES", "HEALTH-S", PAST_QUARTER, TargetType.AT_LEAST, "85");
            ratio("DELIVERIES", "HEALTH-N", PAST_QUARTER, "80", "100");
            ratio("DELIVERIES", "HEALTH-S", PAST_QUARTER, "170", "200");
            target("ENROLLED", "SCHOOLS-N", PAST_QUARTER, TargetType.AT_LEAST, "1000");
            value("ENROLLED", "SCHOOLS-N", PAST_QUARTER, "990");

            user("health-viewer", Role.VIEWER, "HEALTH");
            user("health-encoder", Role.DATA_ENCODER, "HEALTH-N");
            user("health-head", Role.UNIT_HEAD, "HEALTH-N");
            user("schools-officer", Role.PERFORMANCE_OFFICER, "SCHOOLS");
            user("health-officer", Role.PERFORMANCE_OFFICER, "HEALTH");
        });
    }

    public void asAdministrator(Runnable work) {
        var admin = accounts.loadUserByUsername(ADMIN);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void unit(String code, String name, OrgUnitType type, String parent) {
        organisation.create(new OrgUnitRequest(code, name, type, parent, null, null));
    }

    private void node(String plan, String code, ResultLevel level, OutcomeStage stage, String statement, List<String> to) {
        results.addNode(plan, new ResultNodeRequest(code, level, stage, statement, null, null, null, to));
    }

    private void target(String indicator, String unit, String period, TargetType type, String value) {
        data.setTarget(indicator, new TargetRequest(unit, period, type, new BigDecimal(value), null, null));
    }

    private void ratio(String indicator, String unit, String period, String numerator, String denominator) {
        data.recordActual(indicator, new ActualRequest(unit, period, null, new BigDecimal(numerator),
                new BigDecimal(denominator), null, null));
    }

    private void value(String indicator, String unit, String period, String value) {
        data.recordActual(indicator, new ActualRequest(unit, period, new BigDecimal(value), null, null, null, null));
    }

    private void user(String username, Role role, String scope) {
        users.create(new NewUserRequest(username, username, null, PASSWORD, Set.of(role), scope));
    }

    static IndicatorRequest ratioPerHundred(String code, String result, String name) {
        return new IndicatorRequest(code, result, name, "Share of births in a health facility", null, "Facility registers",
                "%", Measure.RATIO, Dimension.QUALITY, Direction.INCREASE, null, null,
                org.resulta.shared.PeriodType.QUARTERLY, 1, BigDecimal.valueOf(100), "Births in a facility",
                "All live births", null, null, null, null, null, null, AchievementMethod.RATIO);
    }

    static IndicatorRequest quarterlyPercentage(String code, String result, String name) {
        return new IndicatorRequest(code, result, name, null, null, "Client survey", "%", Measure.PERCENTAGE,
                Dimension.QUALITY, Direction.INCREASE, null, null, org.resulta.shared.PeriodType.QUARTERLY, 1, null, null,
                null, null, null, null, null, null, null, AchievementMethod.RATIO);
    }

    static IndicatorRequest monthlyCount(String code, String result, String name) {
        return new IndicatorRequest(code, result, name, null, null, null, "children", Measure.NUMBER,
                Dimension.QUANTITY, Direction.INCREASE, null, null, org.resulta.shared.PeriodType.MONTHLY, 0, null, null,
                null, null, null, null, null, null, null, AchievementMethod.RATIO);
    }

    static IndicatorRequest quarterlyCount(String code, String result, String name) {
        return new IndicatorRequest(code, result, name, null, null, null, "children", Measure.NUMBER,
                Dimension.QUANTITY, Direction.INCREASE, null, null, org.resulta.shared.PeriodType.QUARTERLY, 0, null, null,
                null, null, null, null, null, null, null, AchievementMethod.RATIO);
    }
}
