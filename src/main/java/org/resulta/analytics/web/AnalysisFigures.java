package org.resulta.analytics.web;

import org.resulta.analytics.evaluation.Figure;
import org.springframework.stereotype.Component;

/** Formats the figures of the analysis pages; used from templates as {@code @analysisFigures}. */
@Component("analysisFigures")
public class AnalysisFigures {

    private final Figures figures;

    AnalysisFigures(Figures figures) {
        this.figures = figures;
    }

    /** A relative change as a signed percentage: 0.032 is "+3.2%". */
    public String change(Double relative) {
        if (relative == null || !Double.isFinite(relative)) {
            return "–";
        }
        return (relative > 0 ? "+" : relative < 0 ? "−" : "") + figures.number(Math.abs(relative) * 100, 1) + "%";
    }

    /** A gap in the indicator's unit, signed. */
    public String signed(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return "–";
        }
        return (value > 0 ? "+" : value < 0 ? "−" : "") + figures.number(Math.abs(value), decimals);
    }

    /** A derived figure with its decimals, or a dash (the reason goes in the cell's title). */
    public String figure(Figure figure, int decimals) {
        return figure == null || !figure.hasValue() ? "–" : figures.number(figure.value(), decimals);
    }

    /** Amounts of a million or more in millions ("452.6 M"), smaller ones whole. */
    public String amount(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "–";
        }
        return Math.abs(value) >= 1_000_000 ? figures.number(value / 1_000_000, 1) + " M" : figures.number(value, 0);
    }
}
