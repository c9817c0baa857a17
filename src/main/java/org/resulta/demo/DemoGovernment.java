package org.resulta.demo;

import org.resulta.identity.DemoAccounts;
import org.resulta.identity.Role;
import org.resulta.measurement.CategoryKind;
import org.resulta.measurement.CategoryRequest;
import org.resulta.measurement.DisaggregationRequest;
import org.resulta.measurement.Disaggregations;
import org.resulta.measurement.DataSetRequest;
import org.resulta.measurement.FormulaIndicators;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.InvalidEntriesException;
import org.resulta.measurement.ReportingCycle;
import org.resulta.measurement.RuleImportance;
import org.resulta.measurement.RuleOperator;
import org.resulta.measurement.ValidationRuleRequest;
import org.resulta.measurement.ValidationRules;
import org.resulta.measurement.PerformanceData;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitRequest;
import org.resulta.organisation.OrgUnitType;
import org.resulta.organisation.OrganisationStructure;
import org.resulta.organisation.UnitGroupRequest;
import org.resulta.organisation.UnitGroups;
import org.resulta.results.ProgramRequest;
import org.resulta.results.ResultNodeRequest;
import org.resulta.results.ResultsFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the demo government on a start with {@code resulta.demo=true} (the default) into a database that has
 * no org units yet; on any later start it does nothing. Everything goes through the public facades, signed in
 * as the demo's administrator, so every rule and permission is checked as for a user; the whole load is one
 * transaction, so a refused step leaves the database empty for the next start to try again. It runs once every
 * bean exists and before the web server opens, so nobody can reach a half-loaded government.
 */
@Component
@ConditionalOnProperty(name = "resulta.demo", havingValue = "true", matchIfMissing = true)
class DemoGovernment implements SmartInitializingSingleton {

    static final String NATIONAL_UNIT = "GOV";
    /** The disaggregation by sex (options F and M) that some indicators are reported by. */
    static final String BY_SEX = "sex";
    /** By disability (options WITH and WITHOUT), for equity gaps. */
    static final String BY_DISABILITY = "disability";
    /** By household income quintile (Q1 poorest to Q5 richest), for equity gaps. */
    static final String BY_INCOME = "income";
    /** The Health department's monthly reporting form. */
    static final String HEALTH_MONTHLY = "DOH-MONTHLY";
    static final String ADMINISTRATOR = "admin";
    /** Every demo account; all sign in with {@link DemoAccounts#PASSWORD}. */
    static final List<String> ACCOUNTS = List.of(ADMINISTRATOR, "officer", "viewer", "head", "encoder");

    private static final Logger log = LoggerFactory.getLogger(DemoGovernment.class);

    private final OrgUnitLookup existingUnits;
    private final DemoAccounts accounts;
    private final UserDetailsService userDetails;
    private final OrganisationStructure organisation;
    private final UnitGroups unitGroups;
    private final ResultsFramework results;
    private final IndicatorCatalog catalog;
    private final PerformanceData performance;
    private final TransactionTemplate transaction;
    private final Disaggregations disaggregations;
    private final ReportingCycle reporting;
    private final ValidationRules validation;
    private final FormulaIndicators formulas;

