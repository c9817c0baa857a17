package org.resulta.exchange.values;

import jakarta.annotation.PreDestroy;
import org.resulta.identity.CurrentUser;
import org.resulta.measurement.ActualsExport;
import org.resulta.measurement.ActualsImport;
import org.resulta.measurement.DataSetRequest;
import org.resulta.measurement.DataSetView;
import org.resulta.measurement.Disaggregations;
import org.resulta.measurement.ExportQuery;
import org.resulta.measurement.ImportListener;
import org.resulta.measurement.ImportOptions;
import org.resulta.measurement.ImportRejection;
import org.resulta.measurement.ImportSource;
import org.resulta.measurement.ImportTally;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.ReportingCycle;
import org.resulta.measurement.RuleViolation;
import org.resulta.measurement.ValidationRules;
import org.resulta.shared.DomainException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs imports as background jobs, one at a time, under the identity of the person who uploaded the file: the
 * file is read by the reader of its format and loaded by measurement's {@link ActualsImport}; refused rows are
 * written to the job's report as they are found (in their own transactions, so that they stay when the load
 * rolls back), and progress is kept in memory while the job runs.
 */
@Service
class ValueExchangeService implements ValueExchange {

    private static final Logger log = LoggerFactory.getLogger(ValueExchangeService.class);
    private static final int ERROR_BATCH = 500;
    private static final long PROGRESS_WRITE_MILLIS = 1_000;
    /** The validation rules run after an import for at most this many units x periods; the page checks the rest. */
    static final int MAX_CHECKED = 1_000;

    private final ImportJobRepository jobs;
    private final ActualsImport loader;
    private final ActualsExport exporter;
    private final ReportingCycle reporting;
    private final ValidationRules validation;
    private final IndicatorCatalog catalog;
    private final Disaggregations disaggregations;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final TransactionTemplate own;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "resulta-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Live> live = new ConcurrentHashMap<>();

