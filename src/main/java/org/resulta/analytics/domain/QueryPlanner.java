package org.resulta.analytics.domain;

import org.resulta.analytics.AnalyticsDimensions;
import org.resulta.analytics.AnalyticsQuery;
import org.resulta.analytics.TooManyCellsException;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.OptionComboView;
import org.resulta.organisation.OrgUnitType;
import org.resulta.organisation.OrgUnitView;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Period;
import org.resulta.shared.PeriodCalendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns an {@link AnalyticsQuery} into a {@link QueryPlan}: resolves every name (refusing an unknown one with the
 * name in the message), chooses the units below the query's unit, splits the periods, expands the
 * disaggregations per indicator, counts the cells and refuses a query over the limit before anything is computed.
 * Plain Java: what it needs from other modules comes through {@link Metadata}.
 */
final class QueryPlanner {

    static final String ALL_COMBOS = "all";

    /** How units are chosen below the query's unit. */
    enum UnitSelection {
        UNIT, CHILDREN, SUBTREE, LEVEL, GROUP;

        static UnitSelection parse(String text) {
            if (text == null || text.isBlank()) {
                return UNIT;
            }
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("units", "unit-selection", "Units '" + text
                        + "' is not a choice; write unit, children, subtree, level or group");
            }
        }
    }

    /** Metadata the planner looks names up in. */
    interface Metadata {

        /** Any indicator by code, whether or not it applies to the unit (to tell unknown from unrelated). */
        Optional<IndicatorView> indicator(String code);

        /** The indicator codes of a data set; unknown codes raise {@link NotFoundException}. */
        List<String> dataSetIndicators(String code);

        /** A disaggregation with its option combinations. */
        DisaggregationView disaggregation(String code);

        Optional<OrgUnitView> unit(String code);

        /** The members of an org unit group in pre-order, or empty when no group has this code. */
        Optional<List<OrgUnitView>> groupMembers(String code);
    }

    private final Metadata metadata;
    private final PeriodCalendar calendar;
    private final long maxCells;

    QueryPlanner(Metadata metadata, PeriodCalendar calendar, long maxCells) {
        this.metadata = metadata;
        this.calendar = calendar;
        this.maxCells = maxCells;
    }

    /**
     * @param root       the query's unit
     * @param subtree    the root and every unit below it, in pre-order
     * @param candidates the indicators the root reports or is scored on
     */
    QueryPlan plan(AnalyticsQuery query, OrgUnitView root, List<OrgUnitView> subtree, List<IndicatorView> candidates) {
        List<IndicatorView> indicators = indicators(query, root, candidates);
        List<OrgUnitView> units = units(query, root, subtree);
        List<Period> periods = PeriodSelection.parse(query.periods(), query.periodType(), calendar);
        Map<String, List<QueryPlan.Slice>> slices = slices(query.disaggregations(), indicators);
        Map<String, OrgUnitView> owners = new LinkedHashMap<>();
        for (IndicatorView i : indicators) {
            owners.computeIfAbsent(i.ownerUnitCode(), code -> metadata.unit(code).orElse(null));
        }

        long cells = 0;
        long unitIndicatorPairs = 0;
        long sliceCount = 0;
        for (IndicatorView i : indicators) {
            OrgUnitView owner = owners.get(i.ownerUnitCode());
            long related = owner == null ? 0 : units.stream().filter(u -> owner.contains(u) || u.contains(owner)).count();
            unitIndicatorPairs += related;
            sliceCount = Math.max(sliceCount, slices.get(i.code()).size());
            cells += related * periods.size() * slices.get(i.code()).size();
        }
        if (cells > maxCells) {
            throw new TooManyCellsException(cells, maxCells, indicators.size() + " indicators x " + units.size()
                    + " units (" + unitIndicatorPairs + " pairs that apply) x " + periods.size() + " periods x up to "
                    + sliceCount + " disaggregations");
        }
        AnalyticsDimensions dimensions = new AnalyticsDimensions(
                indicators.stream().map(i -> new AnalyticsDimensions.Member(i.code(), i.name())).toList(),
                units.stream().map(u -> new AnalyticsDimensions.Member(u.code(), u.name())).toList(),
                periods.stream().map(p -> new AnalyticsDimensions.Member(p.code(), p.label())).toList(),
                slices.values().stream().flatMap(List::stream)
                        .map(s -> new AnalyticsDimensions.Member(s.code(), s.name())).distinct().toList(),
                cells, maxCells);
        return new QueryPlan(root, indicators, units, periods, slices, owners, cells, dimensions);
    }

    // ---- indicators

    private List<IndicatorView> indicators(AnalyticsQuery query, OrgUnitView root, List<IndicatorView> candidates) {
        Map<String, IndicatorView> byCode = new LinkedHashMap<>();
        candidates.forEach(i -> byCode.put(i.code(), i));
        List<IndicatorView> chosen;
        if (query.indicators().isEmpty()) {
            chosen = new ArrayList<>(candidates);
        } else {
            Set<IndicatorView> named = new LinkedHashSet<>();
            for (String code : query.indicators()) {
                IndicatorView found = byCode.get(code);
                if (found == null) {
                    found = candidates.stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst().orElse(null);
                }
                if (found == null) {
                    if (metadata.indicator(code).isPresent()) {
                        throw new InvalidValueException("indicators", "indicator-not-for-unit", "Indicator '" + code
                                + "' is not reported by unit " + root.code() + " or any unit above or below it");
                    }
                    throw new NotFoundException("indicators", "indicator", code);
                }
                named.add(found);
            }
            chosen = new ArrayList<>(named);
        }
        if (query.plan() != null && !query.plan().isBlank()) {
            String plan = query.plan().trim();
            if (candidates.stream().noneMatch(i -> plan.equalsIgnoreCase(i.planCode()))) {
                throw new NotFoundException("plan", "plan", plan, "no plan of the indicators of " + root.code()
                        + " has this code");
            }
            chosen.removeIf(i -> !plan.equalsIgnoreCase(i.planCode()));
        }
        if (query.dataSet() != null && !query.dataSet().isBlank()) {
            Set<String> members = new LinkedHashSet<>(metadata.dataSetIndicators(query.dataSet().trim()));
            chosen.removeIf(i -> !members.contains(i.code()));
        }
        return chosen;
    }

    // ---- units

    private List<OrgUnitView> units(AnalyticsQuery query, OrgUnitView root, List<OrgUnitView> subtree) {
        UnitSelection selection = UnitSelection.parse(query.units());
        if (selection != UnitSelection.LEVEL && query.level() != null) {
            throw new InvalidValueException("level", "level-without-units-level",
                    "A level chooses units only with units=level (units is " + selection.name().toLowerCase(Locale.ROOT) + ")");
        }
        boolean groupNamed = query.group() != null && !query.group().isBlank();
        if (selection != UnitSelection.GROUP && groupNamed) {
            throw new InvalidValueException("group", "group-without-units-group",
                    "A group chooses units only with units=group (units is " + selection.name().toLowerCase(Locale.ROOT) + ")");
        }
        OrgUnitType type = unitType(query.unitType());
        List<OrgUnitView> chosen = switch (selection) {
            case UNIT -> List.of(root);
            case CHILDREN -> subtree.stream().filter(u -> u.level() == root.level() + 1 && root.contains(u)).toList();
            case SUBTREE -> subtree.stream().filter(root::contains).toList();
            case LEVEL -> {
                if (query.level() == null) {
                    throw new InvalidValueException("level", "level-required",
                            "units=level needs a level (1 is the top of the tree; " + root.code() + " is at level "
                                    + root.level() + ")");
                }
                if (query.level() < root.level()) {
                    throw new InvalidValueException("level", "level-above-unit", "Level " + query.level()
                            + " lies above " + root.code() + " (level " + root.level() + "); choose "
                            + root.level() + " or deeper");
                }
                yield subtree.stream().filter(u -> u.level() == query.level() && root.contains(u)).toList();
            }
            case GROUP -> {
                if (!groupNamed) {
                    throw new InvalidValueException("group", "group-required",
                            "units=group needs a group: the code of an org unit group (group=...)");
                }
                String code = query.group().trim();
                List<OrgUnitView> members = metadata.groupMembers(code)
                        .orElseThrow(() -> new NotFoundException("group", "unit group", code));
                yield members.stream().filter(root::contains).sorted(Comparator.comparingInt(OrgUnitView::preOrder))
                        .toList();
            }
        };
        return chosen.stream().filter(u -> u.id() == root.id() || !u.isRetired())
                .filter(u -> type == null || u.type() == type).toList();
    }

    private static OrgUnitType unitType(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OrgUnitType.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("unitType", "unit-type", "Unit type '" + text + "' is not known; write one of "
                    + Arrays.stream(OrgUnitType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    // ---- disaggregations

    private Map<String, List<QueryPlan.Slice>> slices(List<String> tokens, List<IndicatorView> indicators) {
        List<String> wanted = tokens.isEmpty() ? List.of(OptionComboView.TOTAL) : tokens;
        Map<String, List<OptionComboView>> combosByIndicator = new LinkedHashMap<>();
        Map<String, DisaggregationView> byCode = new LinkedHashMap<>();
        for (IndicatorView i : indicators) {
            if (i.isDisaggregated()) {
                DisaggregationView d = byCode.computeIfAbsent(i.disaggregationCode(), metadata::disaggregation);
                combosByIndicator.put(i.code(), d.combos().stream().filter(c -> !c.isTotal()).toList());
            } else {
                combosByIndicator.put(i.code(), List.of());
            }
        }
        for (String token : wanted) {
            if (token.equalsIgnoreCase(OptionComboView.TOTAL) || token.equalsIgnoreCase(ALL_COMBOS)) {
                continue;
            }
            boolean known = combosByIndicator.values().stream().flatMap(List::stream)
                    .anyMatch(c -> c.code().equalsIgnoreCase(token));
            if (!known) {
                Set<String> codes = combosByIndicator.values().stream().flatMap(List::stream)
                        .map(OptionComboView::code).collect(Collectors.toCollection(LinkedHashSet::new));
                throw new NotFoundException("disaggregations", "option combination", token, codes.isEmpty()
                        ? "none of the indicators is broken down; use total"
                        : "the indicators are broken down into " + String.join(", ", codes) + "; or use total or all");
            }
        }
        Map<String, List<QueryPlan.Slice>> slices = new LinkedHashMap<>();
        for (IndicatorView i : indicators) {
            List<OptionComboView> combos = combosByIndicator.get(i.code());
            Map<String, QueryPlan.Slice> chosen = new LinkedHashMap<>();
            for (String token : wanted) {
                if (token.equalsIgnoreCase(OptionComboView.TOTAL)) {
                    chosen.putIfAbsent(QueryPlan.Slice.TOTAL.code(), QueryPlan.Slice.TOTAL);
                } else if (token.equalsIgnoreCase(ALL_COMBOS)) {
                    if (combos.isEmpty()) {
                        chosen.putIfAbsent(QueryPlan.Slice.TOTAL.code(), QueryPlan.Slice.TOTAL);
                    }
                    combos.forEach(c -> chosen.putIfAbsent(c.code(), new QueryPlan.Slice(c.code(), c.name(), c)));
                } else {
                    combos.stream().filter(c -> c.code().equalsIgnoreCase(token)).findFirst()
                            .ifPresent(c -> chosen.putIfAbsent(c.code(), new QueryPlan.Slice(c.code(), c.name(), c)));
                }
            }
            slices.put(i.code(), List.copyOf(chosen.values()));
        }
        return slices;
    }
}
