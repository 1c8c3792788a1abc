package org.odmaturity.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code GET /api/organizations}. The Java field names are the parameter names, so that a
 * Bean Validation error names the parameter.
 */
public class OrganizationSearch {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Part of the name (case and accents ignored), or the first digits of the SIREN")
    public String q;

    @QueryParam("type")
    @Pattern(regexp = "commune|epci|departement|region|syndicat|etablissement-public|association|autre",
            message = "must be one of: commune, epci, departement, region, syndicat, etablissement-public, "
                    + "association, autre")
    @Parameter(description = "Organisation type, e.g. commune, epci, etablissement-public")
    public String type;

    @QueryParam("departement")
    @DepartementCode
    @Parameter(description = "Département code: 01–95, 2A, 2B, 971–976")
    public String departement;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Page size, 1 to 100 (default 20)")
    public int size = DEFAULT_SIZE;
}
