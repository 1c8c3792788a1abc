package org.odmaturity.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;

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
import jakarta.validation.constraints.NotNull;

/**
 * The score card as it was when a diagnostic was submitted or validated, with the questionnaire version that produced
 * it: comparisons read snapshots and never recompute old diagnostics with new rules.
 */
@Entity
@Table(name = "score_snapshot")
public class ScoreSnapshot extends PanacheEntityBase {

    public enum Kind {
        SUBMITTED, VALIDATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_snapshot_seq")
    @SequenceGenerator(name = "score_snapshot_seq", sequenceName = "score_snapshot_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "diagnostic_id", nullable = false)
    public Long diagnosticId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @NotNull
    @Column(name = "questionnaire_id", nullable = false, length = 100)
    public String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    public int questionnaireVersion;

    @NotNull
    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "overall_score", precision = 4, scale = 1)
    public BigDecimal overallScore;

    @Column(name = "overall_level", length = 100)
    public String overallLevel;

    /** The whole score card as JSON. */
    @NotNull
    @Column(name = "score_card", nullable = false)
    public String scoreCard;

    @NotNull
    @Column(name = "created_by", nullable = false, length = 300)
    public String createdBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
