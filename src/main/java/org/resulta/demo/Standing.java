package org.resulta.demo;

/**
 * How well a regional office and its divisions perform by the latest quarter: the share of its targets it
 * reaches, before the indicator's own {@link Outlook} is applied.
 */
enum Standing {
    STRONG(1.08),
    STEADY(0.97),
    WEAK(0.80);

    private final double factor;

    Standing(double factor) {
        this.factor = factor;
    }

    double factor() {
        return factor;
    }
}
