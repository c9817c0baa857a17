package org.resulta.organisation.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers a forest in pre-order: each node gets its pre-order index, the size of its subtree, its level
 * (1 for a root) and its path of ids ({@code /1/4/9/}). A subtree is then the range
 * {@code [preOrder, preOrder + subtreeSize)}. Siblings are ordered by their sort key. Plain Java, no Spring.
 */
final class HierarchyNumbering {

    record Node(long id, Long parentId, String sortKey) {
    }

    record Numbered(long id, Long parentId, int preOrder, int subtreeSize, int level, String path) {
    }

    private HierarchyNumbering() {
    }

    /**
     * Numbers every node; refuses a node whose parent is missing or a parent chain that loops.
     */
    static Map<Long, Numbered> number(List<Node> nodes) {
        Map<Long, Node> byId = new HashMap<>(nodes.size() * 2);
        Map<Long, List<Node>> children = new HashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Node n : nodes) {
            byId.put(n.id(), n);
        }
        for (Node n : nodes) {
            if (n.parentId() == null) {
                roots.add(n);
            } else if (!byId.containsKey(n.parentId())) {
                throw new IllegalArgumentException("Unit " + n.id() + " names a parent " + n.parentId() + " that does not exist");
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        Comparator<Node> order = Comparator.comparing(Node::sortKey).thenComparingLong(Node::id);
        roots.sort(order);
        children.values().forEach(c -> c.sort(order));

        Map<Long, Numbered> result = new HashMap<>(nodes.size() * 2);
        int[] counter = {0};
        for (Node root : roots) {
            numberSubtree(root, children, result, counter);
        }
        if (result.size() != nodes.size()) {
            throw new IllegalArgumentException("The hierarchy has a cycle: " + (nodes.size() - result.size())
                    + " units cannot be reached from a root");
        }
        return result;
    }

    /** Iterative depth-first walk, so that a deep tree cannot overflow the stack. */
    private static void numberSubtree(Node root, Map<Long, List<Node>> children, Map<Long, Numbered> result,
                                      int[] counter) {
        Deque<Cursor> stack = new ArrayDeque<>();
        stack.push(new Cursor(root, 1, "/" + root.id() + "/", counter[0]++));
        while (!stack.isEmpty()) {
            Cursor top = stack.peek();
            List<Node> kids = children.getOrDefault(top.node.id(), List.of());
            if (top.nextChild < kids.size()) {
                Node kid = kids.get(top.nextChild++);
                stack.push(new Cursor(kid, top.level + 1, top.path + kid.id() + "/", counter[0]++));
            } else {
                stack.pop();
                result.put(top.node.id(), new Numbered(top.node.id(), top.node.parentId(), top.preOrder,
                        counter[0] - top.preOrder, top.level, top.path));
            }
        }
    }

    private static final class Cursor {
        private final Node node;
        private final int level;
        private final String path;
        private final int preOrder;
        private int nextChild;

        private Cursor(Node node, int level, String path, int preOrder) {
            this.node = node;
            this.level = level;
            this.path = path;
            this.preOrder = preOrder;
        }
    }
}
