package org.odmaturity.comparison.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.Viewer;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.web.Views;

/**
 * What a dashboard page shows: a campaign (null when there is none yet), the filters and the viewer, or the problems of
 * the query that asked for it (then nothing is shown but the filter form with its errors).
 *
 * @param errors one per invalid query parameter, linked to its field of the filter form
 */
public record DashboardScope(CampaignRef campaign, ResultsFilter filter, Viewer viewer, List<Views.ErrorLink> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The same scope with more errors (a view's own fields), all sorted by the field they link to. */
    public DashboardScope withErrors(List<Views.ErrorLink> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Views.ErrorLink> all = new java.util.ArrayList<>(errors);
        all.addAll(more);
        all.sort(java.util.Comparator.comparing(Views.ErrorLink::href));
        return new DashboardScope(campaign, filter, viewer, List.copyOf(all));
    }

    /** The error of one field ({@code #f-<name>}), or null. */
    public String errorOf(String field) {
        return errors.stream().filter(e -> e.href().equals("#f-" + field)).map(Views.ErrorLink::text).findFirst()
                .orElse(null);
    }

    /** The campaign and the filters as query parameters (defaults left out), for links and downloads. */
    public Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        if (campaign != null) {
            query.put("campagne", Long.toString(campaign.id()));
        }
        query.putAll(filter.queryParameters());
        return query;
    }

    /** {@code path} with this scope's query (and {@code extra} parameters after it). */
    public String href(String path, Map<String, String> extra) {
        Map<String, String> query = query();
        query.putAll(extra);
        return ResultsPaths.withQuery(path, query);
    }

    public String href(String path) {
        return href(path, Map.of());
    }
}
