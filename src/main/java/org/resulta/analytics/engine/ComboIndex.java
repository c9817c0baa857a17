package org.resulta.analytics.engine;

import java.util.Arrays;

/**
 * Option combinations as small indexes. Index 0 is the total (the single combination of values that are not
 * disaggregated); each index has a rank that orders the cells of one period as the disaggregation's sort order
 * does. Only ever added to.
 */
public final class ComboIndex {

    static final int TOTAL = 0;

    private final IdMap indexes = new IdMap(64);
    private volatile int[] ranks = new int[16];
    private int size = 1;

    /** Registers the total combination under its database id. */
    public ComboIndex(long totalComboId) {
        indexes.put(totalComboId, TOTAL);
    }

    /** The index of a combination, registering it with the given rank when new. */
    public synchronized int register(long comboId, int rank) {
        int known = indexes.get(comboId);
        if (known >= 0) {
            return known;
        }
        if (size >= Short.MAX_VALUE) {
            throw new IllegalStateException("The engine holds at most " + Short.MAX_VALUE + " option combinations");
        }
        int[] r = ranks.length == size ? Arrays.copyOf(ranks, size * 2) : ranks;
        r[size] = rank;
        ranks = r;
        indexes.put(comboId, size);
        return size++;
    }

    /** The index of a known combination, or -1. */
    public synchronized int index(long comboId) {
        return indexes.get(comboId);
    }

    int rank(int index) {
        return ranks[index];
    }
}
