package cn.js.pilotzone.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.js.pilotzone.MutableClock;
import cn.js.pilotzone.identity.IdentityProperties;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new IdentityProperties(5, Duration.ofMinutes(30), 3, Duration.ofMinutes(10), Duration.ofDays(90), 4, Duration.ofMinutes(30)),
            clock);

    @Test
    void blocksAnAddressAfterTooManyFailuresInTheWindow() {
        throttle.recordFailure("10.1.1.1");
        throttle.recordFailure("10.1.1.1");
        assertThat(throttle.isBlocked("10.1.1.1")).isFalse();
        throttle.recordFailure("10.1.1.1");
        assertThat(throttle.isBlocked("10.1.1.1")).isTrue();
        assertThat(throttle.isBlocked("10.1.1.2")).isFalse();
    }

    @Test
    void forgetsFailuresOnceTheWindowHasPassed() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("10.1.1.1");
        }
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(throttle.isBlocked("10.1.1.1")).isFalse();
    }
}
