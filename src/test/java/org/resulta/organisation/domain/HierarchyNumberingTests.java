package org.resulta.organisation.domain;

import org.junit.jupiter.api.Test;
import org.resulta.organisation.domain.HierarchyNumbering.Node;
import org.resulta.organisation.domain.HierarchyNumbering.Numbered;
import org.resulta.shared.RandomCases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HierarchyNumberingTests {

    private static Node root(long id, String sortKey) {
        return new Node(id, null, sortKey);
    }

    private static Node child(long id, long parentId, String sortKey) {
        return new Node(id, parentId, sortKey);
    }

    /**
     * <pre>
     * 1 department
     * |- 2 region A     (key "a")
     * |  |- 4 division  (key "a")
     * |  `- 5 division  (key "b")
     * `- 3 region B     (key "b")
     *    `- 6 division
     * </pre>
     * Given out of order, so that the numbering cannot simply follow the input.
     */
    private static List<Node> departmentWithTwoRegions() {
        return List.of(child(6, 3, "a"), child(5, 2, "b"), child(3, 1, "b"), root(1, "dept"), child(4, 2, "a"),
                child(2, 1, "a"));
    }

    @Test
    void numbersUnitsInPreOrder() {
        Map<Long, Numbered> numbered = HierarchyNumbering.number(departmentWithTwoRegions());

        assertThat(preOrderOfIds(numbered)).containsExactly(1L, 2L, 4L, 5L, 3L, 6L);
        assertThat(numbered.get(1L).preOrder()).isZero();
        assertThat(numbered.get(3L).preOrder()).isEqualTo(4);
    }

    @Test
    void countsEachSubtreeIncludingItsRoot() {
        Map<Long, Numbered> numbered = HierarchyNumbering.number(departmentWithTwoRegions());

        assertThat(numbered.get(1L).subtreeSize()).isEqualTo(6);
        assertThat(numbered.get(2L).subtreeSize()).isEqualTo(3);
        assertThat(numbered.get(3L).subtreeSize()).isEqualTo(2);
        assertThat(numbered.get(4L).subtreeSize()).isEqualTo(1);
        assertThat(numbered.get(6L).subtreeSize()).isEqualTo(1);
    }

    @Test
    void givesLevelOneToARootAndOneMoreToEachGeneration() {
        Map<Long, Numbered> numbered = HierarchyNumbering.number(departmentWithTwoRegions());

        assertThat(numbered.get(1L).level()).isEqualTo(1);
        assertThat(numbered.get(2L).level()).isEqualTo(2);
        assertThat(numbered.get(3L).level()).isEqualTo(2);
        assertThat(numbered.get(5L).level()).isEqualTo(3);
        assertThat(numbered.get(6L).level()).isEqualTo(3);
    }

    @Test
    void writesThePathOfIdsFromTheRoot() {
        Map<Long, Numbered> numbered = HierarchyNumbering.number(departmentWithTwoRegions());

        assertThat(numbered.get(1L).path()).isEqualTo("/1/");
        assertThat(numbered.get(2L).path()).isEqualTo("/1/2/");
        assertThat(numbered.get(5L).path()).isEqualTo("/1/2/5/");
        assertThat(numbered.get(6L).path()).isEqualTo("/1/3/6/");
        assertThat(numbered.get(6L).parentId()).isEqualTo(3L);
        assertThat(numbered.get(1L).parentId()).isNull();
    }

    @Test
    void ordersSiblingsBySortKeyThenIdNotByInputOrder() {
        List<Node> nodes = List.of(root(1, "root"), child(10, 1, "c"), child(11, 1, "a"), child(12, 1, "b"),
                child(14, 1, "a"), child(13, 1, "a"));

        Map<Long, Numbered> numbered = HierarchyNumbering.number(nodes);

        assertThat(preOrderOfIds(numbered)).containsExactly(1L, 11L, 13L, 14L, 12L, 10L);
    }

    @Test
    void numbersAForestRootByRootInSortKeyOrder() {
        List<Node> nodes = List.of(root(20, "b"), child(21, 20, "x"), root(10, "a"), child(11, 10, "x"),
                child(12, 11, "x"), root(30, "c"));

        Map<Long, Numbered> numbered = HierarchyNumbering.number(nodes);

        assertThat(preOrderOfIds(numbered)).containsExactly(10L, 11L, 12L, 20L, 21L, 30L);
        assertThat(numbered.get(20L).preOrder()).isEqualTo(3);
        assertThat(numbered.get(20L).subtreeSize()).isEqualTo(2);
        assertThat(numbered.get(20L).level()).isEqualTo(1);
        assertThat(numbered.get(30L).path()).isEqualTo("/30/");
        assertThat(numbered.get(30L).preOrder()).isEqualTo(5);
    }

    @Test
    void makesEachSubtreeExactlyItsPreOrderRange() {
        Map<Long, Numbered> numbered = HierarchyNumbering.number(departmentWithTwoRegions());

        assertSubtreesAreRanges(numbered);
        assertThat(idsInRange(numbered, numbered.get(2L))).containsExactlyInAnyOrder(2L, 4L, 5L);
        assertThat(idsInRange(numbered, numbered.get(3L))).containsExactlyInAnyOrder(3L, 6L);
    }

    @Test
    void numbersNothingWhenThereAreNoUnits() {
        assertThat(HierarchyNumbering.number(List.of())).isEmpty();
    }

    @Test
    void refusesAUnitWhoseParentDoesNotExist() {
        List<Node> nodes = List.of(root(1, "a"), child(7, 99, "a"));

        assertThatThrownBy(() -> HierarchyNumbering.number(nodes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7")
                .hasMessageContaining("99");
    }

    @Test
    void refusesParentsThatLoop() {
        List<Node> nodes = List.of(root(1, "a"), child(2, 3, "a"), child(3, 2, "a"), child(4, 2, "a"));

        assertThatThrownBy(() -> HierarchyNumbering.number(nodes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle")
                .hasMessageContaining("3 units");
    }

    @Test
    void refusesAUnitThatIsItsOwnParent() {
        List<Node> nodes = List.of(root(1, "a"), child(5, 5, "a"));

        assertThatThrownBy(() -> HierarchyNumbering.number(nodes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void refusesAHierarchyWithNoRootAtAll() {
        List<Node> nodes = List.of(child(1, 2, "a"), child(2, 1, "a"));

        assertThatThrownBy(() -> HierarchyNumbering.number(nodes)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A chain of 100,000 levels cannot be numbered at all: its paths alone would hold about 3 x 10^10 characters.
     * So the chain is 5,000 levels deep and numbered on a thread whose stack is so small that a recursive walk of
     * the same chain overflows it (checked first, so that this test shows the walk is really iterative).
     */
    @Test
    void numbersAChainDeeperThanTheStackAllowsARecursiveWalk() throws InterruptedException {
        int depth = 5_000;
        List<Node> chain = new ArrayList<>(depth);
        for (long id = 1; id <= depth; id++) {
            chain.add(new Node(id, id == 1 ? null : id - 1, "k"));
        }
        Collections.reverse(chain);

        assertThat(onSmallStack(() -> naiveNumbering(chain))).as("a recursive walk on the small stack")
                .isInstanceOf(StackOverflowError.class);
        Object outcome = onSmallStack(() -> HierarchyNumbering.number(chain));

        assertThat(outcome).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<Long, Numbered> numbered = (Map<Long, Numbered>) outcome;
        assertThat(numbered).hasSize(depth);
        assertThat(numbered.get(1L).subtreeSize()).isEqualTo(depth);
        Numbered deepest = numbered.get((long) depth);
        assertThat(deepest.level()).isEqualTo(depth);
        assertThat(deepest.preOrder()).isEqualTo(depth - 1);
        assertThat(deepest.subtreeSize()).isEqualTo(1);
        assertThat(deepest.path()).startsWith("/1/2/3/").endsWith("/4999/5000/");
    }

    @Test
    void agreesWithARecursiveNumberingOnRandomForests() {
        RandomCases.check(500, (random, i) -> {
            List<Node> nodes = randomForest(random, random.nextInt(120));

            Map<Long, Numbered> numbered = HierarchyNumbering.number(nodes);

            assertThat(numbered).as("%s", nodes).isEqualTo(naiveNumbering(nodes));
            assertSubtreesAreRanges(numbered);
        });
    }

    // ---- helpers

    private static List<Long> preOrderOfIds(Map<Long, Numbered> numbered) {
        return numbered.values().stream().sorted(Comparator.comparingInt(Numbered::preOrder)).map(Numbered::id).toList();
    }

    private static Set<Long> idsInRange(Map<Long, Numbered> numbered, Numbered top) {
        return numbered.values().stream()
                .filter(n -> n.preOrder() >= top.preOrder() && n.preOrder() < top.preOrder() + top.subtreeSize())
                .map(Numbered::id).collect(Collectors.toSet());
    }

    /** Each unit's pre-order range holds exactly the units whose path runs through it, and numbers are 0..n-1. */
    private static void assertSubtreesAreRanges(Map<Long, Numbered> numbered) {
        assertThat(numbered.values().stream().map(Numbered::preOrder).collect(Collectors.toSet()))
                .hasSize(numbered.size())
                .allSatisfy(p -> assertThat(p).isBetween(0, numbered.size() - 1));
        for (Numbered top : numbered.values()) {
            Set<Long> descendants = numbered.values().stream().filter(n -> n.path().startsWith(top.path()))
                    .map(Numbered::id).collect(Collectors.toSet());
            assertThat(idsInRange(numbered, top)).as("subtree of %d", top.id()).isEqualTo(descendants);
        }
    }

    private static List<Node> randomForest(Random random, int size) {
        List<Long> ids = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        while (ids.size() < size) {
            long id = 1 + random.nextInt(100_000);
            if (used.add(id)) {
                ids.add(id);
            }
        }
        List<Node> nodes = new ArrayList<>(size);
        String[] keys = {"a", "b", "c", "d"};
        for (int k = 0; k < size; k++) {
            Long parent = k == 0 || random.nextInt(8) == 0 ? null : ids.get(random.nextInt(k));
            nodes.add(new Node(ids.get(k), parent, keys[random.nextInt(keys.length)]));
        }
        Collections.shuffle(nodes, random);
        return nodes;
    }

    /** The obvious recursive numbering, kept simple so that it can be trusted as a reference. */
    private static Map<Long, Numbered> naiveNumbering(List<Node> nodes) {
        Comparator<Node> order = Comparator.comparing(Node::sortKey).thenComparingLong(Node::id);
        Map<Long, List<Node>> children = new HashMap<>();
        for (Node n : nodes) {
            if (n.parentId() != null) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<Node> roots = nodes.stream().filter(n -> n.parentId() == null).sorted(order).toList();
        Map<Long, Numbered> result = new HashMap<>();
        int next = 0;
        for (Node r : roots) {
            next = naiveVisit(r, 1, "/" + r.id() + "/", next, children, order, result);
        }
        return result;
    }

    private static int naiveVisit(Node node, int level, String path, int preOrder, Map<Long, List<Node>> children,
                                  Comparator<Node> order, Map<Long, Numbered> result) {
        int next = preOrder + 1;
        for (Node kid : children.getOrDefault(node.id(), List.of()).stream().sorted(order).toList()) {
            next = naiveVisit(kid, level + 1, path + kid.id() + "/", next, children, order, result);
        }
        result.put(node.id(), new Numbered(node.id(), node.parentId(), preOrder, next - preOrder, level, path));
        return next;
    }

    private static Object onSmallStack(java.util.function.Supplier<Object> work) throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(work.get());
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", 128 * 1024);
        thread.start();
        thread.join();
        return outcome.get();
    }
}