    ValueExchangeService(ImportJobRepository jobs, ActualsImport loader, ActualsExport exporter, ReportingCycle reporting,
                         IndicatorCatalog catalog, Disaggregations disaggregations, CurrentUser currentUser,
                         JsonMapper json, PlatformTransactionManager transactions, ValidationRules validation) {
        this.validation = validation;
        this.jobs = jobs;
        this.loader = loader;
        this.exporter = exporter;
        this.reporting = reporting;
        this.catalog = catalog;
        this.disaggregations = disaggregations;
        this.currentUser = currentUser;
        this.json = json;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counters of a running job. */
    private static final class Live {
        final AtomicLong read = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        volatile long size;
    }

    /** Counts the bytes the reader has taken, for the share of the file read. */
    private static final class Counting extends java.io.FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void failJobsLeftByAStop() {
        int failed = own.execute(s -> jobs.failUnfinished());
        if (failed > 0) {
            log.warn("{} import jobs were left unfinished by the last stop and are marked failed", failed);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    @Override
    public ImportJobView submit(ImportUpload upload) {
        UUID id = UUID.randomUUID();
        String owner = currentUser.require().username();
        own.executeWithoutResult(s -> jobs.insert(id, upload, owner));
        live.put(id, new Live());
        runner.execute(new DelegatingSecurityContextRunnable(() -> run(id, upload)));
        return job(id, 0, 0);
    }

    /** Runs one job to its end; whatever happens, the job ends DONE or FAILED and the file is deleted. */
    void run(UUID id, ImportUpload upload) {
        Live counters = live.computeIfAbsent(id, k -> new Live());
        Report report = new Report(id, counters);
        try (InputStream in = new Counting(Files.newInputStream(upload.file()), counters.bytes)) {
            counters.size = Files.size(upload.file());
            own.executeWithoutResult(s -> jobs.started(id));
            ImportSource source = reader(upload.format(), in, upload.file());
            ImportTally tally = loader.load(source, new ImportOptions(upload.dryRun(),
                    upload.mode() == ImportMode.SKIP_INVALID, "import " + id + " (" + upload.fileName() + ")"), report);
            report.flush();
            String checks = tally.saved() ? report.runRules() : "";
            own.executeWithoutResult(s -> jobs.finished(id, ImportJobView.State.DONE, tally.read(), tally.rejected(),
                    tally.created(), tally.updated(), tally.unchanged(), tally.saved(), summary(upload, tally) + checks));
        } catch (DomainException e) {
            report.flush();
            failed(id, counters, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            report.flush();
            failed(id, counters, "The file could not be read: " + e.getMessage() + "; nothing was saved");
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            report.flush();
            failed(id, counters, "The import failed on our side and nothing was saved; the error is logged");
        } finally {
            live.remove(id);
            try {
                Files.deleteIfExists(upload.file());
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file {}", upload.file(), e);
            }
        }
    }

    private void failed(UUID id, Live counters, String message) {
        own.executeWithoutResult(s -> jobs.finished(id, ImportJobView.State.FAILED, counters.read.get(),
                counters.rejected.get(), 0, 0, 0, false, message));
    }

    static String summary(ImportUpload upload, ImportTally t) {
        String rows = t.read() + (t.read() == 1 ? " row" : " rows") + " read, " + t.rejected() + " refused";
        String values = "created " + t.created() + ", updated " + t.updated() + ", unchanged " + t.unchanged();
        if (upload.dryRun()) {
            return "Dry run: " + rows + "; an import would have " + values + ". Nothing was saved.";
        }
        if (!t.saved()) {
            return "All or nothing: " + rows + ", so nothing was saved. Correct the rows listed and upload the file again.";
        }
        return "Saved: " + rows + (t.rejected() > 0 ? " (skipped)" : "") + "; values " + values + ".";
    }

    private ImportSource reader(ValueFormat format, InputStream in, java.nio.file.Path file) {
        return switch (format) {
            case CSV -> new TidyCsvReader(in);
            case JSON -> new JsonValueSetReader(in, json, null);
            case DHIS2_JSON -> new JsonValueSetReader(in, json, translation());
            case DHIS2_CSV -> new Dhis2CsvReader(in, translation());
            case XLSX -> new XlsxReader(file);
        };
    }

    private Dhis2Translation translation() {
        return new Dhis2Translation(new Dhis2Mapping(own.execute(s -> jobs.mapping())));
    }

    /** Hears the load: refused rows to the report in batches, progress to the counters and now and then the job. */
    private final class Report implements ImportListener {
        private final UUID id;
        private final Live counters;
        private final List<ImportJobView.RowError> pending = new ArrayList<>();
        private final Set<List<String>> unitPeriods = new LinkedHashSet<>();
        private boolean moreUnitPeriods;
        private long lastWrite = System.currentTimeMillis();

        Report(UUID id, Live counters) {
            this.id = id;
            this.counters = counters;
        }

        @Override
        public void rejected(ImportRejection r) {
            pending.add(new ImportJobView.RowError(r.line(), r.field(), r.rule(), r.value(), r.message()));
            if (pending.size() >= ERROR_BATCH) {
                flush();
            }
        }

        @Override
        public void accepted(String unitCode, String periodCode) {
            if (unitPeriods.size() < MAX_CHECKED) {
                unitPeriods.add(List.of(unitCode, periodCode));
            } else if (!unitPeriods.contains(List.of(unitCode, periodCode))) {
                moreUnitPeriods = true;
            }
        }

        /**
         * After a saved import, the validation rules (and outlier checks) of every unit and period it wrote, as the
         * data-entry form runs them after a save: each broken rule joins the report (line 0, field {@code check}),
         * and the returned sentence says how many there are.
         */
        String runRules() {
            List<ImportJobView.RowError> broken = new ArrayList<>();
            int blocking = 0;
            for (List<String> unitPeriod : unitPeriods) {
                for (RuleViolation v : validation.check(unitPeriod.get(0), unitPeriod.get(1))) {
                    blocking += v.isBlocking() ? 1 : 0;
                    broken.add(new ImportJobView.RowError(0, "check", v.ruleCode(), v.unitCode() + " " + v.period(),
                            (v.isBlocking() ? "Must be fixed before submission: " : "Please check: ") + v.message()));
                }
            }
            for (int from = 0; from < broken.size(); from += ERROR_BATCH) {
                List<ImportJobView.RowError> batch = List.copyOf(broken.subList(from, Math.min(broken.size(), from + ERROR_BATCH)));
                own.executeWithoutResult(s -> jobs.errors(id, batch));
            }
            String scope = moreUnitPeriods ? " (the first " + MAX_CHECKED + " units x periods written; check the others on"
                    + " the validation page)" : "";
            if (broken.isEmpty()) {
                return " Validation rules: none broken" + scope + ".";
            }
            return " Validation rules: " + broken.size() + " to look at, " + blocking + " of them blocking submission"
                    + scope + "; listed as checks below.";
        }

        @Override
        public void progress(long read, long rejected) {
            counters.read.set(read);
            counters.rejected.set(rejected);
            long now = System.currentTimeMillis();
            if (now - lastWrite >= PROGRESS_WRITE_MILLIS) {
                lastWrite = now;
                own.executeWithoutResult(s -> jobs.progress(id, read, rejected));
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                List<ImportJobView.RowError> batch = List.copyOf(pending);
                pending.clear();
                own.executeWithoutResult(s -> jobs.errors(id, batch));
            }
        }
    }

    @Override
    public ImportJobView job(UUID id, int errorOffset, int errorLimit) {
        String owner = currentUser.require().username();
        return own.execute(s -> {
            ImportJobView job = jobs.find(id, owner).orElseThrow(() -> new NotFoundException("id", "import job", id.toString()));
            Live counters = live.get(id);
            long read = job.rowsRead();
            long rejected = job.rowsRejected();
            Integer percent = job.state().isFinished() ? Integer.valueOf(100) : null;
            if (counters != null && !job.state().isFinished()) {
                read = Math.max(read, counters.read.get());
                rejected = Math.max(rejected, counters.rejected.get());
                if (counters.size > 0 && job.format() != ValueFormat.XLSX) {
                    percent = (int) Math.min(99, counters.bytes.get() * 100 / counters.size);
                }
            }
            List<ImportJobView.RowError> errors = errorLimit <= 0 ? List.of()
                    : jobs.errors(id, Math.max(0, errorOffset), Math.min(errorLimit, 10_000));
            return new ImportJobView(job.id(), job.fileName(), job.format(), job.mode(), job.dryRun(), job.state(), read,
                    rejected, job.created(), job.updated(), job.unchanged(), job.saved(), job.message(), job.startedAt(),
                    job.finishedAt(), job.createdBy(), percent, jobs.errorCount(id), errors);
        });
    }

    @Override
    public List<ImportJobView> recentJobs(int limit) {
        String owner = currentUser.require().username();
        return own.execute(s -> jobs.recent(owner, Math.max(1, Math.min(limit, 100))));
    }

    @Override
    public long export(ExportRequest request, ValueFormat format, OutputStream out) {
        ValueWriter writer = switch (format) {
            case CSV -> new CsvValueWriter(out, null);
            case DHIS2_CSV -> new CsvValueWriter(out, translation());
            case JSON -> new JsonValueWriter(out, json, null);
            case DHIS2_JSON -> new JsonValueWriter(out, json, translation());
            case XLSX -> new XlsxValueWriter(out);
        };
        long count = exporter.export(new ExportQuery(request.unitCode(), request.dataSetCode(), request.indicatorCodes(),
                request.fromPeriod(), request.toPeriod()), writer);
        writer.finish();
        return count;
    }

    @Override
    public void template(String dataSetCode, String period, ValueFormat format, OutputStream out) {
        if (format != ValueFormat.CSV && format != ValueFormat.XLSX) {
            throw new InvalidValueException("format", "template-format", "Templates come as csv or xlsx");
        }
        DataSetView dataSet = reporting.dataSet(dataSetCode);
        ValueWriter writer = format == ValueFormat.CSV ? new CsvValueWriter(out, null) : new XlsxValueWriter(out);
        String when = period == null || period.isBlank() ? null : period.trim();
        for (DataSetRequest.Member member : dataSet.indicators()) {
            IndicatorView indicator = catalog.indicator(member.indicatorCode());
            List<String> combos = indicator.isDisaggregated()
                    ? disaggregations.disaggregation(indicator.disaggregationCode()).combos().stream()
                    .map(OptionComboView::code).toList()
                    : List.of(OptionComboView.TOTAL);
            for (String unit : dataSet.unitCodes()) {
                for (String combo : combos) {
                    writer.accept(new org.resulta.measurement.ExportedActual(indicator.code(), unit, when, combo,
                            indicator.measure(), null, null, null, null, null));
                }
            }
        }
        writer.finish();
    }

    @Override
    public Dhis2Mapping dhis2Mapping() {
        return new Dhis2Mapping(own.execute(s -> jobs.mapping()));
    }

    @Override
    public Dhis2Mapping putDhis2Mapping(Dhis2Mapping mapping) {
        String actor = currentUser.require().username();
        own.executeWithoutResult(s -> mapping.entries().forEach(e -> jobs.putMapping(e, actor)));
        return dhis2Mapping();
    }
}
