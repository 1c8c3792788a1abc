package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.odmaturity.comparison.ComparisonService;
import org.odmaturity.comparison.Heatmap;
import org.odmaturity.comparison.OrganizationHistory;
import org.odmaturity.comparison.Results.LevelRef;
import org.odmaturity.comparison.web.DashboardViews.ExtraField;
import org.odmaturity.comparison.web.HeatmapViews.Sort;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.diagnostic.web.DiagnosticPaths;
import org.odmaturity.diagnostic.web.PreviousPlanView;
import org.odmaturity.plan.followup.FollowUpService;
import org.odmaturity.security.Roles;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * The organisations of the regional dashboard: the heatmap of organisations × themes (admins: every scored diagnostic
 * in the filters; facilitators: the diagnostics assigned to them), sortable by any column and paged, and an
 * organisation's page with all its diagnostics across campaigns (facilitators: only when one is assigned to them, else
 * 404); each table as CSV.
 */
@Path("/resultats/organisations")
@RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
public class OrganizationResultsResource {

    private static final String PATH = DashboardTab.ORGANIZATIONS.path();

    @Inject PageContext context;
    @Inject DashboardFrame frame;
    @Inject ComparisonService comparisons;
    @Inject FollowUpService followUps;
    @Inject Validator validator;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response heatmap(@BeanParam DashboardParams params, @BeanParam HeatmapParams table) {
        ResultsMsg m = context.msg(ResultsMsg.class);
        Query query = query(params, table);
        if (!query.valid()) {
            return invalid(query, m);
        }
        DashboardScope scope = query.scope();
        HeatmapViews.HeatmapView view = null;
        List<ExtraField> fields = HeatmapViews.fields(query.sort(), table.tri, List.of(), Map.of(), m);
        if (scope.campaign() != null) {
            Heatmap h = page(scope, query.sort());
            fields = HeatmapViews.fields(query.sort(), table.tri, h.columns(), Map.of(), m);
            view = HeatmapViews.heatmap(h, scope, query.sort(), m, context.locale(),
                    frame.csv(scope, DashboardTab.ORGANIZATIONS, "scores", query.sort().query()));
        }
        return context.render(HeatmapViews.Templates.heatmap(frame.page(scope, DashboardTab.ORGANIZATIONS),
                frame.frame(scope, DashboardTab.ORGANIZATIONS, fields), view));
    }

