package org.odmaturity.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.AuthConfig;
import org.odmaturity.time.Instants;

/**
 * Personal API tokens: {@code odm_} + 43 base64url characters (256 random bits), never stored (only their SHA-256).
 * The prefix tells them apart from invitation tokens ({@code odmi_}) and web session tokens ({@code odms_}).
 */
@ApplicationScoped
public class ApiTokenService {

    public static final String TOKEN_PREFIX = "odm_";
    static final int TOKEN_LENGTH = TOKEN_PREFIX.length() + 43;
    public static final int NAME_MAX = 100;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_used_at is written at most this often per token, not on every request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** What to create: a name and a validity in days. */
    public record NewToken(String name, Integer validityDays) {
    }

    /** A created token and its secret: the only time the secret exists outside its holder's hands. */
    public record Created(ApiToken token, String secret) {
    }

    /** A token that authenticates, with its account (active). */
    public record Resolved(ApiToken token, AppUser user) {
    }

    private final AuthConfig.Tokens config;

    public ApiTokenService(AuthConfig config) {
        this.config = config.tokens();
    }

    public long maxValidityDays() {
        return config.maxValidity().toDays();
    }

    /** A new token for this account: 422 naming the field for a bad name or validity, 409 past the per-account cap. */
    @Transactional
    public Created create(long userId, NewToken request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw invalid("name", "must have between 1 and " + NAME_MAX + " characters");
        }
        Integer days = request.validityDays();
        if (days == null || days < 1 || days > maxValidityDays()) {
            throw invalid("validityDays", "must be a whole number of days between 1 and " + maxValidityDays());
        }
        Instant now = Instants.now();
        long live = ApiToken.count("userId = ?1 and revokedAt is null and expiresAt > ?2", userId, now);
        if (live >= config.maxPerAccount()) {
            throw new ConflictException("tokens", "This account already has " + live + " live tokens (at most "
                    + config.maxPerAccount() + "): revoke one first.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken created = new ApiToken();
        created.userId = userId;
        created.name = name;
        created.tokenHash = hash(token);
        created.createdAt = now;
        created.expiresAt = now.plus(Duration.ofDays(days));
        created.persist();
        return new Created(created, token);
    }

    /** An account's tokens, live ones first, newest first. */
    @Transactional
    public List<ApiToken> list(long userId) {
        return ApiToken.list("userId = ?1 order by case when revokedAt is null then 0 else 1 end, createdAt desc, id desc",
                userId);
    }

    /** Revokes one of this account's tokens (idempotent); 404 if the account has no such token. */
    @Transactional
    public ApiToken revoke(long userId, long tokenId) {
        ApiToken token = ApiToken.<ApiToken>find("id = ?1 and userId = ?2", tokenId, userId).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("No token " + tokenId + " for this account."));
        if (token.revokedAt == null) {
            token.revokedAt = Instants.now();
        }
        return token;
    }

    /**
     * The token and its account if the token is live and the account active: one indexed query (token by hash, joined
     * to its account), and a write of the last use at most once a minute.
     */
    @Transactional
    public Optional<Resolved> resolve(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        List<Object[]> rows = ApiToken.getEntityManager().createQuery("select t, u from ApiToken t, AppUser u"
                + " where t.tokenHash = :hash and u.id = t.userId", Object[].class)
                .setParameter("hash", hash(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ApiToken found = (ApiToken) rows.get(0)[0];
        AppUser user = (AppUser) rows.get(0)[1];
        Instant now = Instants.now();
        if (!found.live(now) || !user.active) {
            return Optional.empty();
        }
        if (found.lastUsedAt == null || !now.isBefore(found.lastUsedAt.plus(LAST_USED_PRECISION))) {
            found.lastUsedAt = now;
        }
        return Optional.of(new Resolved(found, user));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("invalid-request", "Invalid request", "The token is refused: " + field + " "
                + message + ".", List.of(Map.of("field", field, "message", message)));
    }
}
