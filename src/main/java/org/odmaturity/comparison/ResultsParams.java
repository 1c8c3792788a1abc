package org.odmaturity.comparison;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.organization.OrganizationType;

/**
 * The filters as query parameters, shared by the results API and the dashboard pages. The Java field names are the
 * parameter names, so that a Bean Validation error names the parameter (400 problem details). An empty value means
 * "all", as a form's empty choice sends it.
 */
public class ResultsParams {

    @QueryParam("status")
    @Pattern(regexp = "|validated|submitted-or-validated", message = "must be validated or submitted-or-validated")
    @Parameter(description = "Which diagnostics count: validated (default) or submitted-or-validated")
    public String status;

    @QueryParam("mode")
    @Pattern(regexp = "|self-assessment|interview", message = "must be self-assessment or interview")
    @Parameter(description = "Only self-assessments or only interviews (default: both)")
    public String mode;

    @QueryParam("type")
    @Pattern(regexp = "|commune|epci|departement|region|syndicat|etablissement-public|association|autre",
            message = "must be one of: commune, epci, departement, region, syndicat, etablissement-public, "
                    + "association, autre")
    @Parameter(description = "Organisation type, e.g. commune, epci")
    public String type;

    @QueryParam("departement")
    @Pattern(regexp = "|0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]",
            message = "must be a département code: 01–95, 2A, 2B, 971–976")
    @Parameter(description = "Département code: 01–95, 2A, 2B, 971–976")
    public String departement;

    @QueryParam("population")
    @Pattern(regexp = "|moins-de-3500|3500-20000|20000-100000|plus-de-100000|inconnue|autres",
            message = "must be one of: moins-de-3500, 3500-20000, 20000-100000, plus-de-100000, inconnue, autres")
    @Parameter(description = "Population band of communes (moins-de-3500, 3500-20000, 20000-100000, plus-de-100000, "
            + "inconnue), or autres for the other bodies")
    public String population;

    @QueryParam("lang")
    @Pattern(regexp = "|fr|en", message = "must be fr or en")
    @Parameter(description = "Language of titles and labels: fr (default) or en")
    public String lang;

    /** The filter, once validated (blank values mean "all", as a form's empty choice sends them). */
    public ResultsFilter toFilter() {
        return new ResultsFilter(blank(status) ? StatusScope.VALIDATED : StatusScope.fromKey(status).orElseThrow(),
                blank(mode) ? null : DiagnosticMode.fromKey(mode),
                blank(type) ? null : OrganizationType.fromApiName(type).orElseThrow(),
                blank(departement) ? null : departement,
                blank(population) ? null : PopulationBand.fromKey(population).orElseThrow());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
