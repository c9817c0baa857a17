package org.resulta.analytics.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The organisation tree as pre-order positions: a unit's subtree is the range {@code [position, position +
 * subtreeSize)}, so a rollup over a subtree is a loop over a range, and a bottom-up pass over positions in
 * reverse order visits every unit after all of its descendants. Immutable; a renumbered tree is a new one.
 */
public final class Hierarchy {

    private final long[] ids;
    private final String[] codes;
    private final int[] subtreeSizes;
    private final int[] parents;
    private final IdMap positions;

    /** A unit as numbered in pre-order; {@code parentId} 0 for a root (or a unit whose parent is left out). */
    public record Node(long id, String code, long parentId, int preOrder, int subtreeSize) {
    }

    /** @param nodes units sorted by pre-order number, each subtree contiguous */
    public Hierarchy(List<Node> nodes) {
        int n = nodes.size();
        ids = new long[n];
        codes = new String[n];
        subtreeSizes = new int[n];
        parents = new int[n];
        positions = new IdMap(n);
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            ids[i] = node.id();
            codes[i] = node.code();
            subtreeSizes[i] = Math.max(1, Math.min(node.subtreeSize(), n - i));
            positions.put(node.id(), i);
        }
        for (int i = 0; i < n; i++) {
            parents[i] = positions.get(nodes.get(i).parentId());
        }
    }

    public int size() {
        return ids.length;
    }

    /** The unit's position, or -1 when the engine does not know it. */
    public int position(long unitId) {
        return positions.get(unitId);
    }

    public long id(int position) {
        return ids[position];
    }

    public String code(int position) {
        return codes[position];
    }

    public int parent(int position) {
        return parents[position];
    }

    /** One past the last position of the unit's subtree. */
    public int subtreeEnd(int position) {
        return position + subtreeSizes[position];
    }

    /** Direct children, in pre-order: each next child starts where the previous child's subtree ends. */
    public List<Integer> children(int position) {
        List<Integer> children = new ArrayList<>();
        int end = subtreeEnd(position);
        for (int child = position + 1; child < end; child = subtreeEnd(child)) {
            children.add(child);
        }
        return children;
    }

    long bytes() {
        long strings = 0;
        for (String code : codes) {
            strings += Footprint.object(8) + Footprint.array(code == null ? 0 : code.length(), 1);
        }
        return Footprint.array(ids.length, 8) + Footprint.array(codes.length, Footprint.REFERENCE) + strings
                + 2 * Footprint.array(ids.length, 4) + positions.bytes();
    }

    int[] parents() {
        return parents;
    }

    long[] ids() {
        return ids;
    }
}
