package org.odmaturity.organization.directory;

import java.util.Objects;
import java.util.Set;

import org.odmaturity.organization.OrganizationType;

/**
 * An accepted line: the SIREN, name and type, and the optional values the line gives. An optional column absent from
 * the file, or an empty cell, is not in {@code given}: it leaves the organisation's value as it is.
 */
public record DirectoryEntry(String siren, String name, OrganizationType type, String departement,
        Integer population, String contactName, String contactEmail, Set<Column> given) {

    public DirectoryEntry {
        given = Set.copyOf(given);
    }

    /** Whether the line gives this column a value. */
    public boolean gives(Column column) {
        return given.contains(column);
    }

    /** Whether applying this entry to these values would change nothing. */
    boolean sameAs(String otherName, OrganizationType otherType, String otherDepartement, Integer otherPopulation,
            String otherContactName, String otherContactEmail) {
        return name.equals(otherName) && type == otherType
                && (!gives(Column.DEPARTEMENT) || Objects.equals(departement, otherDepartement))
                && (!gives(Column.POPULATION) || Objects.equals(population, otherPopulation))
                && (!gives(Column.CONTACT_NAME) || Objects.equals(contactName, otherContactName))
                && (!gives(Column.CONTACT_EMAIL) || Objects.equals(contactEmail, otherContactEmail));
    }
}
