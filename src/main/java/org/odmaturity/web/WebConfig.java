package org.odmaturity.web;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The web pages' settings ({@code odm.web.*}). */
@ConfigMapping(prefix = "odm.web")
public interface WebConfig {

    /** Mark the session cookies {@code Secure} (HTTPS only). Off only in dev mode and tests. */
    @WithDefault("true")
    boolean secureCookies();

    /**
     * The secret of the forms' CSRF tokens (HMAC-SHA256 key, at least 32 characters). When unset, a random secret is
     * drawn at each start: set it (ODM_WEB_CSRF_SECRET) when several instances serve behind a load balancer.
     */
    Optional<String> csrfSecret();

    /**
     * {@code Strict-Transport-Security: max-age=…} on every response (browsers then refuse plain HTTP for this host
     * that long); zero sends no such header. One year by default; off in dev mode and tests (plain HTTP).
     */
    @WithDefault("P365D")
    Duration hstsMaxAge();
}
