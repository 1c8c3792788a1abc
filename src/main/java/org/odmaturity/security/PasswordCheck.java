package org.odmaturity.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * The one way a password is checked, for HTTP Basic and the sign-in form: the shared throttle first (refusing before
 * any bcrypt once the budget is spent), then the remembered successes, then bcrypt; failures are counted against the
 * email and the client address, and in the meter {@code odm.sign.in.failures} by channel and reason (never by email).
 */
@ApplicationScoped
// created at start, so that its meters are exported (at zero) before the first event
@Startup
public class PasswordCheck {

    /** What came of a check. */
    public sealed interface Outcome {
    }

    /** The password is right and the account active. */
    public record Accepted(AppUser user) implements Outcome {
    }

    /** Wrong password, unknown email or inactive account (never saying which). */
    public record Refused() implements Outcome {
    }

    /** Too many failures for this email or this address: nothing was checked; try again after {@code retryAfter}. */
    public record Throttled(Duration retryAfter) implements Outcome {
    }

    /** Where the password was presented (a tag of the failures' meter). */
    public enum Channel {
        /** HTTP Basic on the API (and the metrics endpoint). */
        BASIC,
        /** The sign-in form of the pages. */
        FORM
    }

    /** Longest email and password looked at: longer ones are refused without bcrypt (and counted). */
    private static final int EMAIL_MAX = 254;
    private static final int PASSWORD_MAX = 1000;

    private final AuthThrottle throttle;
    private final VerifiedPasswords verified;
    private final UserService users;
    /** Failures by [channel][0 = refused, 1 = throttled]: built once, no registry lookup per attempt. */
    private final Counter[][] failures = new Counter[Channel.values().length][2];

    public PasswordCheck(AuthThrottle throttle, VerifiedPasswords verified, UserService users, MeterRegistry meters) {
        this.throttle = throttle;
        this.verified = verified;
        this.users = users;
        for (Channel channel : Channel.values()) {
            for (int reason = 0; reason < 2; reason++) {
                failures[channel.ordinal()][reason] = Counter.builder("odm.sign.in.failures")
                        .description("Failed password checks (wrong password, unknown or inactive account; or refused "
                                + "by the throttle before any check)")
                        .tag("channel", channel.name().toLowerCase(java.util.Locale.ROOT))
                        .tag("reason", reason == 0 ? "refused" : "throttled").register(meters);
            }
        }
    }

    /**
     * @param channel where the password was presented
     * @param address the client's address as the connection (or a trusted proxy) gives it; null if unknown
     */
    public Outcome check(Channel channel, String email, String password, String address) {
        String login = email == null ? "" : email.trim();
        AuthThrottle.Verdict verdict = throttle.check(login, address);
        if (verdict.refused()) {
            failures[channel.ordinal()][1].increment();
            return new Throttled(verdict.retryAfter());
        }
        if (login.isEmpty() || login.length() > EMAIL_MAX || password == null || password.isEmpty()
                || password.length() > PASSWORD_MAX) {
            throttle.failed(login, address);
            failures[channel.ordinal()][0].increment();
            return new Refused();
        }
        String key = verified.enabled() ? verified.keyOf(login, password) : null;
        Optional<VerifiedPasswords.Entry> remembered = key == null ? Optional.empty() : verified.find(key);
        if (remembered.isPresent()) {
            Optional<AppUser> user = users.find(remembered.get().userId())
                    .filter(u -> u.active && remembered.get().passwordHash().equals(u.passwordHash));
            if (user.isPresent()) {
                throttle.succeeded(login, verdict);
                return new Accepted(user.get());
            }
            verified.forget(key);
        }
        Optional<AppUser> user = users.authenticate(login, password.toCharArray());
        if (user.isEmpty()) {
            throttle.failed(login, address);
            failures[channel.ordinal()][0].increment();
            return new Refused();
        }
        if (key != null) {
            verified.remember(key, user.get());
        }
        throttle.succeeded(login, verdict);
        return new Accepted(user.get());
    }
}
