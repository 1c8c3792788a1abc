package org.odmaturity.diagnostic;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;

/**
 * One organisation's diagnostic in one campaign. {@code version} is the optimistic-locking version and the ETag of
 * the whole diagnostic: every change of answers or status increments it.
 */
@Entity
@Table(name = "diagnostic")
public class Diagnostic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "diagnostic_seq")
    @SequenceGenerator(name = "diagnostic_seq", sequenceName = "diagnostic_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @NotNull
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DiagnosticMode mode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DiagnosticStatus status;

    @Column(name = "facilitator_id")
    public Long facilitatorId;

    @NotNull
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "validated_at")
    public Instant validatedAt;

    /** The day the organisation is asked to submit by; null: the campaign's closing day, if any. */
    @Column(name = "deadline")
    public LocalDate deadline;

    @Version
    @Column(nullable = false)
    public long version;

    public String etag() {
        return "\"" + version + "\"";
    }
}
