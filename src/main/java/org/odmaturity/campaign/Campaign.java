package org.odmaturity.campaign;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.odmaturity.time.Instants;

/**
 * A diagnostic campaign (e.g. "Diagnostic 2026"): a period, and the questionnaire version every diagnostic of the
 * campaign answers, pinned at creation so that its results stay comparable.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    public Long id;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String name;

    @Min(2000)
    @Max(2100)
    @Column(name = "campaign_year", nullable = false)
    public int year;

    @NotBlank
    @Size(max = 100)
    @Column(name = "questionnaire_id", nullable = false, length = 100)
    public String questionnaireId;

    @Positive
    @Column(name = "questionnaire_version", nullable = false)
    public int questionnaireVersion;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CampaignStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Optimistic locking: the ETag of the campaign. Starts at 0. */
    @Version
    @Column(nullable = false)
    public long version;

    @PrePersist
    void onCreate() {
        createdAt = Instants.now();
    }
}
