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
 * A signed-in browser session of an account (admin or facilitator). Only the SHA-256 of the cookie's token is stored,
 * so a database dump does not give sessions away; the row lives in the database so that every instance sees it and
 * sign-out or a deactivated account ends it at once.
 */
@Entity
@Table(name = "staff_session")
public class StaffSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_session_seq")
    @SequenceGenerator(name = "staff_session_seq", sequenceName = "staff_session_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @Size(min = 64, max = 64)
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    public String tokenHash;

    @NotNull
    @Column(name = "user_id", nullable = false)
    public Long userId;

    @NotNull
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @NotNull
    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
