package org.resulta.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rarely changing data (the org tree, the indicator catalogue, status policies) read once from the database and
 * kept in memory as committed, so that the reads every request makes cost no query.
 * <p>
 * Whoever writes the data calls {@link #changed()} in the writing transaction. From then on that transaction reads
 * the database again ({@link #get()} is empty in it), so it sees its own writes; other transactions keep the
 * snapshot of the committed data until the writing transaction ends, when the snapshot is dropped and the next read
 * loads it again. A load that overlaps a change is not kept (a generation count tells), so a snapshot read before a
 * commit can never outlive it. Without a transaction, {@link #changed()} just drops the snapshot.
 * <p>
 * Each application instance keeps its own snapshot: like the in-memory analytics engine, this assumes the writes
 * go through this instance (DESIGN.md: one server).
 */
public final class CommittedSnapshot<T> {

    private final Object changedInTransaction = new Object();
    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile T value;

    public CommittedSnapshot(Supplier<T> loader) {
        this.loader = loader;
    }

    /** The snapshot (loaded when needed), or empty inside a transaction that changed the data. */
    public Optional<T> get() {
        if (TransactionSynchronizationManager.hasResource(changedInTransaction)) {
            return Optional.empty();
        }
        T current = value;
        if (current != null) {
            return Optional.of(current);
        }
        long before = generation.get();
        T loaded = loader.get();
        synchronized (this) {
            if (generation.get() == before) {
                value = loaded;
            }
        }
        return Optional.of(loaded);
    }

    /** Says the data changes in the current transaction: the snapshot is dropped now and when it ends. */
    public void changed() {
        drop();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(changedInTransaction)) {
            TransactionSynchronizationManager.bindResource(changedInTransaction, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(changedInTransaction);
                    drop();
                }
            });
        }
    }

    private synchronized void drop() {
        generation.incrementAndGet();
        value = null;
    }
}
