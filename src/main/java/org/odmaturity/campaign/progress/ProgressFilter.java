package org.odmaturity.campaign.progress;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.odmaturity.organization.DepartementCode;
import org.odmaturity.organization.OrganizationType;

/**
 * The filters of a campaign's progress (API query parameters, and the page's form fields by the same names); field
 * names are parameter names, for error messages. All optional, all must hold.
 */
public class ProgressFilter {

    @QueryParam("stage")
    @Pattern(regexp = Stage.KEYS, message = "must be one of: enrolled, invited, link-used, started, submitted, "
            + "validated")
    @Parameter(description = "The furthest step reached: enrolled, invited, link-used, started, submitted, validated")
    public String stage;

    @QueryParam("type")
    @Pattern(regexp = "commune|epci|departement|region|syndicat|etablissement-public|association|autre",
            message = "must be one of: commune, epci, departement, region, syndicat, etablissement-public, "
                    + "association, autre")
    @Parameter(description = "Organisation type, e.g. commune")
    public String type;

    @QueryParam("departement")
    @DepartementCode
    @Parameter(description = "Département code: 01–95, 2A, 2B, 971–976")
    public String departement;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Part of the organisation's name (case and accents ignored) or of its SIREN")
    public String q;

    @QueryParam("overdue")
    @Pattern(regexp = "|true|false", message = "must be true or false")
    @Parameter(description = "true: only the diagnostics past their deadline and not submitted")
    public String overdue;

    public ProgressFilter() {
    }

    public ProgressFilter(String stage, String type, String departement, String q, String overdue) {
        this.stage = stage;
        this.type = type;
        this.departement = departement;
        this.q = q;
        this.overdue = overdue;
    }

    /** The filter once validated (blank values are no filter). */
    public ProgressQuery query() {
        return new ProgressQuery(blank(stage) ? null : Stage.fromKey(stage).orElseThrow(),
                blank(type) ? null : OrganizationType.fromApiName(type).orElseThrow(),
                blank(departement) ? null : departement, blank(q) ? null : q.strip(), "true".equals(overdue));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