    DemoGovernment(OrgUnitLookup existingUnits, DemoAccounts accounts, UserDetailsService userDetails,
                   OrganisationStructure organisation, UnitGroups unitGroups, ResultsFramework results, IndicatorCatalog catalog,
                   PerformanceData performance, PlatformTransactionManager transactions,
                   Disaggregations disaggregations, ReportingCycle reporting, ValidationRules validation,
                   FormulaIndicators formulas) {
        this.validation = validation;
        this.formulas = formulas;
        this.disaggregations = disaggregations;
        this.reporting = reporting;
        this.existingUnits = existingUnits;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.organisation = organisation;
        this.unitGroups = unitGroups;
        this.results = results;
        this.catalog = catalog;
        this.performance = performance;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    void load() {
        if (!existingUnits.all().isEmpty()) {
            log.info("Demo government not loaded: the database already has org units");
            return;
        }
        long started = System.nanoTime();
        log.info("Loading the demo government through the facades ...");
        transaction.executeWithoutResult(status -> {
            accounts.createFirstAdministrator(ADMINISTRATOR, "Government Administrator (demo)");
            signedInAs(ADMINISTRATOR, () -> load(LocalDate.now()));
        });
        log.info("Demo government loaded in {} ms; sign in as {} with the password '{}'", millisSince(started),
                String.join(", ", ACCOUNTS), DemoAccounts.PASSWORD);
    }

    private void signedInAs(String username, Runnable work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void load(LocalDate today) {
        PerformanceHistory history = new PerformanceHistory(today);
        int firstYear = history.firstYear();
        int lastYear = firstYear + 4;
        List<DemoDepartment> departments = List.of(
                HealthDepartment.content(firstYear, lastYear),
                EducationDepartment.content(firstYear, lastYear),
                PublicWorksDepartment.content(firstYear, lastYear),
                SocialWelfareDepartment.content(firstYear, lastYear));

        long step = System.nanoTime();
        int units = createUnits(departments);
        int groups = createGroups(departments);
        log.info("Demo: {} org units in {} unit groups ({} ms)", units, groups, millisSince(step));

        step = System.nanoTime();
        enrolAccounts();
        log.info("Demo: {} sign-in accounts ({} ms)", ACCOUNTS.size(), millisSince(step));

        step = System.nanoTime();
        defineDisaggregations();
        log.info("Demo: categories and disaggregations ({} ms)", millisSince(step));

        step = System.nanoTime();
        int nodes = 0;
        int indicators = 0;
        for (DemoDepartment department : departments) {
            nodes += buildPlan(department);
            indicators += department.indicators().size();
        }
        log.info("Demo: {} approved plans with {} results and {} indicators ({} ms)", departments.size(), nodes,
                indicators, millisSince(step));

        step = System.nanoTime();
        int targets = 0;
        int offices = 0;
        for (DemoDepartment department : departments) {
            for (PerformanceHistory.OfficeTargets office : history.targets(department)) {
                targets += performance.setTargets(office.unitCode(), office.lines());
                offices++;
            }
        }
        log.info("Demo: {} targets for {} units ({} ms)", targets, offices, millisSince(step));

        step = System.nanoTime();
        int actuals = 0;
        int reports = 0;
        for (DemoDepartment department : departments) {
            for (PerformanceHistory.OfficeReport report : history.reports(department)) {
                performance.recordActuals(report.unitCode(), report.period(), report.lines());
                actuals += report.lines().size();
                reports++;
            }
        }
        log.info("Demo: {} actuals in {} reports, January {} to {} ({} ms)", actuals, reports, firstYear,
                history.lastMonth().label(), millisSince(step));

        step = System.nanoTime();
        int formulas = formulaIndicators(departments);
        log.info("Demo: {} formula indicators ({} ms)", formulas, millisSince(step));

        step = System.nanoTime();
        validationRules();
        int approved = reportingCycle(history);
        log.info("Demo: two Health reporting forms and {} approval steps ({} ms)", approved, millisSince(step));
    }

    private int createUnits(List<DemoDepartment> departments) {
        int count = 1;
        organisation.create(new OrgUnitRequest(NATIONAL_UNIT, "National Government of the Republic of Kalinaw",
                OrgUnitType.GOVERNMENT, null, null, null));
        for (DemoDepartment department : departments) {
            organisation.create(new OrgUnitRequest(department.code(), department.name(), OrgUnitType.DEPARTMENT,
                    NATIONAL_UNIT, null, null));
            count++;
            for (Region region : Region.values()) {
                String office = department.regionalOfficeCode(region);
                organisation.create(new OrgUnitRequest(office, department.regionalOfficeName(region),
                        OrgUnitType.REGIONAL_OFFICE, department.code(), null, null));
                count++;
                for (DemoDepartment.Office division : List.of(department.firstDivision(), department.secondDivision())) {
                    organisation.create(new OrgUnitRequest(department.divisionCode(region, division),
                            division.name().apply(region), OrgUnitType.DIVISION, office, null, null));
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Unit groups that cut across the departments, as a planning office draws them: the island region's offices and
     * divisions, the highland offices that serve conflict-affected areas, the offices of the urban plains.
     */
    private int createGroups(List<DemoDepartment> departments) {
        List<String> islands = new ArrayList<>();
        List<String> highlands = new ArrayList<>();
        List<String> plains = new ArrayList<>();
        for (DemoDepartment department : departments) {
            islands.add(department.regionalOfficeCode(Region.R3));
            for (DemoDepartment.Office division : List.of(department.firstDivision(), department.secondDivision())) {
                islands.add(department.divisionCode(Region.R3, division));
            }
            highlands.add(department.regionalOfficeCode(Region.R1));
            plains.add(department.regionalOfficeCode(Region.R2));
        }
        unitGroups.create(new UnitGroupRequest("ISLANDS", "Island regions",
                "Offices and divisions serving " + Region.R3.label() + ", reached by sea; costs run higher", islands));
        unitGroups.create(new UnitGroupRequest("CONFLICT-AFFECTED", "Regions hosting conflict-affected areas",
                "Regional offices of " + Region.R1.label() + ", where displaced families are served", highlands));
        unitGroups.create(new UnitGroupRequest("URBAN", "Urban regions",
                "Regional offices of " + Region.R2.label() + ", home of the capital and the largest towns", plains));
        return 3;
    }

    /**
     * Two Health reporting forms, defined once the history is in (entry of old months would be closed otherwise).
     * The regional offices' monthly hospital report, approved by the department: months older than the last two
     * are approved and locked, the one before the latest is at a different stage in each region, the latest is
     * open. The divisions' monthly field health services report, approved by their regional office, all open.
     */
    private int reportingCycle(PerformanceHistory history) {
        List<String> regions = List.of("DOH-R1", "DOH-R2", "DOH-R3");
        reporting.define(new DataSetRequest(HEALTH_MONTHLY, "Hospital services monthly report", PeriodType.MONTHLY, 10, 90,
                1, "DOH", List.of(new DataSetRequest.Member("DOH-07", false), new DataSetRequest.Member("DOH-08", true)),
                regions));
        reporting.define(new DataSetRequest("DOH-FHSIS", "Field health services monthly report", PeriodType.MONTHLY, 15,
                null, 1, "DOH", List.of(new DataSetRequest.Member("DOH-01", false), new DataSetRequest.Member("DOH-04", false)),
                List.of("DOH-R1-LHSD", "DOH-R2-LHSD", "DOH-R3-LHSD")));
        Period latest = history.lastMonth();
        int steps = 0;
        for (Period month = Period.month(history.firstYear(), 1); month.compareTo(latest.previous()) < 0; month = month.next()) {
            for (String region : regions) {
                steps += advance(region, month.code(), 4);
            }
        }
        String previous = latest.previous().code();
        steps += advance("DOH-R1", previous, 1);
        steps += advance("DOH-R2", previous, 2);
        steps += advance("DOH-R3", previous, 3);
        return steps;
    }

    /** Indicators computed from others ({@link DemoFormulas}), with their targets. */
    private int formulaIndicators(List<DemoDepartment> departments) {
        for (DemoFormulas.Definition definition : DemoFormulas.all()) {
            DemoDepartment department = departments.stream().filter(d -> d.code().equals(definition.department()))
                    .findFirst().orElseThrow();
            catalog.define(definition.indicator());
            formulas.defineFormula(definition.indicator().code(), definition.formula());
            for (Region region : Region.values()) {
                performance.setTargets(department.regionalOfficeCode(region),
                        definition.quarterlyTargets(department.firstYear(), department.lastYear()));
            }
        }
        return DemoFormulas.all().size();
    }

    /** Two Health rules: one that blocks submission, one that only warns. */
    private void validationRules() {
        validation.define(new ValidationRuleRequest("DOH-01-BIRTHS", "Facility births cannot exceed all births",
                "A facility-based delivery rate above 100% means a register was miscounted.", "#{DOH-01.numerator}",
                RuleOperator.LESS_THAN_OR_EQUAL_TO, "#{DOH-01.denominator}", RuleImportance.BLOCKING, PeriodType.MONTHLY,
                "DOH"));
        validation.define(new ValidationRuleRequest("DOH-08-JUMP", "Waiting time does not triple in a month",
                "A tripling usually means minutes were entered as seconds, or a typing error.", "#{DOH-08}",
                RuleOperator.LESS_THAN_OR_EQUAL_TO, "3 * #{DOH-08}.periodOffset(-1)", RuleImportance.WARNING,
                PeriodType.MONTHLY, "DOH"));
    }

    /** Takes a report through submit, verify, approve and lock, as far as {@code stages} says. */
    private int advance(String unit, String period, int stages) {
        try {
            reporting.submit(HEALTH_MONTHLY, unit, period);
            if (stages > 1) {
                reporting.verify(HEALTH_MONTHLY, unit, period);
            }
            if (stages > 2) {
                reporting.approve(HEALTH_MONTHLY, unit, period);
            }
            if (stages > 3) {
                reporting.lock(HEALTH_MONTHLY, unit, period);
            }
            return stages;
        } catch (InvalidEntriesException unexplained) {
            log.info("Demo: {} {} left open: {}", unit, period, unexplained.getMessage());
            return 0;
        }
    }

    /** Sex, age group, disability and income (DOMAIN.md 14); indicators may be reported by sex, disability or income. */
    private void defineDisaggregations() {
        disaggregations.defineCategory(new CategoryRequest("SEX", "Sex", CategoryKind.SEX, List.of(
                new CategoryRequest.Option("F", "Female"), new CategoryRequest.Option("M", "Male"))));
        disaggregations.defineCategory(new CategoryRequest("AGE", "Age group", CategoryKind.AGE_GROUP, List.of(
                new CategoryRequest.Option("0-14", "0 to 14 years"), new CategoryRequest.Option("15-24", "15 to 24 years"),
                new CategoryRequest.Option("25-64", "25 to 64 years"), new CategoryRequest.Option("65-PLUS", "65 years and over"))));
        disaggregations.defineCategory(new CategoryRequest("DISABILITY", "Disability", CategoryKind.DISABILITY, List.of(
                new CategoryRequest.Option("WITH", "With a disability"), new CategoryRequest.Option("WITHOUT", "Without a disability"))));
        disaggregations.defineDisaggregation(new DisaggregationRequest(BY_SEX, "Sex", List.of("SEX")));
        disaggregations.defineDisaggregation(new DisaggregationRequest("sex-age", "Sex and age group", List.of("SEX", "AGE")));
        disaggregations.defineCategory(new CategoryRequest("INCOME", "Household income quintile", CategoryKind.INCOME_GROUP, List.of(
                new CategoryRequest.Option("Q1", "Poorest fifth"), new CategoryRequest.Option("Q2", "Second fifth"),
                new CategoryRequest.Option("Q3", "Middle fifth"), new CategoryRequest.Option("Q4", "Fourth fifth"),
                new CategoryRequest.Option("Q5", "Richest fifth"))));
        disaggregations.defineDisaggregation(new DisaggregationRequest(BY_DISABILITY, "Disability", List.of("DISABILITY")));
        disaggregations.defineDisaggregation(new DisaggregationRequest(BY_INCOME, "Household income quintile", List.of("INCOME")));
    }

    private void enrolAccounts() {
        accounts.create("officer", "Maria Santos (Performance Officer, DOH)", EnumSet.of(Role.PERFORMANCE_OFFICER), "DOH");
        accounts.create("viewer", "Jose Reyes (Auditor, DOH)", EnumSet.of(Role.VIEWER), "DOH");
        accounts.create("head", "Ana Villanueva (Regional Director, DOH Region I)", EnumSet.of(Role.UNIT_HEAD), "DOH-R1");
        accounts.create("encoder", "Ramon Dela Cruz (Data Encoder, DOH Region I)", EnumSet.of(Role.DATA_ENCODER), "DOH-R1");
    }

    /** Creates the department's plan, its chain, indicators and surroundings, then approves it. */
    private int buildPlan(DemoDepartment department) {
        String plan = results.createPlan(department.planRequest()).code();
        for (ProgramRequest program : department.programs()) {
            results.addProgram(plan, program);
        }
        for (ResultNodeRequest node : department.results()) {
            results.addNode(plan, node);
        }
        for (DemoDepartment.LinkWeight weight : department.linkWeights()) {
            results.link(weight.fromCode(), weight.toCode(), weight.weight());
        }
        for (DemoDepartment.Surrounding surrounding : department.surroundings()) {
            results.addAssumption(surrounding.resultCode(), surrounding.request());
        }
        for (DemoIndicator indicator : department.indicators()) {
            catalog.define(indicator.request(String.valueOf(department.firstYear() - 1)));
        }
        results.approvePlan(plan);
        return department.results().size();
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
