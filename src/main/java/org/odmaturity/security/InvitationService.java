package org.odmaturity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.http.PublicBaseUrl;

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

    public InvitationService(InvitationConfig config, PublicBaseUrl publicBaseUrl) {
        this.config = config;
        this.publicBaseUrl = publicBaseUrl;
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
        invitation.createdAt = Instant.now();
        invitation.expiresAt = invitation.createdAt.plus(effective);
        invitation.persist();
        return new Created(invitation, token);
    }

    /** The link a token opens, if the token is well-formed, known, not revoked and not expired. */
    @Transactional
    public Optional<Invitation> resolve(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() != TOKEN_PREFIX.length() + 43) {
            return Optional.empty();
        }
        Instant now = Instant.now();
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
            invitation.revokedAt = Instant.now();
        }
        return invitation;
    }

    /** The URL a respondent opens (the web pages read the token from it), on the configured public address. */
    public String url(String token) {
        return publicBaseUrl.of("/i/" + token);
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