    /** The heatmap's rows over all pages, in the page's sort and filters. */
    @GET
    @Path("scores.csv")
    public Response heatmapCsv(@BeanParam DashboardParams params, @BeanParam HeatmapParams table,
            @QueryParam("excel") boolean excel) {
        Query query = query(params, table);
        if (!query.valid()) {
            return invalid(query, context.msg(ResultsMsg.class));
        }
        DashboardScope scope = query.scope();
        if (scope.campaign() == null) {
            throw new ResourceNotFoundException("No campaign yet.");
        }
        Heatmap all = comparisons.heatmap(scope.campaign().id(), scope.filter(), scope.viewer(), query.sort().node(),
                query.sort().descending(), 0, Integer.MAX_VALUE);
        return DashboardFrame.csv("organisations-campagne-" + scope.campaign().id(), excel, csv -> HeatmapCsv.heatmap(all, csv));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public Response organization(@PathParam("id") long id, @BeanParam DashboardParams params,
            @BeanParam HeatmapParams table) {
        ResultsMsg m = context.msg(ResultsMsg.class);
        OrganizationHistory history = comparisons.history(id, comparisons.viewer(context.actor(), context.lang()));
        Map<Long, Map<String, String>> levels = new HashMap<>();
        HeatmapViews.OrganizationPage view = HeatmapViews.organization(history,
                campaign -> levels.computeIfAbsent(campaign, this::levelLabels), backHref(params, table),
                context.actor().admin(), csvLinks(id, m), m, context.lang())
                .withFollowUps(followUps.ofOrganization(id, context.lang(), context.actor()).stream()
                        .map(f -> PreviousPlanView.of(f, context.lang(), context.locale(),
                                DiagnosticPaths.followUp(f.diagnosticId())))
                        .toList());
        return context.render(HeatmapViews.Templates.organization(
                context.page(m.org_title(history.name()), Section.RESULTS), view));
    }

    @GET
    @Path("{id: [0-9]+}/historique.csv")
    public Response organizationCsv(@PathParam("id") long id, @QueryParam("excel") boolean excel) {
        OrganizationHistory history = comparisons.history(id, comparisons.viewer(context.actor(), context.lang()));
        return DashboardFrame.csv("historique-organisation-" + id, excel, csv -> HeatmapCsv.history(history, csv));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** A heatmap query once read: the dashboard's scope, the sort, and the errors of the heatmap's own fields. */
    private record Query(DashboardScope scope, Sort sort, Map<String, String> errors) {

        boolean valid() {
            return scope.valid() && errors.isEmpty();
        }
    }

    private Query query(DashboardParams params, HeatmapParams table) {
        ResultsMsg m = context.msg(ResultsMsg.class);
        DashboardScope scope = frame.scope(params);
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<HeatmapParams> v : validator.validate(table)) {
            String field = v.getPropertyPath().toString();
            errors.put(field, m.err_invalid(label(field, m)));
        }
        Sort sort = errors.isEmpty() ? new Sort(table.sort(), table.descending(), table.page(), table.rows())
                : new Sort(null, false, 1, HeatmapParams.DEFAULT_ROWS);
        if (errors.isEmpty() && scope.valid() && scope.campaign() != null && sort.node() != null
                && columns(scope).stream().noneMatch(c -> c.nodeId().equals(sort.node()))) {
            errors.put("tri", m.err_invalid(m.heat_field_sort()));
        }
        return new Query(scope, sort, errors);
    }

    private static String label(String field, ResultsMsg m) {
        return switch (field) {
            case "tri" -> m.heat_field_sort();
            case "ordre" -> m.heat_field_order();
            default -> m.heat_field_rows();
        };
    }

    private List<Heatmap.Column> columns(DashboardScope scope) {
        return comparisons.heatmap(scope.campaign().id(), scope.filter(), scope.viewer(), null, false, 0, 0)
                .columns();
    }

    /** The page asked for, or the last one when it asks for more pages than there are. */
    private Heatmap page(DashboardScope scope, Sort sort) {
        long campaign = scope.campaign().id();
        Heatmap h = comparisons.heatmap(campaign, scope.filter(), scope.viewer(), sort.node(), sort.descending(),
                sort.page() - 1, sort.rows());
        int pages = Math.max(1, (h.total() + sort.rows() - 1) / sort.rows());
        if (sort.page() > pages) {
            h = comparisons.heatmap(campaign, scope.filter(), scope.viewer(), sort.node(), sort.descending(),
                    pages - 1, sort.rows());
        }
        return h;
    }

    /** The filter form with the errors of the dashboard's and the heatmap's fields (400). */
    private Response invalid(Query query, ResultsMsg m) {
        DashboardScope scope = query.scope();
        List<Views.ErrorLink> more = new ArrayList<>();
        query.errors().forEach((field, text) -> more.add(new Views.ErrorLink("#f-" + field, text)));
        List<Heatmap.Column> columns = scope.valid() && scope.campaign() != null ? columns(scope) : List.of();
        return frame.invalid(scope.withErrors(more), DashboardTab.ORGANIZATIONS,
                HeatmapViews.fields(query.sort(), null, columns, query.errors(), m));
    }

    /** The heatmap the organisation page was opened from: its filters, sort and page when they can be read. */
    private String backHref(DashboardParams params, HeatmapParams table) {
        Query query = query(params, table);
        if (!query.valid()) {
            return PATH;
        }
        Map<String, String> extra = new LinkedHashMap<>(query.sort().query());
        if (query.sort().page() > 1) {
            extra.put("page", Integer.toString(query.sort().page()));
        }
        return query.scope().href(PATH, extra);
    }

    private Map<String, String> levelLabels(long campaign) {
        Map<String, String> labels = new HashMap<>();
        for (LevelRef level : comparisons.levels(campaign, context.lang())) {
            labels.put(level.id(), level.label());
        }
        return labels;
    }

    private List<DashboardViews.Download> csvLinks(long id, ResultsMsg m) {
        String path = PATH + "/" + id + "/historique.csv";
        return List.of(new DashboardViews.Download(path, m.download_csv()),
                new DashboardViews.Download(path + "?excel=true", m.download_csv_excel()));
    }
}
