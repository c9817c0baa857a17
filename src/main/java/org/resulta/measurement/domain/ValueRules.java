package org.resulta.measurement.domain;

import org.resulta.measurement.EntryError;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a target or an actual acceptable for an indicator. Plain Java; each check returns every error it
 * finds, each naming the field and the rule.
 */
final class ValueRules {

    private ValueRules() {
    }

    /** A checked actual: the value to store (computed for ratios) or the errors. */
    record CheckedActual(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String text,
                         List<EntryError> errors) {
        boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** Actuals are reported at exactly the indicator's frequency, for a period that has started. */
    static Optional<EntryError> checkActualPeriod(IndicatorView indicator, Period period, LocalDate today) {
        if (period.type() != indicator.frequency()) {
            return Optional.of(error(indicator, "period", "period-frequency", "Indicator " + indicator.code()
                    + " is reported " + indicator.frequency().label().toLowerCase() + ", so " + period.code()
                    + " (" + period.type().label().toLowerCase() + ") cannot take its actual"));
        }
        if (period.start().isAfter(today)) {
            return Optional.of(error(indicator, "period", "future-period", "Period " + period.code()
                    + " has not started yet; actuals are entered once a period has begun"));
        }
        return Optional.empty();
    }

    static CheckedActual checkActual(IndicatorView indicator, BigDecimal value, BigDecimal numerator,
                                     BigDecimal denominator, String text) {
        List<EntryError> errors = new ArrayList<>();
        Measure measure = indicator.measure();
        String trimmed = text == null || text.isBlank() ? null : text.trim();
        if (measure == Measure.TEXT) {
            if (trimmed == null) {
                errors.add(error(indicator, "text", "text-required", "Indicator " + indicator.code()
                        + " is qualitative: describe the result in words"));
            }
            if (value != null || numerator != null || denominator != null) {
                errors.add(error(indicator, "value", "text-only", "Indicator " + indicator.code()
                        + " is qualitative and takes text, not a number"));
            }
            return new CheckedActual(null, null, null, trimmed, errors);
        }
        if (trimmed != null) {
            errors.add(error(indicator, "text", "number-expected", "Indicator " + indicator.code() + " takes a "
                    + measure.label().toLowerCase() + ", not text; put remarks in the comment"));
        }
        if (measure == Measure.RATIO) {
            if (numerator == null || denominator == null) {
                errors.add(error(indicator, numerator == null ? "numerator" : "denominator", "ratio-components",
                        "Indicator " + indicator.code() + " is a ratio: give both the numerator ("
                                + indicator.numeratorLabel() + ") and the denominator (" + indicator.denominatorLabel() + ")"));
                return new CheckedActual(null, numerator, denominator, null, errors);
            }
            if (numerator.signum() < 0) {
                errors.add(error(indicator, "numerator", "not-negative", "The numerator of " + indicator.code()
                        + " cannot be negative (" + numerator.toPlainString() + ")"));
            }
            if (denominator.signum() <= 0) {
                errors.add(error(indicator, "denominator", "denominator-positive", "The denominator of "
                        + indicator.code() + " must be greater than zero, not " + denominator.toPlainString()));
                return new CheckedActual(null, numerator, denominator, null, errors);
            }
            BigDecimal computed = numerator.multiply(indicator.multiplier())
                    .divide(denominator, new MathContext(20, RoundingMode.HALF_EVEN)).setScale(6, RoundingMode.HALF_EVEN);
            checkBounds(indicator, computed, "numerator").ifPresent(errors::add);
            return new CheckedActual(computed, numerator, denominator, null, errors);
        }
        if (value == null) {
            errors.add(error(indicator, "value", "value-required", "Give a value for " + indicator.code()));
            return new CheckedActual(null, null, null, null, errors);
        }
        if (measure == Measure.YES_NO && value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
            errors.add(error(indicator, "value", "yes-no", "Indicator " + indicator.code()
                    + " is yes/no: enter 1 for yes or 0 for no, not " + value.toPlainString()));
        }
        checkBounds(indicator, value, "value").ifPresent(errors::add);
        return new CheckedActual(value, null, null, null, errors);
    }

    /**
     * Targets are set for the indicator's own frequency or a coarser period that divides into it (an annual
     * target of a quarterly indicator), never a finer one.
     */
    static List<EntryError> checkTarget(IndicatorView indicator, Period period, TargetType type, BigDecimal value,
                                        BigDecimal upper, String narrative) {
        List<EntryError> errors = new ArrayList<>();
        PeriodType frequency = indicator.frequency();
        if (!frequency.isFinerOrEqual(period.type())) {
            errors.add(error(indicator, "period", "period-finer-than-frequency", "Indicator " + indicator.code()
                    + " is reported " + frequency.label().toLowerCase() + "; a target for " + period.code() + " ("
                    + period.type().label().toLowerCase() + ") is finer than that"));
        } else if (!dividesInto(period, frequency)) {
            errors.add(error(indicator, "period", "period-alignment", "Period " + period.code()
                    + " does not divide into whole " + frequency.label().toLowerCase() + " periods of " + indicator.code()));
        }
        if (indicator.measure() == Measure.TEXT && type != TargetType.NARRATIVE) {
            errors.add(error(indicator, "type", "narrative-target", "Indicator " + indicator.code()
                    + " is qualitative: its targets are narrative"));
            return errors;
        }
        switch (type) {
            case NARRATIVE -> {
                if (narrative == null || narrative.isBlank()) {
                    errors.add(error(indicator, "narrative", "narrative-required", "Describe the narrative target"));
                }
            }
            case RANGE -> {
                if (value == null || upper == null) {
                    errors.add(error(indicator, value == null ? "value" : "upperValue", "range-bounds",
                            "A range target needs a lower value and an upper value"));
                } else {
                    if (value.compareTo(upper) > 0) {
                        errors.add(error(indicator, "upperValue", "range-order", "The upper value "
                                + upper.toPlainString() + " is below the lower value " + value.toPlainString()));
                    }
                    checkBounds(indicator, value, "value").ifPresent(errors::add);
                    checkBounds(indicator, upper, "upperValue").ifPresent(errors::add);
                }
            }
            default -> {
                if (value == null) {
                    errors.add(error(indicator, "value", "value-required", "Give the target value"));
                } else {
                    if (indicator.measure() == Measure.YES_NO && value.compareTo(BigDecimal.ZERO) != 0
                            && value.compareTo(BigDecimal.ONE) != 0) {
                        errors.add(error(indicator, "value", "yes-no", "A yes/no target is 1 (yes) or 0 (no)"));
                    }
                    checkBounds(indicator, value, "value").ifPresent(errors::add);
                }
            }
        }
        return errors;
    }

    private static boolean dividesInto(Period period, PeriodType frequency) {
        if (frequency == PeriodType.FINANCIAL_YEAR || period.type() == frequency) {
            return period.type() == frequency;
        }
        try {
            period.split(frequency);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Optional<EntryError> checkBounds(IndicatorView indicator, BigDecimal value, String field) {
        if (indicator.minValue() != null && value.compareTo(indicator.minValue()) < 0) {
            return Optional.of(error(indicator, field, "below-minimum", "The value " + value.toPlainString()
                    + " of " + indicator.code() + " is below its minimum " + indicator.minValue().stripTrailingZeros().toPlainString()
                    + (indicator.measure() == Measure.PERCENTAGE ? " (a percentage)" : "")));
        }
        if (indicator.maxValue() != null && value.compareTo(indicator.maxValue()) > 0) {
            return Optional.of(error(indicator, field, "above-maximum", "The value " + value.toPlainString()
                    + " of " + indicator.code() + " is above its maximum " + indicator.maxValue().stripTrailingZeros().toPlainString()
                    + (indicator.measure() == Measure.PERCENTAGE ? " (a percentage)" : "")));
        }
        return Optional.empty();
    }

    private static EntryError error(IndicatorView indicator, String field, String rule, String message) {
        return new EntryError(indicator.code(), field, rule, message);
    }
}
