package org.odmaturity.questionnaire.registry;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A questionnaire version the service has used, with the hash of its content (the version is then immutable). */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_version_seq")
    @SequenceGenerator(name = "questionnaire_version_seq", sequenceName = "questionnaire_version_seq", allocationSize = 50)
    public Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "questionnaire_id", nullable = false, length = 100)
    public String questionnaireId;

    @Positive
    @Column(nullable = false)
    public int version;

    @NotBlank
    @Size(min = 64, max = 64)
    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @NotBlank
    @Size(max = 255)
    @Column(name = "source_file", nullable = false)
    public String sourceFile;

    /** The file's text as first used (UTF-8), so that the version stays available if the file changes or goes. */
    // TEXT column: PostgreSQL and H2 (PostgreSQL mode) both report it as VARCHAR, which is what a String maps to.
    @NotNull
    @Column(nullable = false)
    public String content;

    @NotNull
    @Column(name = "first_used_at", nullable = false)
    public Instant firstUsedAt;
}
