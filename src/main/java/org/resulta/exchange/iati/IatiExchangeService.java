package org.resulta.exchange.iati;

import org.resulta.exchange.iati.IatiImportReport.Kind;
import org.resulta.exchange.iati.IatiImportReport.Line;
import org.resulta.exchange.iati.IatiImportReport.Outcome;
import org.resulta.exchange.iati.IatiImportReport.Tally;
import org.resulta.measurement.ActualView;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorQuery;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.PerformanceData;
import org.resulta.measurement.TargetView;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.results.PlanView;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsChainView;
import org.resulta.results.ResultsFramework;
import org.resulta.results.ResultsLookup;
import org.resulta.shared.ConflictException;
import org.resulta.shared.DomainException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * IATI import and export through the other modules' facades. The file is read twice: once to check that it is
 * well-formed IATI XML without a DTD (a broken file saves nothing), then activity by activity, each activity in
 * its own transaction, all or nothing. A dry run goes through the same steps and rolls every transaction back.
 */
@Service
class IatiExchangeService implements IatiExchange {

    private static final Logger log = LoggerFactory.getLogger(IatiExchangeService.class);

    private final ResultsFramework results;
    private final ResultsLookup resultsLookup;
    private final IndicatorCatalog catalog;
    private final MeasurementLookup measurementLookup;
    private final PerformanceData data;
    private final OrgUnitLookup units;
    private final PeriodCalendar calendar;
    private final TransactionTemplate transactions;
    private final IatiActivityWriter.ReportingOrg reportingOrg;
    private final IatiSchema schema = new IatiSchema();
    private final Clock clock = Clock.systemDefaultZone();

    IatiExchangeService(ResultsFramework results, ResultsLookup resultsLookup, IndicatorCatalog catalog,
                        MeasurementLookup measurementLookup, PerformanceData data, OrgUnitLookup units,
                        PeriodCalendar calendar, PlatformTransactionManager transactionManager,
                        @Value("${resulta.iati.reporting-org-ref:RESULTA-DEMO}") String reportingOrgRef,
                        @Value("${resulta.iati.reporting-org-name:Resulta}") String reportingOrgName,
                        @Value("${resulta.iati.reporting-org-type:10}") String reportingOrgType) {
        this.results = results;
        this.resultsLookup = resultsLookup;
        this.catalog = catalog;
        this.measurementLookup = measurementLookup;
        this.data = data;
        this.units = units;
        this.calendar = calendar;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reportingOrg = new IatiActivityWriter.ReportingOrg(reportingOrgRef.trim(), reportingOrgName.trim(),
                reportingOrgType.trim());
    }

    // ---- import

