package org.odmaturity.opendata;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;

/**
 * A campaign's open data package: its public folder ({@code slug}), its latest publication, and whether it is
 * withdrawn. Its files are {@link OpenDataFile} rows, written once per publication. Never leaves {@link
 * OpenDataService}.
 */
@Entity
@Table(name = "open_data_package")
public class OpenDataPackage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open_data_package_seq")
    @SequenceGenerator(name = "open_data_package_seq", sequenceName = "open_data_package_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "campaign_id", nullable = false, unique = true)
    public Long campaignId;

    @NotNull
    @Column(nullable = false, unique = true, length = 80)
    public String slug;

    @NotNull
    @Column(name = "campaign_name", nullable = false, length = 200)
    public String campaignName;

    @Column(name = "campaign_year", nullable = false)
    public int campaignYear;

    @NotNull
    @Column(name = "questionnaire_id", nullable = false, length = 100)
    public String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    public int questionnaireVersion;

    @Column(name = "publication_count", nullable = false)
    public int publicationCount;

    @NotNull
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @NotNull
    @Column(name = "published_by", nullable = false, length = 300)
    public String publishedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 300)
    public String withdrawnBy;

    /** Optimistic locking; moves at every publication and withdrawal. */
    @Version
    @Column(nullable = false)
    public long version;

    public boolean published() {
        return withdrawnAt == null;
    }
}
