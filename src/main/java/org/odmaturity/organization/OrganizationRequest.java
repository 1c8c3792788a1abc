package org.odmaturity.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/organizations} and {@code PUT /api/organizations/{id}} (a full replacement: an absent
 * optional field is cleared).
 */
public record OrganizationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Siren String siren,
        @NotNull(message = "must be one of: commune, epci, departement, region, syndicat, etablissement-public, "
                + "association, autre") OrganizationType type,
        @DepartementCode String departement,
        @Size(max = 100) String region,
        @PositiveOrZero Integer population,
        @Size(max = 200) String contactName,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 .()-]*", message = "may contain only digits, spaces, '+', '.', "
                + "'-' and parentheses") String contactPhone) {
}
