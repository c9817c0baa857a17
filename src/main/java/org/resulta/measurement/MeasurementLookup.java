package org.resulta.measurement;

import org.resulta.measurement.calculation.formula.FormulaCatalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Unchecked bulk reads for the analytics, whose own facades check scope first. */
public interface MeasurementLookup {

    /** Indicators owned by any of these units (retired ones left out). */
    List<IndicatorView> indicatorsOwnedBy(Collection<Long> unitIds);

    Optional<IndicatorView> find(String code);

    /** Actuals of the indicators for units with pre-order numbers in [from, to) and periods inside [start, end]. */
    List<ValueRecord> actuals(Collection<Long> indicatorIds, int preOrderFrom, int preOrderTo, LocalDate start,
                              LocalDate end);

    /**
     * Whether an indicator's actuals are computed by a formula: they are never typed, imported or stored, so data
     * entry, the API and imports refuse them (rule {@code computed-indicator}).
     */
    boolean isComputed(String indicatorCode);

    /** The formulas of every formula indicator, bound and checked (plain Java, for the analytics engine). */
    FormulaCatalog formulas();

    /** The database id of one option combination of an indicator's disaggregation ({@code total} without one). */
    Optional<Integer> optionComboId(String indicatorCode, String comboCode);

    /** Targets, with the same filters; {@code kind} is the target type. */
    List<ValueRecord> targets(Collection<Long> indicatorIds, int preOrderFrom, int preOrderTo, LocalDate start,
                              LocalDate end);
}
