package org.odmaturity.opendata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * One public file of a published package ({@code datapackage.json} or a resource's CSV), stored as written at
 * publication so that it never changes afterwards. Never leaves {@link OpenDataService}.
 */
@Entity
@Table(name = "open_data_file")
public class OpenDataFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open_data_file_seq")
    @SequenceGenerator(name = "open_data_file_seq", sequenceName = "open_data_file_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @Column(name = "package_id", nullable = false)
    public Long packageId;

    @NotNull
    @Column(name = "file_name", nullable = false, length = 100)
    public String fileName;

    /** The resource's name in datapackage.json; null for datapackage.json itself. */
    @Column(length = 80)
    public String resource;

    @NotNull
    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @NotNull
    @Column(nullable = false)
    public String content;

    @Column(name = "byte_count", nullable = false)
    public long byteCount;

    @NotNull
    @Column(nullable = false, length = 64)
    public String sha256;

    /** Data rows of a CSV file (header excluded); null for datapackage.json. */
    @Column(name = "row_count")
    public Integer rowCount;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
