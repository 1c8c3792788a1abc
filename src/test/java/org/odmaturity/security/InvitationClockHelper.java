package org.odmaturity.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Test-only: moves an invitation link's expiry into the past, straight in the database, so that tests can present an
 * expired link without waiting (the API never shortens a link's validity).
 */
@ApplicationScoped
public class InvitationClockHelper {

    @Transactional
    public void expire(long invitationId) {
        Invitation invitation = Invitation.findById(invitationId);
        if (invitation == null) {
            throw new IllegalArgumentException("no invitation " + invitationId);
        }
        invitation.expiresAt = Instant.now().minus(Duration.ofDays(1));
    }

    @Transactional
    public Instant expiresAt(long invitationId) {
        Invitation invitation = Invitation.findById(invitationId);
        return invitation == null ? null : invitation.expiresAt;
    }
}
