package org.resulta.measurement.domain;

import org.resulta.measurement.ActualView;
import org.resulta.measurement.EntryError;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.OptionComboView;
import org.resulta.measurement.TargetView;
import org.resulta.measurement.calculation.Assessment;
import org.resulta.measurement.calculation.Status;
import org.resulta.measurement.calculation.StatusRule;
import org.resulta.measurement.calculation.TargetSpec;
import org.resulta.measurement.calculation.TargetType;
import org.resulta.measurement.calculation.TrafficLightPolicy;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.Period;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Before a report is submitted: every indicator of the data set that asks for a variance explanation and is off
 * track (red) for the unit and period, against the unit's own target for that period, must carry a comment.
 * Indicators broken down by group are judged by their total and explained in any of their groups' comments.
 */
@Component
class VarianceCheck {

    private final ValueRepository values;
    private final IndicatorRepository indicators;
    private final StatusPolicyRepository policies;

    VarianceCheck(ValueRepository values, IndicatorRepository indicators, StatusPolicyRepository policies) {
        this.values = values;
        this.indicators = indicators;
        this.policies = policies;
    }

    List<EntryError> unexplained(DataSetRepository.StoredDataSet dataSet, OrgUnitView unit, Period period, int periodId) {
        List<Long> asking = dataSet.indicators().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        if (asking.isEmpty()) {
            return List.of();
        }
        Map<String, List<ActualView>> actuals = values.actualsFor(unit.id(), periodId).stream()
                .collect(Collectors.groupingBy(ActualView::indicatorCode));
        Map<String, TargetView> targets = values.targetsFor(unit.id(), periodId).stream()
                .filter(t -> OptionComboView.TOTAL.equals(t.optionCombo()))
                .collect(Collectors.toMap(TargetView::indicatorCode, Function.identity()));
        TrafficLightPolicy policy = policies.inForce(period.end().isBefore(LocalDate.now()) ? period.end() : LocalDate.now())
                .orElseThrow().policy();
        List<EntryError> missing = new ArrayList<>();
        for (Long id : asking) {
            Optional<IndicatorView> found = indicators.find(id);
            if (found.isEmpty()) {
                continue;
            }
            IndicatorView indicator = found.get();
            List<ActualView> rows = actuals.getOrDefault(indicator.code(), List.of());
            TargetView target = targets.get(indicator.code());
            if (rows.isEmpty() || target == null || target.value() == null || target.type() == TargetType.NARRATIVE) {
                continue;
            }
            double actual = rows.stream().filter(a -> a.value() != null).mapToDouble(a -> a.value().doubleValue()).sum();
            if (indicator.measure() == Measure.RATIO) {
                double numerator = rows.stream().filter(a -> a.numerator() != null).mapToDouble(a -> a.numerator().doubleValue()).sum();
                double denominator = rows.stream().filter(a -> a.denominator() != null).mapToDouble(a -> a.denominator().doubleValue()).sum();
                if (denominator == 0) {
                    continue;
                }
                actual = numerator / denominator * indicator.ratioMultiplier();
            }
            Assessment assessment = StatusRule.assess(indicator.direction(), indicator.achievementMethod(),
                    new TargetSpec(target.type(), target.value().doubleValue(),
                            target.upperValue() == null ? null : target.upperValue().doubleValue()),
                    actual, indicator.baseline(), true, policy);
            boolean explained = rows.stream().anyMatch(a -> a.comment() != null && !a.comment().isBlank());
            if (assessment.status() == Status.RED && !explained) {
                missing.add(new EntryError(indicator.code(), "comment", "variance-explanation-required", "Indicator "
                        + indicator.code() + " is off track (" + Math.round(assessment.achievement()) + "% of its target): "
                        + "explain the variance in its comment before submitting"));
            }
        }
        return missing;
    }
}
