package org.odmaturity.security;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.http.PublicBaseUrl;
import org.odmaturity.time.Instants;

/** Creates, resolves and revokes invitation links. */
@ApplicationScoped
public class InvitationService {

    /** Tokens look like {@code odmi_} + 43 base64url characters (256 random bits). */
    public static final String TOKEN_PREFIX = "odmi_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A link's last use is written at most this often, so that reading does not write on every request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** A new link and its token (the only time the token exists outside the holder's hands). */
    public record Created(Invitation invitation, String token) {
    }

    private final InvitationConfig config;
    private final PublicBaseUrl publicBaseUrl;
    private final DataSource dataSource;

    public InvitationService(InvitationConfig config, PublicBaseUrl publicBaseUrl, DataSource dataSource) {
        this.config = config;
        this.publicBaseUrl = publicBaseUrl;
        this.dataSource = dataSource;
    }

    @Transactional
    public Created create(long diagnosticId, String label, Duration validity, String createdBy) {
        Duration effective = validity == null ? config.validity() : validity;
        if (effective.isNegative() || effective.isZero() || effective.compareTo(config.maxValidity()) > 0) {
            throw new InvalidInputException("invalid-request", "Invalid request", "validity must be between a minute "
                    + "and " + config.maxValidity().toDays() + " days.", List.of(java.util.Map.of("field",
                            "validityDays", "message", "must be between 1 and " + config.maxValidity().toDays())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Invitation invitation = new Invitation();
        invitation.diagnosticId = diagnosticId;
        invitation.tokenHash = hash(token);
        invitation.label = label;
        invitation.createdBy = createdBy;
        invitation.createdAt = Instants.now();
        invitation.expiresAt = invitation.createdAt.plus(effective);
        invitation.persist();
        return new Created(invitation, token);
    }

    /** The link a token opens, if the token is well-formed, known, not revoked and not expired. */
    @Transactional
    public Optional<Invitation> resolve(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = Instants.now();
        Optional<Invitation> invitation = Invitation.<Invitation>find("tokenHash", hash(token)).firstResultOptional()
                .filter(i -> i.usableAt(now));
        invitation.filter(i -> i.lastUsedAt == null || i.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION)))
                .ifPresent(i -> i.lastUsedAt = now);
        return invitation;
    }

    @Transactional
    public List<Invitation> list(long diagnosticId) {
        return Invitation.list("diagnosticId = ?1 order by id", diagnosticId);
    }

    @Transactional
    public Optional<Invitation> find(long invitationId) {
        return Invitation.findByIdOptional(invitationId);
    }

    /** Revokes a link (idempotent). */
    @Transactional
    public Invitation revoke(long invitationId) {
        Invitation invitation = Invitation.<Invitation>findByIdOptional(invitationId)
                .orElseThrow(() -> new ResourceNotFoundException("No invitation " + invitationId + "."));
        if (invitation.revokedAt == null) {
            invitation.revokedAt = Instants.now();
        }
        return invitation;
    }

    /** The URL a respondent opens (the web pages read the token from it), on the configured public address. */
    public String url(String token) {
        return publicBaseUrl.of("/i/" + token);
    }

    /** What a request made with a link's token acts as: the link, its diagnostic and its label. */
    public record Holder(long id, long diagnosticId, String label) {
    }

    /**
     * The link a bearer token opens, as {@link #resolve} decides, for the API's identity provider: one statement on
     * a pooled connection in auto-commit (one round trip), instead of a transaction of its own around Hibernate (a
     * query, then a commit, and a session's flush: ≈2 of a save's 9 round trips and ≈8 % of its CPU). The last use is
     * written as by {@link #resolve}, at most once a minute, by a second statement that only then runs. Revocation and
     * expiry are checked in the statement, at the instant of the request, as before: nothing is cached.
     */
    public Optional<Holder> holder(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = Instants.now();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Holder holder;
            boolean stale;
            try (PreparedStatement select = connection.prepareStatement("SELECT id, diagnostic_id, label, last_used_at "
                    + "FROM invitation WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?")) {
                select.setString(1, hash(token));
                select.setObject(2, at);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    holder = new Holder(row.getLong(1), row.getLong(2), row.getString(3));
                    OffsetDateTime lastUsed = row.getObject(4, OffsetDateTime.class);
                    stale = lastUsed == null || lastUsed.toInstant().isBefore(now.minus(LAST_USED_PRECISION));
                }
            }
            if (stale) {
                try (PreparedStatement touch = connection.prepareStatement("UPDATE invitation SET last_used_at = ? "
                        + "WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")) {
                    touch.setObject(1, at);
                    touch.setLong(2, holder.id());
                    touch.setObject(3, now.minus(LAST_USED_PRECISION).atOffset(ZoneOffset.UTC));
                    touch.executeUpdate();
                }
            }
            return Optional.of(holder);
        } catch (SQLException e) {
            // the database out of reach: the cause says so, and the API answers 503 (error.DatabaseUnavailable)
            throw new IllegalStateException("could not read the invitation", e);
        }
    }

    /** A link's token as made here: the prefix and 43 base64url characters; anything else opens nothing. */
    private static boolean wellFormed(String token) {
        return token != null && token.startsWith(TOKEN_PREFIX) && token.length() == TOKEN_PREFIX.length() + 43;
    }

    /** The SHA-256 of a link's token, as stored: what the respondent pages' CSRF tokens are bound to. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
