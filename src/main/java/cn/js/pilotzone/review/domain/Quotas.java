package cn.js.pilotzone.review.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many parks each city may recommend in a round, when the province sets a limit. */
@Component
public class Quotas {

    private final JdbcClient jdbc;

    Quotas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Integer> of(long roundId, String jurisdictionCode) {
        return jdbc.sql("SELECT quota FROM city_quota WHERE round_id = ? AND jurisdiction_code = ?")
                .params(roundId, jurisdictionCode).query(Integer.class).optional();
    }

    /**
     * The limit, with its row locked until the caller's transaction ends: two reviewers of one city
     * recommending at once are counted one after the other, so the limit holds.
     */
    public Optional<Integer> lockedOf(long roundId, String jurisdictionCode) {
        return jdbc.sql("SELECT quota FROM city_quota WHERE round_id = ? AND jurisdiction_code = ? FOR UPDATE")
                .params(roundId, jurisdictionCode).query(Integer.class).optional();
    }

    /** Sets or, with null, lifts the limit; one statement pair in the caller's transaction. */
    public void set(long roundId, String jurisdictionCode, Integer quota, String by, Instant at) {
        jdbc.sql("DELETE FROM city_quota WHERE round_id = ? AND jurisdiction_code = ?")
                .params(roundId, jurisdictionCode).update();
        if (quota != null) {
            jdbc.sql("INSERT INTO city_quota (round_id, jurisdiction_code, quota, set_by, set_at) VALUES (?, ?, ?, ?, ?)")
                    .params(roundId, jurisdictionCode, quota, by, java.sql.Timestamp.from(at)).update();
        }
    }
}
