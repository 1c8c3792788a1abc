package org.odmaturity.comparison.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.odmaturity.comparison.ComparisonConfig;
import org.odmaturity.comparison.ComparisonService;
import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.web.DashboardViews.ExtraField;
import org.odmaturity.comparison.web.DepartementMapView.Measure;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Roles;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.Views;

/**
 * The regional dashboard's overview, for the regional team (admins: every figure) and facilitators (the anonymity
 * rule): participation, the distribution of scores per axis and theme, the map of départements; each table as CSV.
 */
@Path("/resultats")
@RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
public class ResultsPagesResource {

    @Inject PageContext context;
    @Inject DashboardFrame frame;
    @Inject ComparisonService comparisons;
    @Inject ComparisonConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response overview(@BeanParam DashboardParams params, @QueryParam("carte") String carte) {
        DashboardScope scope = frame.scope(params);
        ResultsMsg m = context.msg(ResultsMsg.class);
        Optional<Measure> measure = Measure.of(carte);
        String measureError = measure.isPresent() ? null : m.err_invalid(m.map_measure_label());
        List<ExtraField> mapField = List.of(new ExtraField("carte", m.map_measure_label(),
                DepartementMapView.choices(measure.orElse(Measure.SCORE), m), measureError));
        if (!scope.valid() || measureError != null) {
            return invalid(scope, measureError, mapField);
        }
        DashboardViews.Overview view = null;
        if (scope.campaign() != null) {
            Results results = comparisons.results(scope.campaign().id(), scope.filter(), scope.viewer());
            view = new DashboardViews.Overview(
                    OverviewView.participation(results.participation(), m, context.locale(),
                            frame.csv(scope, DashboardTab.OVERVIEW, "participation", Map.of())),
                    OverviewView.distributions(results, m, context.locale(),
                            frame.csv(scope, DashboardTab.OVERVIEW, "distributions", Map.of())),
                    map(scope, results, measure.get(), m));
        }
        return context.render(DashboardViews.Templates.overview(frame.page(scope, DashboardTab.OVERVIEW),
                frame.frame(scope, DashboardTab.OVERVIEW, mapField), view));
    }

    /** The filter form with the errors of the filters and of the map's measure (400). */
    private Response invalid(DashboardScope scope, String measureError, List<ExtraField> mapField) {
        List<Views.ErrorLink> more = measureError == null ? List.of()
                : List.of(new Views.ErrorLink("#f-carte", measureError));
        return frame.invalid(scope.withErrors(more), DashboardTab.OVERVIEW, mapField);
    }

    /** The map section: coloured by the measure, with the links choosing the other one (filters kept). */
    private DepartementMapView.MapSection map(DashboardScope scope, Results results, Measure measure, ResultsMsg m) {
        List<DepartementMapView.MapLink> measures = DepartementMapView.measures(measure,
                x -> scope.href(DashboardTab.OVERVIEW.path(), x == Measure.SCORE ? Map.of()
                        : Map.of("carte", x.key())) + "#carte", m);
        return DepartementMapView.build(results, mapCodes(scope), measure, measures,
                frame.csv(scope, DashboardTab.OVERVIEW, "departements", Map.of()), m, context.locale());
    }

    /** The départements of the map: the configured region and those of the campaign's organisations. */
    private List<String> mapCodes(DashboardScope scope) {
        return DepartementMapView.codes(config.mapDepartements(), comparisons.data(scope.campaign().id()).rows()
                .stream().map(r -> r.profile().departement()).toList());
    }

    @GET
    @Path("participation.csv")
    public Response participationCsv(@BeanParam DashboardParams params, @QueryParam("excel") boolean excel) {
        return csv(params, excel, "participation", (scope, results, csv) -> OverviewCsv.participation(results, csv));
    }

    @GET
    @Path("distributions.csv")
    public Response distributionsCsv(@BeanParam DashboardParams params, @QueryParam("excel") boolean excel) {
        return csv(params, excel, "distributions", (scope, results, csv) -> OverviewCsv.distributions(results, csv));
    }

    /** The map's table: every département drawn or listed, its participants, scored diagnostics and mean score. */
    @GET
    @Path("departements.csv")
    public Response departementsCsv(@BeanParam DashboardParams params, @QueryParam("excel") boolean excel) {
        return csv(params, excel, "departements",
                (scope, results, csv) -> DepartementMapView.csv(results, mapCodes(scope), csv));
    }

    /** Writes one table of the overview. */
    private interface TableWriter {
        void write(DashboardScope scope, Results results, Csv csv);
    }

    /** A table of the overview as CSV ({@link DashboardFrame#csv}). */
    private Response csv(DashboardParams params, boolean excel, String table, TableWriter write) {
        DashboardScope scope = frame.scope(params);
        if (!scope.valid()) {
            return frame.invalid(scope, DashboardTab.OVERVIEW);
        }
        if (scope.campaign() == null) {
            throw new ResourceNotFoundException("No campaign yet.");
        }
        Results results = comparisons.results(scope.campaign().id(), scope.filter(), scope.viewer());
        return DashboardFrame.csv(table + "-campagne-" + scope.campaign().id(), excel,
                csv -> write.write(scope, results, csv));
    }
}
