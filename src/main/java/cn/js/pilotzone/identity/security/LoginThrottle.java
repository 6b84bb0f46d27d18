package cn.js.pilotzone.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import cn.js.pilotzone.identity.IdentityProperties;

/**
 * Counts failed logins per client address in a sliding window. The account lock stops guessing of
 * one password; this stops one address from trying many accounts. Kept in memory on purpose: it
 * protects this node's CPU from a flood of slow password hashes, and a restart forgets nothing
 * that matters, because account locks are in the database.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final IdentityProperties properties;
    private final Clock clock;

    LoginThrottle(IdentityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            dropExpired(recent);
            return recent.size() >= properties.throttleMaxFailures();
        }
    }

    /** @return true if this failure is the one that blocks the address */
    boolean recordFailure(String address) {
        if (failures.size() >= MAX_TRACKED_ADDRESSES) {
            failures.values().removeIf(this::expiredEntirely);
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            dropExpired(recent);
            recent.addLast(clock.instant());
            return recent.size() == properties.throttleMaxFailures();
        }
    }

    Duration window() {
        return properties.throttleWindow();
    }

    private boolean expiredEntirely(Deque<Instant> recent) {
        synchronized (recent) {
            dropExpired(recent);
            return recent.isEmpty();
        }
    }

    private void dropExpired(Deque<Instant> recent) {
        Instant windowStart = clock.instant().minus(properties.throttleWindow());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
            recent.removeFirst();
        }
    }
}
