package org.resulta.measurement;

/** Hears what a load finds while it runs: every refused row, every accepted one, and progress now and then. */
public interface ImportListener {

    void rejected(ImportRejection rejection);

    /**
     * A row passed every check and goes to the database with its batch (unless the load ends all or nothing with a
     * refused row, or is a dry run): its unit and period, for the validation rules run after the load.
     */
    default void accepted(String unitCode, String periodCode) {
    }

    /** Rows read and rows refused so far; called every few thousand rows and at the end. */
    default void progress(long read, long rejected) {
    }
}
