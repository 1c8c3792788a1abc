package org.odmaturity.campaign;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /api/campaigns}; field names are parameter names (for error messages). */
public class CampaignFilter {

    /** Read as text: a number that does not parse would otherwise be a 404 (JAX-RS rule) instead of a 400. */
    @QueryParam("year")
    @Pattern(regexp = "20[0-9][0-9]|2100", message = "must be a year from 2000 to 2100")
    @Parameter(description = "Only the campaigns of this year")
    public String year;

    @QueryParam("status")
    @Pattern(regexp = "draft|open|closed", message = "must be one of: draft, open, closed")
    @Parameter(description = "draft, open or closed")
    public String status;
}