    @Override
    public IatiImportReport importActivities(InputStreamSource file, String fileName, String ownerUnitCode, boolean dryRun) {
        OrgUnitView owner = units.find(ownerUnitCode)
                .orElseThrow(() -> new NotFoundException("ownerUnitCode", "org unit", ownerUnitCode));
        if (owner.isRetired()) {
            throw new ConflictException("ownerUnitCode", "unit-retired", "Unit " + ownerUnitCode + " is retired and owns no new plans");
        }
        int[] counts = new int[2];
        IatiReader.Header header = read(file, activity -> {
            counts[0]++;
            counts[1] += activity.results().isEmpty() ? 0 : 1;
        });
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(null, null, Kind.FILE, null, Outcome.NOTE, header.description() + ": " + counts[0]
                + " activit" + (counts[0] == 1 ? "y" : "ies") + ", " + counts[1] + " with results"));
        LocalDate today = LocalDate.now(clock);
        read(file, activity -> lines.addAll(importOne(activity, owner.code(), dryRun, today)));
        List<Tally> tallies = tallies(lines);
        return new IatiImportReport(fileName, header.description(), dryRun, owner.code(), counts[0],
                summary(counts[0], counts[1], dryRun, tallies, lines), tallies, List.copyOf(lines));
    }

    private IatiReader.Header read(InputStreamSource file, java.util.function.Consumer<IatiActivity> handler) {
        try (InputStream in = file.getInputStream()) {
            return IatiReader.read(in, handler);
        } catch (IOException e) {
            throw new InvalidValueException("file", "file-unreadable", "The uploaded file could not be read: " + e.getMessage());
        }
    }

    private List<Line> importOne(IatiActivity activity, String ownerUnitCode, boolean dryRun, LocalDate today) {
        if (IatiText.blank(activity.identifier())) {
            return List.of(new Line(activity.line(), null, Kind.ACTIVITY, null, Outcome.SKIPPED,
                    "Activity without an iati-identifier skipped: Resulta needs it to name the plan"));
        }
        if (activity.results().isEmpty()) {
            return List.of(new Line(activity.line(), activity.identifier(), Kind.ACTIVITY, null, Outcome.SKIPPED,
                    "No results in this activity: nothing to import (Resulta imports an activity's results, indicators, "
                            + "targets and actuals)"));
        }
        ActivityImport work = new ActivityImport(results, resultsLookup, catalog, measurementLookup, data,
                ownerUnitCode, today, activity);
        Optional<PlanView> stored;
        try {
            stored = existingPlan(work.planCode());
        } catch (AccessDeniedException e) {
            return List.of(failed(activity, work.planCode(), "Plan code " + work.planCode()
                    + " is taken by a plan outside your scope; nothing of this activity was saved"));
        }
        Optional<PlanView> existing = stored;
        if (existing.isPresent() && !existing.get().ownerUnitCode().equals(ownerUnitCode)) {
            return List.of(failed(activity, work.planCode(), "Plan " + work.planCode() + " already exists and belongs to unit "
                    + existing.get().ownerUnitCode() + "; import the file for that unit, or retire that plan first. "
                    + "Nothing of this activity was saved"));
        }
        DomainException refusal = transactions.execute(status -> {
            try {
                work.run(existing);
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return null;
            } catch (DomainException e) {
                status.setRollbackOnly();
                return e;
            } catch (AccessDeniedException e) {
                status.setRollbackOnly();
                return new InvalidValueException("ownerUnitCode", "access-denied", "Your role or scope does not allow "
                        + "one of the changes this activity needs (" + e.getMessage() + ")");
            }
        });
        if (refusal == null) {
            return work.lines();
        }
        log.info("IATI activity {} refused: {}", activity.identifier(), refusal.getMessage());
        List<Line> kept = new ArrayList<>(work.lines().stream()
                .filter(l -> l.outcome() == Outcome.NOTE || l.outcome() == Outcome.SKIPPED).toList());
        String details = refusal.violations().isEmpty() ? "" : " (" + refusal.violations().stream()
                .map(v -> (v.item() == null ? "" : v.item() + ": ") + v.message()).collect(Collectors.joining("; ")) + ")";
        kept.add(failed(activity, work.planCode(), "Nothing of this activity was saved: " + refusal.getMessage() + details));
        return kept;
    }

    private Optional<PlanView> existingPlan(String code) {
        try {
            return Optional.of(results.plan(code));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Line failed(IatiActivity activity, String planCode, String message) {
        return new Line(activity.line(), activity.identifier(), Kind.ACTIVITY, planCode, Outcome.FAILED, message);
    }

    private static List<Tally> tallies(List<Line> lines) {
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
        for (Kind kind : List.of(Kind.ACTIVITY, Kind.RESULT, Kind.INDICATOR, Kind.TARGET, Kind.ACTUAL)) {
            counts.put(kind, new int[5]);
        }
        for (Line l : lines) {
            int[] c = counts.get(l.kind());
            if (c != null && l.outcome() != Outcome.NOTE) {
                c[l.outcome().ordinal()]++;
            }
        }
        return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                e.getValue()[3], e.getValue()[4])).toList();
    }

    private static String summary(int activities, int withResults, boolean dryRun, List<Tally> tallies, List<Line> lines) {
        String lead = dryRun ? "Dry run, nothing was saved. " : "";
        if (activities == 0) {
            return lead + "The file holds no IATI activity: nothing to import.";
        }
        if (withResults == 0) {
            return lead + "The file holds " + activities + " activit" + (activities == 1 ? "y" : "ies")
                    + " and none has a result: nothing to import (Resulta imports an activity's results, indicators, "
                    + "targets and actuals).";
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(dryRun ? "would create" : "created", list(tallies, Tally::created));
        parts.put(dryRun ? "would update" : "updated", list(tallies, Tally::updated));
        parts.put("unchanged", list(tallies, Tally::unchanged));
        parts.put("skipped", list(tallies, Tally::skipped));
        String done = parts.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
        long failed = lines.stream().filter(l -> l.kind() == Kind.ACTIVITY && l.outcome() == Outcome.FAILED).count();
        String of = (withResults - failed) + " of " + activities + " activit" + (activities == 1 ? "y" : "ies")
                + (dryRun ? " would be imported" : " imported");
        String skippedActivities = activities > withResults ? " (" + (activities - withResults) + " without results skipped)" : "";
        String failures = failed > 0 ? " " + failed + " activit" + (failed == 1 ? "y" : "ies") + " failed and "
                + (failed == 1 ? "was" : "were") + " left out; see the lines marked FAILED." : "";
        return lead + of + skippedActivities + ": " + (done.isEmpty() ? "nothing to change" : done) + "." + failures;
    }

    private static String list(List<Tally> tallies, java.util.function.ToIntFunction<Tally> count) {
        return tallies.stream().filter(t -> count.applyAsInt(t) > 0)
                .map(t -> count.applyAsInt(t) + " " + noun(t.kind(), count.applyAsInt(t)))
                .collect(Collectors.joining(", "));
    }

    private static String noun(Kind kind, int n) {
        String one = switch (kind) {
            case ACTIVITY -> "plan";
            case RESULT -> "result";
            case INDICATOR -> "indicator";
            case TARGET -> "target";
            case ACTUAL -> "actual";
            default -> kind.name().toLowerCase();
        };
        return n == 1 ? one : one + "s";
    }

    // ---- export

    @Override
    public String exportPlan(String planCode) {
        ResultsChainView chain = results.chain(planCode);
        PlanView plan = chain.plan();
        Map<String, List<IndicatorView>> byResult = new LinkedHashMap<>();
        for (IndicatorView i : indicatorsOf(planCode)) {
            byResult.computeIfAbsent(i.resultCode(), k -> new ArrayList<>()).add(i);
        }
        List<IatiActivityWriter.ResultExport> exported = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (ResultNodeView node : chain.nodes()) {
            List<IndicatorView> indicators = byResult.getOrDefault(node.code(), List.of());
            if (indicators.isEmpty()) {
                leftOut.add(node.code());
                continue;
            }
            exported.add(new IatiActivityWriter.ResultExport(node, indicators.stream()
                    .map(i -> indicatorExport(i, plan)).toList()));
        }
        String xml = IatiActivityWriter.write(reportingOrg,
                new IatiActivityWriter.PlanExport(plan, OffsetDateTime.now(clock), exported, leftOut));
        List<String> errors = schema.errors(xml);
        if (!errors.isEmpty()) {
            log.warn("IATI export of plan {} fails the IATI 2.03 schema: {}", planCode, errors);
            throw new ConflictException("planCode", "iati-schema-invalid", "The IATI export of plan " + planCode
                    + " does not validate against the IATI 2.03 schema, so it is not served: " + String.join("; ", errors));
        }
        return xml;
    }

    private List<IndicatorView> indicatorsOf(String planCode) {
        List<IndicatorView> all = new ArrayList<>();
        int page = 0;
        Page<IndicatorView> batch;
        do {
            batch = catalog.indicators(new IndicatorQuery(planCode, null, null, false), new PageRequest(page++, 200));
            all.addAll(batch.items());
        } while (all.size() < batch.total() && !batch.items().isEmpty());
        return all;
    }

    private IatiActivityWriter.IndicatorExport indicatorExport(IndicatorView indicator, PlanView plan) {
        Map<Period, TargetView> targets = new TreeMap<>();
        data.targets(indicator.code(), plan.ownerUnitCode()).stream()
                .filter(t -> OptionComboView.TOTAL.equals(t.optionCombo()))
                .forEach(t -> targets.put(calendar.parse(t.period()), t));
        Map<Period, ActualView> actuals = new TreeMap<>();
        data.actuals(indicator.code(), plan.ownerUnitCode()).stream()
                .filter(a -> OptionComboView.TOTAL.equals(a.optionCombo()))
                .forEach(a -> actuals.put(calendar.parse(a.period()), a));
        TreeMap<Period, Boolean> periods = new TreeMap<>();
        targets.keySet().forEach(p -> periods.put(p, true));
        actuals.keySet().forEach(p -> periods.put(p, true));
        List<IatiActivityWriter.PeriodExport> rows = periods.keySet().stream()
                .map(p -> new IatiActivityWriter.PeriodExport(p, targets.get(p), actuals.get(p))).toList();
        Integer baselineYear = indicator.baselinePeriod() != null ? calendar.parse(indicator.baselinePeriod()).year()
                : plan.startYear();
        return new IatiActivityWriter.IndicatorExport(indicator, baselineYear, rows);
    }
}
