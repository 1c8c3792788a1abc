package org.odmaturity.organization.directory;

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

/** An import of a directory file: a preview waiting for confirmation, or applied (table directory_import, V10). */
@Entity
@Table(name = "directory_import")
class DirectoryImport extends PanacheEntityBase {

    enum Status {
        PREVIEW, APPLIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_import_seq")
    @SequenceGenerator(name = "directory_import_seq", sequenceName = "directory_import_seq", allocationSize = 50)
    public Long id;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    @Column(name = "created_by", nullable = false, length = 300)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(nullable = false)
    public boolean atomic;

    @Column(nullable = false, length = 20)
    public String encoding;

    @Column(nullable = false, length = 1)
    public String delimiter;

    @Column(name = "applied_at")
    public Instant appliedAt;

    @Column(name = "line_count", nullable = false)
    public int lineCount;

    @Column(name = "created_count", nullable = false)
    public int createdCount;

    @Column(name = "updated_count", nullable = false)
    public int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    public int unchangedCount;

    @Column(name = "refused_count", nullable = false)
    public int refusedCount;
}
