package org.resulta.identity;

/**
 * Where an org unit sits in the hierarchy: its subtree is the pre-order range
 * {@code [preOrder, preOrder + subtreeSize)}.
 */
public record UnitPlacement(long id, String code, String name, int preOrder, int subtreeSize) {

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(UnitPlacement other) {
        return other.preOrder >= preOrder && other.preOrder < preOrder + subtreeSize;
    }

    public boolean isRelatedTo(UnitPlacement other) {
        return contains(other) || other.contains(this);
    }
}
