package org.odmaturity.organization;

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

    // page and size are read as text: a number that does not parse would otherwise be a 404 (JAX-RS rule for query
    // parameters) instead of a 400 naming the parameter
    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number from 0")
    @Parameter(description = "Page number, from 0")
    public String page = "0";

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "[1-9][0-9]?|100", message = "must be a whole number from 1 to 100")
    @Parameter(description = "Page size, 1 to 100 (default 20)")
    public String size = "20";

    /** The page number, once validated. */
    public int pageNumber() {
        return Integer.parseInt(page);
    }

    /** The page size, once validated. */
    public int pageSize() {
        return Integer.parseInt(size);
    }
}
