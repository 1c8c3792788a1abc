package org.odmaturity.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void tenFailuresInFifteenMinutesMakeThatEmailWaitUntilTheOldestLeavesTheWindow() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("Agent@Commune.fr");
            clock.now = clock.now.plusSeconds(60);
        }
        assertEquals(Duration.ZERO, throttle.wait("agent@commune.fr"), "nine failures: still free");
        throttle.failed(" agent@commune.fr ");
        // first failure at 10:00, now 10:09 → wait until 10:15
        assertEquals(Duration.ofMinutes(6), throttle.wait("AGENT@commune.fr"));
        assertEquals(Duration.ZERO, throttle.wait("colleague@commune.fr"), "other emails are not affected");
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertEquals(Duration.ZERO, throttle.wait("agent@commune.fr"), "the oldest failure left the window");
        throttle.failed("agent@commune.fr");
        assertTrue(throttle.wait("agent@commune.fr").compareTo(Duration.ZERO) > 0, "ten again within 15 minutes");
        throttle.succeeded("agent@commune.fr");
        assertEquals(Duration.ZERO, throttle.wait("agent@commune.fr"));
    }
}
