package org.odmaturity.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /api/campaigns}; field names are parameter names (for error messages). */
public class CampaignFilter {

    @QueryParam("year")
    @Min(2000)
    @Max(2100)
    @Parameter(description = "Only the campaigns of this year")
    public Integer year;

    @QueryParam("status")
    @Pattern(regexp = "draft|open|closed", message = "must be one of: draft, open, closed")
    @Parameter(description = "draft, open or closed")
    public String status;
}
