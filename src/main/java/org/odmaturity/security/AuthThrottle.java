package org.odmaturity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.odmaturity.time.Instants;

/**
 * Slows down password guessing, for HTTP Basic and the sign-in form alike: once an email, or a client address, has
 * spent its budget of failures ({@link AuthConfig.Throttle}) within the sliding window, every attempt for it is refused
 * <em>before</em> any bcrypt runs — the right password included, so a guesser learns nothing — until enough failures
 * leave the window. Refused attempts are not counted (they cost nothing), so the table holds at most a budget of rows
 * per subject and window.
 *
 * <p>The failures live in the database ({@code auth_failure}), so every instance sees the same budget. Subjects are
 * stored as SHA-256 of {@code account:<email>} or {@code address:<address>}: the table holds no email nor address in
 * clear. Per email, not per account: an email without an account is throttled the same, so the answer does not tell
 * which emails exist. A success clears its email's failures (not its address's, which would let anyone holding one
 * account reset the budget of the address they guess from).
 */
@ApplicationScoped
public class AuthThrottle {

    /** The failures counted for one attempt, and how long it must wait ({@link Duration#ZERO}: it may go on). */
    public record Verdict(Duration retryAfter, long accountFailures) {

        public boolean refused() {
            return !retryAfter.isZero();
        }
    }

    private static final long CLEANUP_EVERY = 64;

    private final AuthConfig.Throttle config;
    private final AtomicLong failuresSeen = new AtomicLong();

    public AuthThrottle(AuthConfig config) {
        this.config = config.throttle();
    }

    /** One indexed query: whether this email or this address (null: unknown) has spent its budget. */
    @Transactional
    public Verdict check(String email, String address) {
        Instant now = Instants.now();
        Instant since = now.minus(config.window());
        String account = accountSubject(email);
        String origin = addressSubject(address);
        List<String> subjects = origin == null ? List.of(account) : List.of(account, origin);
        long accountFailures = 0;
        Duration wait = Duration.ZERO;
        List<Object[]> counts = AuthFailure.getEntityManager().createQuery("select f.subject, count(f) from AuthFailure f"
                + " where f.subject in (:subjects) and f.failedAt > :since group by f.subject", Object[].class)
                .setParameter("subjects", subjects).setParameter("since", since).getResultList();
        for (Object[] row : counts) {
            String subject = (String) row[0];
            long count = ((Number) row[1]).longValue();
            boolean isAccount = subject.equals(account);
            if (isAccount) {
                accountFailures = count;
            }
            int budget = isAccount ? config.accountFailures() : config.addressFailures();
            if (count >= budget) {
                Duration subjectWait = waitFor(subject, budget, since, now);
                if (subjectWait.compareTo(wait) > 0) {
                    wait = subjectWait;
                }
            }
        }
        return new Verdict(wait, accountFailures);
    }

    /** Counts a failed check against the email and the address. */
    @Transactional
    public void failed(String email, String address) {
        Instant now = Instants.now();
        List<String> subjects = new ArrayList<>(List.of(accountSubject(email)));
        String origin = addressSubject(address);
        if (origin != null) {
            subjects.add(origin);
        }
        for (String subject : subjects) {
            AuthFailure failure = new AuthFailure();
            failure.subject = subject;
            failure.failedAt = now;
            failure.persist();
        }
        if (failuresSeen.getAndIncrement() % CLEANUP_EVERY == 0) {
            AuthFailure.delete("failedAt <= ?1", now.minus(config.window()));
        }
    }

    /** A successful check: the email's failures are forgotten (written only if it had any). */
    @Transactional
    public void succeeded(String email, Verdict verdict) {
        if (verdict.accountFailures() > 0) {
            AuthFailure.delete("subject", accountSubject(email));
        }
    }

    /** Until the failure that keeps the budget spent leaves the window (at least a second). */
    private Duration waitFor(String subject, int budget, Instant since, Instant now) {
        List<Instant> recent = AuthFailure.getEntityManager().createQuery("select f.failedAt from AuthFailure f"
                + " where f.subject = :subject and f.failedAt > :since order by f.failedAt desc", Instant.class)
                .setParameter("subject", subject).setParameter("since", since).setMaxResults(budget).getResultList();
        Instant freed = recent.get(recent.size() - 1).plus(config.window());
        Duration wait = Duration.between(now, freed);
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    static String accountSubject(String email) {
        String normalized = AppUser.normalize(email);
        return sha256("account:" + (normalized == null ? "" : normalized));
    }

    static String addressSubject(String address) {
        return address == null || address.isBlank() ? null : sha256("address:" + address);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
