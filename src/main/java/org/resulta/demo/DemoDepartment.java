package org.resulta.demo;

import org.resulta.results.AssumptionKind;
import org.resulta.results.AssumptionRequest;
import org.resulta.results.OutcomeStage;
import org.resulta.results.PlanRequest;
import org.resulta.results.ProgramRequest;
import org.resulta.results.ResultNodeRequest;
import org.resulta.shared.ResultLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * One department of the demo government: its offices, its plan with the whole results chain, its indicators,
 * and how its regional offices stand by the latest quarter. The department classes fill it in, top of the chain
 * first, so that every contribution points to a result that already exists.
 */
final class DemoDepartment {

    /** A kind of division found under every regional office: code suffix and name per region. */
    record Office(String suffix, Function<Region, String> name) {
    }

    /** A risk, assumption or external factor of one result. */
    /** A link of the chain that weighs other than 1 in the higher result's score. */
    record LinkWeight(String fromCode, String toCode, BigDecimal weight) {
    }

    record Surrounding(String resultCode, AssumptionRequest request) {
    }

    private final String code;
    private final String name;
    private final String frameworkCode;
    private final int firstYear;
    private final int lastYear;
    private String planCode;
    private String planName;
    private String planDescription;
    private Function<Region, String> regionalOfficeName;
    private Office firstDivision;
    private Office secondDivision;
    private List<Standing> standings = List.of(Standing.STEADY, Standing.STEADY, Standing.STEADY);
    private String lateQuarterlyReporter;
    private final List<ProgramRequest> programs = new ArrayList<>();
    private final List<ResultNodeRequest> results = new ArrayList<>();
    private final List<Surrounding> surroundings = new ArrayList<>();
    private final List<LinkWeight> linkWeights = new ArrayList<>();
    private final List<DemoIndicator> indicators = new ArrayList<>();
    private final List<String> narratives = new ArrayList<>();
    private final List<String> shortfallReasons = new ArrayList<>();

