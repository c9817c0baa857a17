package org.resulta.measurement;

/** Hears what a load finds while it runs: every refused row, and progress now and then. */
public interface ImportListener {

    void rejected(ImportRejection rejection);

    /** Rows read and rows refused so far; called every few thousand rows and at the end. */
    default void progress(long read, long rejected) {
    }
}
