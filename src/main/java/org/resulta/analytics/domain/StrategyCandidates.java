package org.resulta.analytics.domain;

import org.resulta.measurement.Dimension;
import org.resulta.measurement.IndicatorCatalog;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.Measure;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.results.ProgramView;
import org.resulta.results.ResultLinkView;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsChainView;
import org.resulta.results.ResultsFramework;
import org.resulta.shared.ResultLevel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a unit's indicators can stand for its outputs, inputs and outcomes in the five-strategies view, and
 * the pairs each program makes (DOMAIN.md 0.1: inputs -> activities -> outputs). Only figures that add up over
 * units can be compared period on period as quantities:
 * <ul>
 * <li>an output is a count (measure number, summed over units) on an output or an activity;</li>
 * <li>an input is an amount with costs (currency, dimension cost, summed over units) anywhere in the chain, or a
 * count or amount on an input-level result (staff, vehicles);</li>
 * <li>an outcome is a count on an outcome or the impact.</li>
 * </ul>
 * A program's outputs are the outputs on its own results; its input is the first input on its own results, or on
 * an input-level result whose every link leads to the program's results (an input shared by two programs cannot be
 * split between them, so it is left out).
 */
@Component
class StrategyCandidates {

    private final IndicatorCatalog catalog;
    private final ResultsFramework results;

    StrategyCandidates(IndicatorCatalog catalog, ResultsFramework results) {
        this.catalog = catalog;
        this.results = results;
    }

    /** An output of a program with the program's input (null when it has none). */
    record Pair(String programCode, String programName, IndicatorView output, IndicatorView input) {
    }

    record Found(List<IndicatorView> outputs, List<IndicatorView> inputs, List<IndicatorView> outcomes, List<Pair> pairs) {
    }

    Found find(String unitCode) {
        List<IndicatorView> indicators = catalog.indicatorsForUnit(unitCode).stream().filter(i -> !i.retired())
                .sorted(Comparator.comparing(IndicatorView::code)).toList();
        List<IndicatorView> outputs = indicators.stream().filter(StrategyCandidates::isOutput).toList();
        List<IndicatorView> inputs = indicators.stream().filter(StrategyCandidates::isInput).toList();
        List<IndicatorView> outcomes = indicators.stream().filter(StrategyCandidates::isOutcome).toList();
        List<Pair> pairs = new ArrayList<>();
        Set<String> plans = new LinkedHashSet<>();
        outputs.forEach(i -> plans.add(i.planCode()));
        for (String plan : plans) {
            ResultsChainView chain = results.chain(plan);
            for (ProgramView program : chain.programs()) {
                Set<String> own = new HashSet<>();
                chain.nodes().stream().filter(n -> program.code().equals(n.programCode())).forEach(n -> own.add(n.code()));
                Set<String> feeding = feeding(chain, own);
                IndicatorView input = inputs.stream().filter(i -> own.contains(i.resultCode()) || feeding.contains(i.resultCode()))
                        .findFirst().orElse(null);
                outputs.stream().filter(o -> plan.equals(o.planCode()) && own.contains(o.resultCode()))
                        .forEach(o -> pairs.add(new Pair(program.code(), program.name(), o, input)));
            }
        }
        return new Found(outputs, inputs, outcomes, pairs);
    }

    /** Input-level results all of whose links lead to the given results. */
    private static Set<String> feeding(ResultsChainView chain, Set<String> own) {
        Set<String> feeding = new HashSet<>();
        for (ResultNodeView node : chain.nodes()) {
            if (node.level() != ResultLevel.INPUT) {
                continue;
            }
            List<ResultLinkView> links = chain.links().stream().filter(l -> l.fromCode().equals(node.code())).toList();
            if (!links.isEmpty() && links.stream().allMatch(l -> own.contains(l.toCode()))) {
                feeding.add(node.code());
            }
        }
        return feeding;
    }

    static boolean isOutput(IndicatorView i) {
        return i.measure() == Measure.NUMBER && summed(i)
                && (i.resultLevel() == ResultLevel.OUTPUT || i.resultLevel() == ResultLevel.ACTIVITY);
    }

    static boolean isInput(IndicatorView i) {
        boolean cost = i.measure() == Measure.CURRENCY && i.dimension() == Dimension.COST;
        boolean inputLevel = i.resultLevel() == ResultLevel.INPUT
                && (i.measure() == Measure.NUMBER || i.measure() == Measure.CURRENCY);
        return (cost || inputLevel) && summed(i);
    }

    static boolean isOutcome(IndicatorView i) {
        return i.measure() == Measure.NUMBER && summed(i)
                && (i.resultLevel() == ResultLevel.OUTCOME || i.resultLevel() == ResultLevel.IMPACT);
    }

    private static boolean summed(IndicatorView i) {
        return i.unitAggregation() == AggregationMethod.SUM;
    }
}
