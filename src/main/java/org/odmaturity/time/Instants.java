package org.odmaturity.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the database keeps them: the one source of "now" in the application (OneClockRuleTest), so that a time
 * written and the same time read back are equal.
 */
public final class Instants {

    private Instants() {
    }

    /**
     * Now, to the microsecond: PostgreSQL's {@code timestamptz} keeps microseconds, while the JVM's clock here has
     * nanoseconds. A body built from an entity just written (an answer save's response, the answers kept for the
     * diagnostic's version) must say exactly what a later read of the same version says, or one ETag would stand for
     * two bodies (docs/api.md, "Versions and concurrent edits").
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
