package cn.js.pilotzone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a fresh database (H2 in memory, or the PostgreSQL that DB_URL names)
 * with the demonstration people and a clock the test controls. All integration tests share this
 * one configuration, so that Spring builds the context once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(IntegrationTest.Clocks.class)
public @interface IntegrationTest {

    /** The instant every test starts from; tests that move the clock put it back. */
    Instant START = Instant.parse("2026-03-02T01:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }
}
