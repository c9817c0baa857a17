package org.resulta.analytics.web;

import org.resulta.analytics.ScoreLine;
import org.resulta.analytics.evaluation.Score;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.TargetType;
import org.springframework.stereotype.Component;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Formats figures for pages the way an indicator asks: its decimals, a percent sign, the multiplier of a ratio,
 * yes/no, and the shape of a target (at least, at most, a range). Used from templates as {@code @figures}.
 */
@Component("figures")
public class Figures {

    public String number(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    /** A score weight as it was set: 2, 1.5, 0.25 (never rounded to a whole number). */
    public String weight(double weight) {
        return Score.weight(weight);
    }

    public String value(ScoreLine line, Double value) {
        if (value == null) {
            return "–";
        }
        Measure m = line.measure();
        return switch (m) {
            case PERCENTAGE -> number(value, line.decimals()) + "%";
            case YES_NO -> value >= 0.5 ? "Yes" : "No";
            case CURRENCY -> number(value, line.decimals());
            default -> number(value, line.decimals());
        };
    }

    public String target(ScoreLine line) {
        if (line.targetType() == null) {
            return "–";
        }
        if (line.targetType() == TargetType.NARRATIVE) {
            return "Narrative";
        }
        String v = value(line, line.target());
        return switch (line.targetType()) {
            case AT_LEAST -> "≥ " + v;
            case AT_MOST -> "≤ " + v;
            case RANGE -> v + " – " + value(line, line.targetUpper());
            default -> v;
        };
    }

    public String actual(ScoreLine line) {
        return value(line, line.actual());
    }

    public String achievement(Double achievement) {
        return achievement == null ? "–" : number(achievement, 1) + "%";
    }

    /** "412 / 500" for ratios, so that a reader sees what the rate was computed from. */
    public String components(ScoreLine line) {
        if (line.numerator() == null || line.denominator() == null) {
            return "";
        }
        return number(line.numerator(), 0) + " / " + number(line.denominator(), 0);
    }
}
