package org.odmaturity.organization.directory;

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

import org.odmaturity.organization.OrganizationType;

/** One line of an import, with its outcome and, when accepted, its values (table directory_import_line, V10). */
@Entity
@Table(name = "directory_import_line")
class DirectoryImportLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_import_line_seq")
    @SequenceGenerator(name = "directory_import_line_seq", sequenceName = "directory_import_line_seq",
            allocationSize = 100)
    public Long id;

    @Column(name = "import_id", nullable = false)
    public long importId;

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Outcome outcome;

    @Column(name = "organization_id")
    public Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public Refusal reason;

    @Column(name = "reason_field", length = 40)
    public String reasonField;

    @Column(length = 1000)
    public String message;

    @Column(length = 9)
    public String siren;

    @Column(length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public OrganizationType type;

    @Column(name = "departement_code", length = 3)
    public String departementCode;

    public Integer population;

    @Column(name = "contact_name", length = 200)
    public String contactName;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    /** The accepted line as it was checked: an empty cell was stored as null, and null is "not given". */
    DirectoryEntry entry() {
        java.util.Set<org.odmaturity.organization.directory.Column> given = java.util.EnumSet.of(
                org.odmaturity.organization.directory.Column.SIREN, org.odmaturity.organization.directory.Column.NAME,
                org.odmaturity.organization.directory.Column.TYPE);
        if (departementCode != null) {
            given.add(org.odmaturity.organization.directory.Column.DEPARTEMENT);
        }
        if (population != null) {
            given.add(org.odmaturity.organization.directory.Column.POPULATION);
        }
        if (contactName != null) {
            given.add(org.odmaturity.organization.directory.Column.CONTACT_NAME);
        }
        if (contactEmail != null) {
            given.add(org.odmaturity.organization.directory.Column.CONTACT_EMAIL);
        }
        return new DirectoryEntry(siren, name, type, departementCode, population, contactName, contactEmail, given);
    }
}
