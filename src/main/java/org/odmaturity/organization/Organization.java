package org.odmaturity.organization;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.odmaturity.time.Instants;

/** A public body that takes the diagnostic (a commune, an EPCI, a département…), identified by its SIREN. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    public Long id;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String name;

    @NotNull
    @Siren
    @Column(nullable = false, length = 9, unique = true)
    public String siren;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public OrganizationType type;

    @DepartementCode
    @Column(name = "departement_code", length = 3)
    public String departementCode;

    @Size(max = 100)
    @Column(length = 100)
    public String region;

    @PositiveOrZero
    public Integer population;

    @Size(max = 200)
    @Column(name = "contact_name", length = 200)
    public String contactName;

    @Email
    @Size(max = 254)
    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    @Size(max = 30)
    @Column(name = "contact_phone", length = 30)
    public String contactPhone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic locking: the ETag of the organisation. Starts at 0. */
    @Version
    @Column(nullable = false)
    public long version;

    @PrePersist
    void onCreate() {
        // the database keeps microseconds: the same value before and after a reload
        createdAt = Instants.now();
        updatedAt = createdAt;
    }

    /** Called only when a field actually changed, so an update that changes nothing keeps the version. */
    @PreUpdate
    void onUpdate() {
        updatedAt = Instants.now();
    }
}
