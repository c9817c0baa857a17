package org.resulta.shared;

import java.util.Random;
import java.util.function.ObjIntConsumer;

/**
 * Property-style checks without jqwik (STACK_NOTES G4): runs a check over cases drawn from one seeded
 * {@link Random}. A failing case is reported with its seed and number; rerun it with {@code -Dresulta.seed=...}.
 */
public final class RandomCases {

    private RandomCases() {
    }

    /** Runs {@code check} on {@code count} cases, each given the shared random source and its case number. */
    public static void check(int count, ObjIntConsumer<Random> check) {
        long seed = Long.getLong("resulta.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            try {
                check.accept(random, i);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Random case " + i + " failed with seed " + seed
                        + " (rerun with -Dresulta.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
    }
}
