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

/** One failed password check of one subject (an email or a client address, hashed); see {@link AuthThrottle}. */
@Entity
@Table(name = "auth_failure")
public class AuthFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auth_failure_seq")
    @SequenceGenerator(name = "auth_failure_seq", sequenceName = "auth_failure_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 64)
    public String subject;

    @Column(name = "failed_at", nullable = false)
    public Instant failedAt;
}
