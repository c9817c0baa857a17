package org.resulta.analytics.domain;

import org.resulta.analytics.engine.ValueStore;
import org.resulta.measurement.ActualsRecorded;
import org.resulta.measurement.TargetsSet;
import org.resulta.organisation.OrgUnitsRenumbered;
import org.resulta.shared.PeriodCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory engine as the application runs it. It loads once the application is ready (the demo government,
 * loaded before the web server opens, is in the database by then), saying so through readiness: refusing
 * traffic while it loads, accepting it when done. Until then, and after a failure, {@link #store()} is empty and
 * scorecards are computed with SQL.
 * <p>
 * It is kept current by the events of measurement and organisation, applied right after the transaction that
 * saved the values commits, in the saving thread, so a value is in the engine before the request that saved it
 * returns. These are plain listeners that register an after-commit callback rather than
 * {@code @TransactionalEventListener} or {@code @ApplicationModuleListener}: Spring Modulith would store every
 * event for those in its publication registry (a row with the serialised cells, in the saving transaction), which
 * buys nothing for a cache that is rebuilt from the database at every start and costs a write per save. Events
 * arriving while the engine loads are kept and applied after the load, so none is missed; a cell the engine cannot
 * place (a unit or combination it does not know yet) makes it refresh the tree or the combinations, and if it
 * still cannot, or anything fails, it reloads in the background and scorecards use SQL meanwhile.
 */
@Component
class AnalyticsEngine {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsEngine.class);

    private final EngineLoader loader;
    private final PeriodCalendar calendar;
    private final ApplicationEventPublisher events;
    private final boolean enabled;
    private final List<Runnable> pending = new ArrayList<>();
    private volatile ValueStore store;
    private volatile EngineLoader.Statistics statistics;
    private boolean loading;

    AnalyticsEngine(EngineLoader loader, PeriodCalendar calendar, ApplicationEventPublisher events,
                    @Value("${resulta.analytics.in-memory:true}") boolean enabled) {
        this.loader = loader;
        this.calendar = calendar;
        this.events = events;
        this.enabled = enabled;
    }

    /** The loaded store, or empty while loading, after a failure, or when the engine is switched off. */
    Optional<ValueStore> store() {
        return Optional.ofNullable(store);
    }

    /** Figures of the last load, or null before the first. */
    EngineLoader.Statistics statistics() {
        return statistics;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenReady() {
        if (enabled) {
            load();
        } else {
            log.info("Analytics engine switched off (resulta.analytics.in-memory=false): scorecards use SQL");
        }
    }

    /** Loads (or reloads) the store from the database, refusing traffic meanwhile. */
    void load() {
        synchronized (this) {
            if (loading) {
                return;
            }
            loading = true;
            store = null;
        }
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            EngineLoader.Loaded loaded = loader.load();
            synchronized (this) {
                store = loaded.store();
                statistics = loaded.statistics();
                loading = false;
                List<Runnable> missed = new ArrayList<>(pending);
                pending.clear();
                missed.forEach(this::apply);
                if (!missed.isEmpty()) {
                    log.info("Analytics engine: applied {} updates saved during the load", missed.size());
                }
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                loading = false;
                pending.clear();
            }
            log.error("Analytics engine could not load; scorecards are computed with SQL", e);
        }
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    }

    private void reloadInBackground(String why) {
        log.warn("Analytics engine reloads: {}", why);
        Thread reload = new Thread(this::load, "analytics-engine-reload");
        reload.setDaemon(true);
        reload.start();
    }

    // ---- keeping current

    @EventListener
    void on(ActualsRecorded event) {
        afterCommit(() -> apply(() -> {
            ValueStore s = store;
            for (ActualsRecorded.Cell c : event.cells()) {
                put(s, () -> s.putActual(c.indicatorId(), c.unitId(), calendar.parse(c.period()), c.optionComboId(),
                        number(c.value()), number(c.numerator()), number(c.denominator())));
            }
        }));
    }

    @EventListener
    void on(TargetsSet event) {
        afterCommit(() -> apply(() -> {
            ValueStore s = store;
            for (TargetsSet.Cell c : event.cells()) {
                put(s, () -> s.putTarget(c.indicatorId(), c.unitId(), calendar.parse(c.period()), c.optionComboId(),
                        c.type(), number(c.value()), number(c.upperValue())));
            }
        }));
    }

    @EventListener
    void on(OrgUnitsRenumbered event) {
        afterCommit(() -> apply(() -> store.renumber(loader.hierarchy())));
    }

    private interface Put {
        boolean apply();
    }

    /** Puts a cell; when the store does not know its unit or combination, refreshes both and tries once more. */
    private void put(ValueStore s, Put put) {
        if (!put.apply()) {
            s.renumber(loader.hierarchy());
            loader.registerCombos(s.combos());
            if (!put.apply()) {
                throw new IllegalStateException("a saved cell names a unit or combination that is not in the database");
            }
        }
    }

    /** Runs an update now, or after the load when one is running; on failure reloads. */
    private void apply(Runnable update) {
        synchronized (this) {
            if (loading) {
                pending.add(update);
                return;
            }
            if (store == null) {
                return;
            }
            try {
                update.run();
            } catch (RuntimeException e) {
                log.error("Analytics engine could not apply an update", e);
                store = null;
                reloadInBackground("an update failed");
            }
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static double number(BigDecimal d) {
        return d == null ? Double.NaN : d.doubleValue();
    }
}
