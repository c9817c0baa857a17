package org.resulta.framework;

import org.resulta.shared.PeriodType;
import org.resulta.shared.ResultLevel;

import java.util.List;
import java.util.Map;

/**
 * One framework's vocabulary and shape, read from {@code classpath:framework/*.yaml}.
 *
 * @param levels what the framework calls each level of the results chain
 * @param terms  words for the other things the pages name (plan, program, indicator, target, ...)
 */
public record FrameworkPack(String code, String name, String jurisdiction, String description, List<String> sources,
                            Map<ResultLevel, LevelTerm> levels, Map<String, String> terms,
                            List<DocumentType> documents, PeriodSettings periods) {

    /** Terms every pack may override; the generic word is used when a pack does not. */
    public static final Map<String, String> GENERIC_TERMS = Map.ofEntries(
            Map.entry("plan", "Strategic plan"),
            Map.entry("plans", "Strategic plans"),
            Map.entry("program", "Program"),
            Map.entry("programs", "Programs"),
            Map.entry("indicator", "Indicator"),
            Map.entry("indicators", "Indicators"),
            Map.entry("target", "Target"),
            Map.entry("actual", "Actual"),
            Map.entry("baseline", "Baseline"),
            Map.entry("assumption", "Assumption"),
            Map.entry("externalFactor", "External factor"),
            Map.entry("risk", "Risk"),
            Map.entry("intermediateOutcome", "Intermediate outcome"),
            Map.entry("finalOutcome", "Final outcome"),
            Map.entry("resultsChain", "Results chain"));

    public record LevelTerm(String singular, String plural, String description) {
    }

    public record DocumentType(String code, String name, String cadence, String description) {
    }

    /** @param financialYearStartMonth 1 to 12; financial years are named after the year they end in */
    public record PeriodSettings(int financialYearStartMonth, List<PeriodType> reportingFrequencies,
                                 int planHorizonYears) {
    }

    /** The framework's word for a level, such as "Major Final Output" for {@link ResultLevel#OUTPUT}. */
    public String levelName(ResultLevel level) {
        LevelTerm term = levels.get(level);
        return term == null ? level.label() : term.singular();
    }

    public String levelPlural(ResultLevel level) {
        LevelTerm term = levels.get(level);
        return term == null ? level.label() + "s" : term.plural();
    }

    public String term(String key) {
        String own = terms.get(key);
        return own != null ? own : GENERIC_TERMS.getOrDefault(key, key);
    }
}
