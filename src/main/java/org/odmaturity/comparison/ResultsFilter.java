package org.odmaturity.comparison;

import java.util.LinkedHashMap;
import java.util.Map;

import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.organization.OrganizationType;

/**
 * The filters of the regional comparisons, shared by the dashboard pages (in their URL), the results API (as query
 * parameters) and the exports. A null filter value means "all".
 *
 * @param status      which diagnostics count (validated by default)
 * @param mode        self-assessments or interviews only, or null
 * @param type        one organisation type, or null
 * @param departement one département code, or null
 * @param band        one population band, or null
 */
public record ResultsFilter(StatusScope status, DiagnosticMode mode, OrganizationType type, String departement,
        PopulationBand band) {

    public ResultsFilter {
        if (status == null) {
            status = StatusScope.VALIDATED;
        }
    }

    /** Validated diagnostics of every mode, type, département and band. */
    public static ResultsFilter defaults() {
        return new ResultsFilter(StatusScope.VALIDATED, null, null, null, null);
    }

    /** Whether an organisation's diagnostic with these attributes is in the filtered set (its status included). */
    public boolean matches(Profile profile) {
        return status.includes(profile.status()) && (mode == null || mode == profile.mode())
                && (type == null || type == profile.type())
                && (departement == null || departement.equals(profile.departement()))
                && (band == null || band == profile.band());
    }

    /** The same filters without the status scope: what participation counts (drafts included). */
    public boolean matchesIgnoringStatus(Profile profile) {
        return (mode == null || mode == profile.mode()) && (type == null || type == profile.type())
                && (departement == null || departement.equals(profile.departement()))
                && (band == null || band == profile.band());
    }

    /** Whether anything but the default status scope is set. */
    public boolean narrowed() {
        return mode != null || type != null || departement != null || band != null;
    }

    /**
     * The filters as query parameters (the names of {@link ResultsParams}), defaults left out, in a stable order: for
     * links, CSV downloads and the API.
     */
    public Map<String, String> queryParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (status != StatusScope.VALIDATED) {
            params.put("status", status.key());
        }
        if (mode != null) {
            params.put("mode", mode.key());
        }
        if (type != null) {
            params.put("type", type.apiName());
        }
        if (departement != null) {
            params.put("departement", departement);
        }
        if (band != null) {
            params.put("population", band.key());
        }
        return params;
    }
}
