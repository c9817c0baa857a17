package org.resulta.measurement.domain;

import org.resulta.measurement.CategoryKind;
import org.resulta.measurement.CategoryView;
import org.resulta.measurement.DisaggregationView;
import org.resulta.measurement.OptionComboView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Categories, their options, disaggregations and the option combinations that key values. */
@Repository
class DisaggregationRepository {

    private final JdbcClient jdbc;

    DisaggregationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredCategory(long id, CategoryView view, Map<String, Long> optionIds) {
    }

    List<StoredCategory> categories() {
        Map<Long, String[]> heads = new LinkedHashMap<>();
        jdbc.sql("SELECT id, code, name, kind FROM category ORDER BY code").query(rs -> {
            heads.put(rs.getLong("id"), new String[]{rs.getString("code"), rs.getString("name"), rs.getString("kind")});
        });
        Map<Long, List<CategoryView.Option>> options = new LinkedHashMap<>();
        Map<Long, Map<String, Long>> optionIds = new LinkedHashMap<>();
        jdbc.sql("SELECT id, category_id, code, name FROM category_option ORDER BY category_id, sort_order").query(rs -> {
            long category = rs.getLong("category_id");
            options.computeIfAbsent(category, k -> new ArrayList<>())
                    .add(new CategoryView.Option(rs.getString("code"), rs.getString("name")));
            optionIds.computeIfAbsent(category, k -> new LinkedHashMap<>()).put(rs.getString("code"), rs.getLong("id"));
        });
        List<StoredCategory> all = new ArrayList<>();
        heads.forEach((id, h) -> all.add(new StoredCategory(id, new CategoryView(h[0], h[1], CategoryKind.valueOf(h[2]),
                List.copyOf(options.getOrDefault(id, List.of()))), optionIds.getOrDefault(id, Map.of()))));
        return all;
    }

    boolean categoryCodeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM category WHERE LOWER(code) = LOWER(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    void insertCategory(String code, String name, CategoryKind kind, List<CategoryView.Option> options, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO category (code, name, kind, created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :name, :kind, :now, :actor, :now, :actor)""")
                .param("code", code).param("name", name).param("kind", kind.name()).param("now", now)
                .param("actor", actor).update(keys, "id");
        long id = keys.getKey().longValue();
        int order = 0;
        for (CategoryView.Option option : options) {
            jdbc.sql("""
                            INSERT INTO category_option (category_id, code, name, sort_order, created_at, created_by,
                                                         changed_at, changed_by)
                            VALUES (:category, :code, :name, :order, :now, :actor, :now, :actor)""")
                    .param("category", id).param("code", option.code()).param("name", option.name())
                    .param("order", order++).param("now", now).param("actor", actor).update();
        }
    }

    record StoredDisaggregation(int id, DisaggregationView view) {
    }

    List<StoredDisaggregation> disaggregations() {
        Map<Integer, String[]> heads = new LinkedHashMap<>();
        jdbc.sql("SELECT id, code, name FROM disaggregation ORDER BY code").query(rs -> {
            heads.put(rs.getInt("id"), new String[]{rs.getString("code"), rs.getString("name")});
        });
        Map<Integer, List<String>> categories = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT d.disaggregation_id, c.code FROM disaggregation_category d
                        JOIN category c ON c.id = d.category_id ORDER BY d.disaggregation_id, d.position""")
                .query(rs -> {
                    categories.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Integer, List<String>> members = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT m.option_combo_id, o.code FROM option_combo_member m
                        JOIN category_option o ON o.id = m.category_option_id
                        JOIN disaggregation_category d ON d.category_id = o.category_id
                        JOIN option_combo c ON c.id = m.option_combo_id AND c.disaggregation_id = d.disaggregation_id
                        ORDER BY m.option_combo_id, d.position""")
                .query(rs -> {
                    members.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Integer, List<OptionComboView>> combos = new LinkedHashMap<>();
        jdbc.sql("SELECT id, disaggregation_id, code, name FROM option_combo ORDER BY disaggregation_id, sort_order")
                .query(rs -> {
                    int id = rs.getInt("id");
                    combos.computeIfAbsent(rs.getInt("disaggregation_id"), k -> new ArrayList<>())
                            .add(new OptionComboView(id, rs.getString("code"), rs.getString("name"),
                                    List.copyOf(members.getOrDefault(id, List.of()))));
                });
        List<StoredDisaggregation> all = new ArrayList<>();
        heads.forEach((id, h) -> all.add(new StoredDisaggregation(id, new DisaggregationView(h[0], h[1],
                List.copyOf(categories.getOrDefault(id, List.of())), List.copyOf(combos.getOrDefault(id, List.of()))))));
        return all;
    }

    boolean disaggregationCodeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM disaggregation WHERE LOWER(code) = LOWER(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    /** A combination to create: its code, name and the option ids it joins. */
    record NewCombo(String code, String name, List<Long> optionIds) {
    }

    void insertDisaggregation(String code, String name, List<Long> categoryIds, List<NewCombo> combos, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO disaggregation (code, name, created_at, created_by, changed_at, changed_by)
                        VALUES (:code, :name, :now, :actor, :now, :actor)""")
                .param("code", code).param("name", name).param("now", now).param("actor", actor).update(keys, "id");
        int id = keys.getKey().intValue();
        for (int i = 0; i < categoryIds.size(); i++) {
            jdbc.sql("INSERT INTO disaggregation_category (disaggregation_id, category_id, position) VALUES (:d, :c, :p)")
                    .param("d", id).param("c", categoryIds.get(i)).param("p", i).update();
        }
        int order = 0;
        for (NewCombo combo : combos) {
            GeneratedKeyHolder comboKey = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO option_combo (disaggregation_id, code, name, sort_order,
                                                      created_at, created_by, changed_at, changed_by)
                            VALUES (:d, :code, :name, :order, :now, :actor, :now, :actor)""")
                    .param("d", id).param("code", combo.code()).param("name", combo.name()).param("order", order++)
                    .param("now", now).param("actor", actor).update(comboKey, "id");
            int comboId = comboKey.getKey().intValue();
            for (Long option : combo.optionIds()) {
                jdbc.sql("INSERT INTO option_combo_member (option_combo_id, category_option_id) VALUES (:c, :o)")
                        .param("c", comboId).param("o", option).update();
            }
        }
    }

    Optional<Integer> idOf(String disaggregationCode) {
        return jdbc.sql("SELECT id FROM disaggregation WHERE code = :code").param("code", disaggregationCode)
                .query(Integer.class).optional();
    }
}
