package org.odmaturity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.odmaturity.time.Instants;

/**
 * Web sign-in sessions: a 256-bit random token in the browser's cookie, its SHA-256 in {@code staff_session}. A
 * session is valid while its account is active, it has been used within {@link StaffSessionConfig#idle()}, and
 * {@link StaffSessionConfig#max()} has not passed since sign-in.
 */
@ApplicationScoped
public class StaffSessionService {

    public static final String TOKEN_PREFIX = "odms_";
    private static final int TOKEN_LENGTH = TOKEN_PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_seen_at is written at most this often (not on every click). */
    private static final Duration TOUCH_PRECISION = Duration.ofMinutes(1);

    /** A signed-in account: its session key (for CSRF tokens) and the account. */
    public record Resolved(String sessionKey, AppUser user) {
    }

    private final StaffSessionConfig config;

    public StaffSessionService(StaffSessionConfig config) {
        this.config = config;
    }

    /** A new session for this account; the returned token goes into the cookie and nowhere else. */
    @Transactional
    public String open(AppUser user) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instants.now();
        StaffSession session = new StaffSession();
        session.tokenHash = hash(token);
        session.userId = user.id;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(config.max());
        session.persist();
        // sign-in is a good moment to forget dead sessions (all accounts: a few rows per working day)
        StaffSession.delete("expiresAt < ?1 or lastSeenAt < ?2", now, now.minus(config.idle()));
        return token;
    }

    /** The account a cookie's token signs in, if the session is still valid. */
    @Transactional
    public Optional<Resolved> resolve(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<StaffSession> found = StaffSession.<StaffSession>find("tokenHash", hash).firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = found.get();
        Instant now = Instants.now();
        if (!now.isBefore(session.expiresAt) || !now.isBefore(session.lastSeenAt.plus(config.idle()))) {
            session.delete();
            return Optional.empty();
        }
        Optional<AppUser> user = AppUser.<AppUser>findByIdOptional(session.userId).filter(u -> u.active);
        if (user.isEmpty()) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_PRECISION).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return Optional.of(new Resolved(hash, user.get()));
    }

    /** Sign-out: the token stops working everywhere. */
    @Transactional
    public void close(String token) {
        if (token != null && token.length() == TOKEN_LENGTH && token.startsWith(TOKEN_PREFIX)) {
            StaffSession.delete("tokenHash", hash(token));
        }
    }

    /** Ends every session of an account (deactivation, password change). */
    @Transactional
    public long closeAll(long userId) {
        return StaffSession.delete("userId", userId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
