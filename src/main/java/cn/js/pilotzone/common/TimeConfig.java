package cn.js.pilotzone.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole system, so that deadlines, lockouts and reminders can be tested by moving
 * time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

    /** Dates of the standard (January 31, June 30) are dates in Jiangsu. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** An instant as a date and time in Jiangsu, as pages show it; null stays null. */
    public static OffsetDateTime inJiangsu(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    /**
     * Ticks in whole milliseconds: every database keeps at least that precision, so an instant read
     * back equals the instant written.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.system(ZONE), Duration.ofMillis(1));
    }
}
