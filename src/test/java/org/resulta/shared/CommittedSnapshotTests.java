package org.resulta.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CommittedSnapshotTests {

    private final AtomicInteger database = new AtomicInteger(1);
    private final AtomicInteger reads = new AtomicInteger();
    private final CommittedSnapshot<Integer> snapshot = new CommittedSnapshot<>(() -> {
        reads.incrementAndGet();
        return database.get();
    });

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void readsTheDatabaseOnceAndKeepsTheValue() {
        assertThat(snapshot.get()).contains(1);
        database.set(2);
        assertThat(snapshot.get()).contains(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aChangeOutsideATransactionDropsTheValueAtOnce() {
        snapshot.get();
        database.set(2);
        snapshot.changed();
        assertThat(snapshot.get()).contains(2);
    }

    @Test
    void theChangingTransactionReadsTheDatabaseAndOthersSeeTheNewValueOnlyAfterItEnds() {
        snapshot.get();
        TransactionSynchronizationManager.initSynchronization();
        snapshot.changed();
        database.set(2);
        assertThat(snapshot.get()).as("inside the changing transaction").isEmpty();

        List<TransactionSynchronization> callbacks = TransactionSynchronizationManager.getSynchronizations();
        assertThat(callbacks).hasSize(1);
        TransactionSynchronizationManager.clearSynchronization();
        callbacks.forEach(c -> c.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

        assertThat(snapshot.get()).as("after the commit").contains(2);
    }

    @Test
    void aSecondChangeInTheSameTransactionRegistersNoSecondCallback() {
        TransactionSynchronizationManager.initSynchronization();
        snapshot.changed();
        snapshot.changed();
        assertThat(TransactionSynchronizationManager.getSynchronizations()).hasSize(1);
        TransactionSynchronizationManager.getSynchronizations().forEach(c -> c.afterCompletion(
                TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(TransactionSynchronizationManager.hasResource(this)).isFalse();
    }

    @Test
    void aLoadThatOverlapsAChangeIsNotKept() {
        AtomicReference<CommittedSnapshot<Integer>> self = new AtomicReference<>();
        AtomicInteger loads = new AtomicInteger();
        CommittedSnapshot<Integer> racing = new CommittedSnapshot<>(() -> {
            int value = database.get();
            if (loads.incrementAndGet() == 1) {
                // another transaction commits a change while this load is reading the old data
                database.set(2);
                self.get().changed();
            }
            return value;
        });
        self.set(racing);

        assertThat(racing.get()).as("the caller gets what it read").contains(1);
        assertThat(racing.get()).as("but it was not kept").contains(2);
        assertThat(loads).hasValue(2);
    }
}
