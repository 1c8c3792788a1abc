package org.odmaturity.comparison.web;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.odmaturity.comparison.ResultsParams;

/**
 * The query of every dashboard page: the campaign ({@code campagne}, default the latest) and the filters, with the
 * same names and rules as the results API ({@link ResultsParams}), so that a page's address is shareable and the API
 * call behind it reads the same.
 */
public class DashboardParams extends ResultsParams {

    @QueryParam("campagne")
    @Pattern(regexp = "|[0-9]{1,18}", message = "must be a campaign id")
    public String campagne;
}
