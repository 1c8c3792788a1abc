package org.odmaturity.security;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An invitation link: opens exactly one diagnostic to whoever holds its token. Only the SHA-256 of the token is
 * stored; the token itself is shown once, when the link is created.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "diagnostic_id", nullable = false)
    public Long diagnosticId;

    @NotNull
    @Size(min = 64, max = 64)
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    public String tokenHash;

    @Size(max = 200)
    @Column(length = 200)
    public String label;

    @NotNull
    @Column(name = "created_by", nullable = false, length = 300)
    public String createdBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
