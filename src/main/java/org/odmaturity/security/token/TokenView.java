package org.odmaturity.security.token;

import java.time.Instant;

import org.odmaturity.time.Instants;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A token as the API shows it: never its secret, except in the creation response ({@code token}, shown once).
 *
 * @param status {@code active}, {@code expired} or {@code revoked}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt, String status, String token) {

    static TokenView of(ApiToken t) {
        return of(t, null);
    }

    static TokenView of(ApiToken t, String secret) {
        Instant now = Instants.now();
        String status = t.revokedAt != null ? "revoked" : now.isBefore(t.expiresAt) ? "active" : "expired";
        return new TokenView(t.id, t.name, t.createdAt, t.expiresAt, t.lastUsedAt, t.revokedAt, status, secret);
    }
}