    DemoDepartment(String code, String name, String frameworkCode, int firstYear, int lastYear) {
        this.code = code;
        this.name = name;
        this.frameworkCode = frameworkCode;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    // ---- offices

    DemoDepartment regionalOffices(Function<Region, String> name) {
        this.regionalOfficeName = name;
        return this;
    }

    DemoDepartment divisions(Office first, Office second) {
        this.firstDivision = first;
        this.secondDivision = second;
        return this;
    }

    /** How regions I, II and III stand by the latest quarter. */
    DemoDepartment standings(Standing region1, Standing region2, Standing region3) {
        this.standings = List.of(region1, region2, region3);
        return this;
    }

    /** An office that has not yet sent its quarterly reports for the latest quarter. */
    DemoDepartment lateQuarterlyReporter(String unitCode) {
        this.lateQuarterlyReporter = unitCode;
        return this;
    }

    // ---- plan and results chain

    DemoDepartment plan(String codePrefix, String name, String description) {
        this.planCode = codePrefix + "-" + firstYear + "-" + lastYear;
        this.planName = name + " " + firstYear + "–" + lastYear;
        this.planDescription = description;
        return this;
    }

    DemoDepartment program(String code, String name, String description) {
        programs.add(new ProgramRequest(code, name, description, this.code));
        return this;
    }

    DemoDepartment impact(String code, String statement, String description) {
        return result(code, ResultLevel.IMPACT, null, statement, description, null);
    }

    DemoDepartment finalOutcome(String code, String statement, String description, String... contributesTo) {
        return result(code, ResultLevel.OUTCOME, OutcomeStage.FINAL, statement, description, null, contributesTo);
    }

    DemoDepartment intermediateOutcome(String code, String statement, String description, String... contributesTo) {
        return result(code, ResultLevel.OUTCOME, OutcomeStage.INTERMEDIATE, statement, description, null, contributesTo);
    }

    DemoDepartment output(String code, String programCode, String statement, String description,
                          String... contributesTo) {
        return result(code, ResultLevel.OUTPUT, null, statement, description, programCode, contributesTo);
    }

    DemoDepartment activity(String code, String programCode, String statement, String... contributesTo) {
        return result(code, ResultLevel.ACTIVITY, null, statement, null, programCode, contributesTo);
    }

    DemoDepartment input(String code, String statement, String... contributesTo) {
        return result(code, ResultLevel.INPUT, null, statement, null, null, contributesTo);
    }

    /** {@code fromCode} weighs {@code weight} in the score of {@code toCode}, which it contributes to. */
    DemoDepartment weighs(String fromCode, String toCode, double weight) {
        linkWeights.add(new LinkWeight(fromCode, toCode, BigDecimal.valueOf(weight)));
        return this;
    }

    private DemoDepartment result(String code, ResultLevel level, OutcomeStage stage, String statement,
                                  String description, String programCode, String... contributesTo) {
        results.add(new ResultNodeRequest(code, level, stage, statement, description, this.code, programCode,
                Arrays.asList(contributesTo)));
        return this;
    }

    DemoDepartment assumption(String resultCode, String statement) {
        return surrounding(resultCode, AssumptionKind.ASSUMPTION, statement);
    }

    DemoDepartment externalFactor(String resultCode, String statement) {
        return surrounding(resultCode, AssumptionKind.EXTERNAL_FACTOR, statement);
    }

    DemoDepartment risk(String resultCode, String statement) {
        return surrounding(resultCode, AssumptionKind.RISK, statement);
    }

    private DemoDepartment surrounding(String resultCode, AssumptionKind kind, String statement) {
        surroundings.add(new Surrounding(resultCode, new AssumptionRequest(kind, statement)));
        return this;
    }

    // ---- indicators and what the offices write

    DemoDepartment indicator(DemoIndicator indicator) {
        indicators.add(indicator);
        return this;
    }

    /** Sentences for qualitative reports; {@code %1$s} is the region, {@code %2$d} and {@code %3$d} numbers. */
    DemoDepartment narratives(String... sentences) {
        narratives.addAll(List.of(sentences));
        return this;
    }

    /** Reasons an office gives in the comment of an actual well below target. */
    DemoDepartment shortfallReasons(String... reasons) {
        shortfallReasons.addAll(List.of(reasons));
        return this;
    }

    // ---- reading

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    String planCode() {
        return planCode;
    }

    PlanRequest planRequest() {
        return new PlanRequest(planCode, planName, planDescription, code, frameworkCode, firstYear, lastYear);
    }

    List<ProgramRequest> programs() {
        return List.copyOf(programs);
    }

    List<ResultNodeRequest> results() {
        return List.copyOf(results);
    }

    List<LinkWeight> linkWeights() {
        return linkWeights;
    }

    List<Surrounding> surroundings() {
        return List.copyOf(surroundings);
    }

    List<DemoIndicator> indicators() {
        return List.copyOf(indicators);
    }

    String regionalOfficeCode(Region region) {
        return code + "-" + region.name();
    }

    String regionalOfficeName(Region region) {
        return regionalOfficeName.apply(region);
    }

    Office firstDivision() {
        return firstDivision;
    }

    Office secondDivision() {
        return secondDivision;
    }

    String divisionCode(Region region, Office office) {
        return regionalOfficeCode(region) + "-" + office.suffix();
    }

    Standing standing(Region region) {
        return standings.get(region.ordinal());
    }

    boolean isLateWithQuarterlyReports(String unitCode) {
        return unitCode.equals(lateQuarterlyReporter);
    }

    String narrative(Random random, Region region) {
        String sentence = narratives.get(random.nextInt(narratives.size()));
        return String.format(sentence, region.label(), 5 + random.nextInt(40), 2 + random.nextInt(9));
    }

    String shortfallReason(Random random) {
        return shortfallReasons.isEmpty() ? null : "Below target: " + shortfallReasons.get(random.nextInt(shortfallReasons.size()));
    }
}
