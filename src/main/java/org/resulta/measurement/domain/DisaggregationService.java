package org.resulta.measurement.domain;

import org.resulta.measurement.CategoryRequest;
import org.resulta.measurement.CategoryView;
import org.resulta.measurement.DisaggregationRequest;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.Disaggregations;
import org.resulta.measurement.OptionComboView;
import org.resulta.shared.Actors;
import org.resulta.shared.CommittedSnapshot;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Categories and disaggregations, and the lookup of option combinations that value services use. The combinations
 * are few and change rarely, so they are held in memory and reloaded after every definition.
 */
@Service
@Transactional
class DisaggregationService implements Disaggregations {

    static final int MAX_COMBINATIONS = 500;

    private final DisaggregationRepository repository;
    /** Kept as committed: a disaggregation defined in a transaction that rolls back (a dry run) never stays in it. */
    private final CommittedSnapshot<Snapshot> snapshot;

    DisaggregationService(DisaggregationRepository repository) {
        this.repository = repository;
        this.snapshot = new CommittedSnapshot<>(this::load);
    }

    /** The disaggregations by id and code, and every combination by id. */
    record Snapshot(Map<Integer, DisaggregationView> byId, Map<String, Integer> idByCode,
                    Map<Integer, OptionComboView> combos, int totalComboId) {

        DisaggregationView of(Integer disaggregationId) {
            return disaggregationId == null ? byId.get(idByCode.get(DisaggregationView.NONE)) : byId.get(disaggregationId);
        }
    }

    Snapshot snapshot() {
        return snapshot.get().orElseGet(this::load);
    }

    private Snapshot load() {
        var all = repository.disaggregations();
        Map<Integer, DisaggregationView> byId = all.stream().collect(Collectors.toMap(
                DisaggregationRepository.StoredDisaggregation::id, DisaggregationRepository.StoredDisaggregation::view));
        Map<String, Integer> idByCode = all.stream().collect(Collectors.toMap(d -> d.view().code(),
                DisaggregationRepository.StoredDisaggregation::id));
        Map<Integer, OptionComboView> combos = all.stream().flatMap(d -> d.view().combos().stream())
                .collect(Collectors.toMap(OptionComboView::id, Function.identity()));
        int total = byId.get(idByCode.get(DisaggregationView.NONE)).combos().get(0).id();
        return new Snapshot(Map.copyOf(byId), Map.copyOf(idByCode), Map.copyOf(combos), total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategoryView> categories() {
        return repository.categories().stream().map(DisaggregationRepository.StoredCategory::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DisaggregationView> disaggregations() {
        return repository.disaggregations().stream().map(DisaggregationRepository.StoredDisaggregation::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public DisaggregationView disaggregation(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("code", "disaggregation", code));
    }

    Optional<DisaggregationView> find(String code) {
        Snapshot s = snapshot();
        Integer id = s.idByCode().get(code);
        return id == null ? Optional.empty() : Optional.of(s.byId().get(id));
    }

    Optional<Integer> idOf(String code) {
        return Optional.ofNullable(snapshot().idByCode().get(code));
    }

    @Override
    public CategoryView defineCategory(CategoryRequest request) {
        if (repository.categoryCodeExists(request.code())) {
            throw new ConflictException("code", "duplicate-code", "A category with code '" + request.code() + "' already exists");
        }
        Set<String> seen = new HashSet<>();
        for (CategoryRequest.Option o : request.options()) {
            if (!seen.add(o.code().toLowerCase(java.util.Locale.ROOT))) {
                throw new InvalidValueException("options", "duplicate-option", "Option '" + o.code() + "' appears twice");
            }
        }
        repository.insertCategory(request.code(), request.name().trim(), request.kind(),
                request.options().stream().map(o -> new CategoryView.Option(o.code(), o.name().trim())).toList(),
                Actors.current());
        return categories().stream().filter(c -> c.code().equals(request.code())).findFirst().orElseThrow();
    }

    @Override
    public DisaggregationView defineDisaggregation(DisaggregationRequest request) {
        if (repository.disaggregationCodeExists(request.code())) {
            throw new ConflictException("code", "duplicate-code", "A disaggregation with code '" + request.code() + "' already exists");
        }
        Map<String, DisaggregationRepository.StoredCategory> categories = repository.categories().stream()
                .collect(Collectors.toMap(c -> c.view().code(), Function.identity()));
        List<DisaggregationRepository.StoredCategory> chosen = new ArrayList<>();
        for (String code : request.categoryCodes()) {
            DisaggregationRepository.StoredCategory category = categories.get(code);
            if (category == null) {
                throw new NotFoundException("categoryCodes", "category", code);
            }
            if (chosen.contains(category)) {
                throw new InvalidValueException("categoryCodes", "duplicate-category", "Category '" + code + "' appears twice");
            }
            chosen.add(category);
        }
        List<DisaggregationRepository.NewCombo> combos = combinations(chosen);
        repository.insertDisaggregation(request.code(), request.name().trim(),
                chosen.stream().map(DisaggregationRepository.StoredCategory::id).toList(), combos, Actors.current());
        snapshot.changed();
        return disaggregation(request.code());
    }

    /** Every combination of one option per category, in the categories' order (the cartesian product). */
    static List<DisaggregationRepository.NewCombo> combinations(List<DisaggregationRepository.StoredCategory> categories) {
        long count = 1;
        for (var c : categories) {
            count *= Math.max(1, c.view().options().size());
        }
        if (count > MAX_COMBINATIONS) {
            throw new InvalidValueException("categoryCodes", "too-many-combinations", "These categories make " + count
                    + " combinations; at most " + MAX_COMBINATIONS + " are allowed");
        }
        List<DisaggregationRepository.NewCombo> result = new ArrayList<>();
        result.add(new DisaggregationRepository.NewCombo("", "", List.of()));
        for (var category : categories) {
            List<DisaggregationRepository.NewCombo> next = new ArrayList<>();
            for (var partial : result) {
                for (CategoryView.Option option : category.view().options()) {
                    List<Long> ids = new ArrayList<>(partial.optionIds());
                    ids.add(category.optionIds().get(option.code()));
                    next.add(new DisaggregationRepository.NewCombo(
                            partial.code().isEmpty() ? option.code() : partial.code() + "_" + option.code(),
                            partial.name().isEmpty() ? option.name() : partial.name() + ", " + option.name(), ids));
                }
            }
            result = next;
        }
        return result;
    }
}
