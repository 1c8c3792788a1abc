package org.odmaturity.security.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down password guessing on the sign-in form: after {@link #MAX_FAILURES} failed attempts for one email within
 * {@link #WINDOW}, further attempts for that email are refused until the oldest failure leaves the window (the right
 * password included, so a guesser learns nothing). Kept in memory: per instance, forgotten at restart — a brake on
 * online guessing, not an account lock-out (which would let anyone lock a colleague out).
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make us use with made-up emails. */
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this email must wait before trying again, or {@link Duration#ZERO}. */
    public Duration wait(String email) {
        Deque<Instant> list = failures.get(key(email));
        if (list == null) {
            return Duration.ZERO;
        }
        synchronized (list) {
            Instant now = clock.instant();
            prune(list, now);
            if (list.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            return Duration.between(now, list.peekFirst().plus(WINDOW));
        }
    }

    public void failed(String email) {
        if (failures.size() >= MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(list -> {
                synchronized (list) {
                    prune(list, now);
                    return list.isEmpty();
                }
            });
        }
        Deque<Instant> list = failures.computeIfAbsent(key(email), k -> new ArrayDeque<>());
        synchronized (list) {
            Instant now = clock.instant();
            prune(list, now);
            list.addLast(now);
            while (list.size() > MAX_FAILURES) {
                list.removeFirst();
            }
        }
    }

    public void succeeded(String email) {
        failures.remove(key(email));
    }

    private static void prune(Deque<Instant> list, Instant now) {
        while (!list.isEmpty() && !list.peekFirst().plus(WINDOW).isAfter(now)) {
            list.removeFirst();
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
