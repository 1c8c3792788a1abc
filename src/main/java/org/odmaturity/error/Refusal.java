package org.odmaturity.error;

import java.util.Map;

import io.quarkus.security.AuthenticationFailedException;

import org.odmaturity.security.AccountIdentityProvider;

/**
 * An authentication or authorization refusal as the service words it, for the JAX-RS mappers ({@link ProblemMappers})
 * and for the routes outside JAX-RS that check credentials themselves (the metrics endpoint,
 * {@code security.MetricsAccess}): one wording and one set of headers for both.
 *
 * @param problem the problem body (its {@code instance} the request's path)
 * @param headers the headers that go with it ({@code WWW-Authenticate}, {@code Retry-After})
 */
public record Refusal(Problem problem, Map<String, String> headers) {

    /** The Basic challenge of every 401. */
    public static final String CHALLENGE = "Basic realm=\"od-maturity\", charset=\"UTF-8\"";

    public int status() {
        return problem.status();
    }

    /** 401 with the Basic challenge: the same whether credentials were missing or refused, never saying which. */
    public static Refusal unauthorized(String instance) {
        return new Refusal(new Problem(Problem.type("unauthorized"), "Unauthorized", 401,
                "Present a personal API token (Bearer odm_…), sign in (HTTP Basic with your account) or present a"
                        + " valid invitation link token (Bearer odmi_…).", instance, null),
                Map.of("WWW-Authenticate", CHALLENGE));
    }

    /** 403: signed in, but this role or this account may not do that. */
    public static Refusal forbidden(String detail, String instance) {
        return new Refusal(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                detail == null || detail.isBlank() ? "You may not do this." : detail, instance, null), Map.of());
    }

    /** 429: too many failed sign-in attempts; try again after {@code retryAfterSeconds}. */
    public static Refusal tooManyAttempts(long retryAfterSeconds, String instance) {
        return new Refusal(new Problem(Problem.type("too-many-attempts"), "Too many attempts", 429,
                "Too many failed sign-in attempts for this account or from this address; nothing was checked. Try again"
                        + " in " + retryAfterSeconds + " second(s), or use a personal API token (Bearer odm_…).",
                instance, null), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** 503 when the database is out of reach: try again later ({@code Retry-After}, in seconds). */
    public static Refusal unavailable(String instance) {
        return new Refusal(new Problem(Problem.type("service-unavailable"), "Service unavailable", 503,
                "The service cannot reach its database for now. Try again in a few seconds.", instance, null),
                Map.of("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS)));
    }

    /**
     * Credentials that could not be accepted: 401, or 429 when the throttle refused before any check, or 503 when the
     * accounts could not be read (the database out of reach).
     */
    public static Refusal ofFailedAuthentication(Throwable failure, String instance) {
        if (DatabaseUnavailable.causes(failure)) {
            return unavailable(instance);
        }
        if (failure instanceof AuthenticationFailedException e
                && e.getAttribute(AccountIdentityProvider.RETRY_AFTER_SECONDS) instanceof Long seconds) {
            return tooManyAttempts(seconds, instance);
        }
        return unauthorized(instance);
    }
}
