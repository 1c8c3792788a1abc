package org.odmaturity.organization;

import java.time.Instant;

/** An organisation as the API shows it; {@code version} is also sent as the ETag of the single resource. */
public record OrganizationView(long id, String name, String siren, OrganizationType type, String departement,
        String region, Integer population, String contactName, String contactEmail, String contactPhone,
        Instant createdAt, Instant updatedAt, long version) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.name, o.siren, o.type, o.departementCode, o.region, o.population,
                o.contactName, o.contactEmail, o.contactPhone, o.createdAt, o.updatedAt, o.version);
    }
}
