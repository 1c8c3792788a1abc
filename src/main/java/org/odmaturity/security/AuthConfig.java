package org.odmaturity.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Password checks and API tokens ({@code odm.auth.*}); docs/operations.md, "Authentication and throttling". */
@ConfigMapping(prefix = "odm.auth")
public interface AuthConfig {

    Throttle throttle();

    BasicCache basicCache();

    Tokens tokens();

    /** Failed password checks (HTTP Basic and the sign-in form), counted in the database for every instance. */
    interface Throttle {

        /** Failures for one email within {@link #window()} after which that email is refused. */
        @WithDefault("10")
        int accountFailures();

        /** Failures from one client address within {@link #window()} after which that address is refused. */
        @WithDefault("50")
        int addressFailures();

        /** The sliding window the failures are counted in; a refusal lasts until enough of them leave it. */
        @WithDefault("PT15M")
        Duration window();
    }

    /** Successful HTTP Basic checks remembered in memory, so that a script's next request runs no bcrypt. */
    interface BasicCache {

        /** How long a successful check is remembered (0 switches the cache off). */
        @WithDefault("PT5M")
        Duration ttl();

        /** Most remembered checks per instance. */
        @WithDefault("10000")
        int maxEntries();
    }

    /** Personal API tokens. */
    interface Tokens {

        /** The longest validity a token may be given. */
        @WithDefault("P365D")
        Duration maxValidity();

        /** Most live (neither revoked nor expired) tokens per account. */
        @WithDefault("20")
        int maxPerAccount();
    }
}
