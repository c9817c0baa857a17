package org.resulta.shared;

import java.util.Random;
import java.util.function.ObjIntConsumer;

/**
 * Property-style checks without jqwik (STACK_NOTES G4): runs a check over cases drawn from one seeded
 * {@link Random}. The seed is fixed so that every build runs the same cases and CI is never flaky; explore other
 * cases with {@code -Dresulta.seed=<number>} (or {@code -Dresulta.seed=random}). A failing case is reported with its
 * seed and number so that it can be replayed.
 */
public final class RandomCases {

    static final long DEFAULT_SEED = 20_261_128L;

    private RandomCases() {
    }

    /** Runs {@code check} on {@code count} cases, each given the shared random source and its case number. */
    public static void check(int count, ObjIntConsumer<Random> check) {
        String configured = System.getProperty("resulta.seed");
        long seed = configured == null ? DEFAULT_SEED
                : "random".equals(configured) ? System.nanoTime() : Long.parseLong(configured);
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
