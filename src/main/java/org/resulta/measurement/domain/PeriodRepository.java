package org.resulta.measurement.domain;

import org.resulta.shared.Period;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Gives each period a small integer key, creating the row the first time a period is used. */
@Repository
class PeriodRepository {

    private final JdbcClient jdbc;
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();

    PeriodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> find(Period period) {
        Integer cached = ids.get(period.code());
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Integer> id = jdbc.sql("SELECT id FROM period WHERE code = :code").param("code", period.code())
                .query(Integer.class).optional();
        id.ifPresent(i -> ids.put(period.code(), i));
        return id;
    }

    /** The period's key; the row is made in its own transaction so that a rolled-back entry leaves no gap. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int idFor(Period period) {
        return find(period).orElseGet(() -> {
            try {
                jdbc.sql("""
                                INSERT INTO period (code, period_type, start_date, end_date)
                                VALUES (:code, :type, :start, :end)""")
                        .param("code", period.code()).param("type", period.type().name())
                        .param("start", period.start()).param("end", period.end()).update();
            } catch (DuplicateKeyException raced) {
                // another request created it first
            }
            return find(period).orElseThrow();
        });
    }
}
