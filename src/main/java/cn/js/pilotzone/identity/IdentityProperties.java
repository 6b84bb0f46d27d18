package cn.js.pilotzone.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protections, each a setting with the level-3 default.
 *
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param throttleMaxFailures failed logins from one client address within the window before that
 *        address is refused for the rest of the window
 * @param throttleWindow the throttling window
 * @param passwordMaxAge after this a password has expired and must be changed
 * @param bcryptStrength log2 of the hashing rounds
 * @param idleTimeout a logged-in session without activity for this long ends
 */
@ConfigurationProperties("pilotzone.identity")
public record IdentityProperties(int maxFailedLogins, Duration lockDuration, int throttleMaxFailures,
        Duration throttleWindow, Duration passwordMaxAge, int bcryptStrength, Duration idleTimeout) {

    public IdentityProperties {
        maxFailedLogins = maxFailedLogins > 0 ? maxFailedLogins : 5;
        lockDuration = lockDuration != null ? lockDuration : Duration.ofMinutes(30);
        throttleMaxFailures = throttleMaxFailures > 0 ? throttleMaxFailures : 20;
        throttleWindow = throttleWindow != null ? throttleWindow : Duration.ofMinutes(10);
        passwordMaxAge = passwordMaxAge != null ? passwordMaxAge : Duration.ofDays(90);
        bcryptStrength = bcryptStrength > 0 ? bcryptStrength : 12;
        idleTimeout = idleTimeout != null ? idleTimeout : Duration.ofMinutes(30);
    }
}
