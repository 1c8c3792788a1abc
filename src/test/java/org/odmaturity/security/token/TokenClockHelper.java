package org.odmaturity.security.token;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Test-only: moves a token's expiry or last use into the past straight in the database (the API never shortens a
 * validity), and reads what is stored of a token.
 */
@ApplicationScoped
public class TokenClockHelper {

    @Transactional
    public void expire(long tokenId) {
        ApiToken token = ApiToken.findById(tokenId);
        token.expiresAt = Instant.now().minusSeconds(1);
    }

    @Transactional
    public void ageLastUse(long tokenId, Duration by) {
        ApiToken token = ApiToken.findById(tokenId);
        token.lastUsedAt = token.lastUsedAt.minus(by);
    }

    @Transactional
    public Instant lastUsedAt(long tokenId) {
        return ApiToken.<ApiToken>findById(tokenId).lastUsedAt;
    }

    /** Every column of the token's row, as text, to prove the secret is not among them. */
    @Transactional
    public String storedRow(long tokenId) {
        Object[] row = (Object[]) ApiToken.getEntityManager().createNativeQuery("select id, user_id, name, token_hash,"
                + " created_at, expires_at, revoked_at, last_used_at from api_token where id = :id")
                .setParameter("id", tokenId).getSingleResult();
        return java.util.Arrays.toString(row);
    }

    @Transactional
    public String storedHash(long tokenId) {
        return ApiToken.<ApiToken>findById(tokenId).tokenHash;
    }
}
