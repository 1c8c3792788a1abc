package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.odmaturity.comparison.CampaignResults;
import org.odmaturity.comparison.CampaignResults.Node;
import org.odmaturity.comparison.ComparisonService;
import org.odmaturity.comparison.Needs;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Roles;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.Views;

/**
 * The dashboard's support needs, for the regional team (admins: every figure) and facilitators (the anonymity rule):
 * the recommended actions that come up most often in the plans of the filtered diagnostics, narrowed by axis, effort
 * and horizon, and the weakest themes — to plan workshops and support programmes; each table as CSV.
 */
@Path("/resultats/besoins")
@RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
public class NeedsPagesResource {

    private static final DashboardTab TAB = DashboardTab.NEEDS;

    @Inject PageContext context;
    @Inject DashboardFrame frame;
    @Inject ComparisonService comparisons;
    @Inject Validator validator;

    /** A checked query: the scope (with the errors of the view's own choices) and the campaign's data. */
    private record Query(DashboardScope scope, NeedsParams own, CampaignResults data) {

        List<Node> axes() {
            return data == null ? List.of() : NeedsView.axes(data);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response needs(@BeanParam DashboardParams params, @BeanParam NeedsParams own) {
        Query q = query(params, own);
        EvolutionMsg e = context.msg(EvolutionMsg.class);
        List<DashboardViews.ExtraField> fields = NeedsView.fields(own, q.axes(), q.scope(), e, context.lang());
        if (!q.scope().valid()) {
            return frame.invalid(q.scope(), TAB, fields);
        }
        EvolutionViews.NeedsContent view = null;
        if (q.data() != null) {
            Needs needs = comparisons.needs(q.data().campaign().id(), q.scope().filter(), q.scope().viewer());
            Map<String, String> choices = own.query(own.all());
            view = NeedsView.content(needs, q.data(), own, q.scope(),
                    new NeedsView.Downloads(frame.csv(q.scope(), TAB, "actions", choices),
                            frame.csv(q.scope(), TAB, "themes", choices)),
                    context.msg(ResultsMsg.class), e, context.locale(), context.lang());
        }
        return context.render(EvolutionViews.Templates.needs(frame.page(q.scope(), TAB),
                frame.frame(q.scope(), TAB, fields), view));
    }

    @GET
    @Path("actions.csv")
    public Response actionsCsv(@BeanParam DashboardParams params, @BeanParam NeedsParams own,
            @QueryParam("excel") boolean excel) {
        return csv(params, own, excel, "actions");
    }

    @GET
    @Path("themes.csv")
    public Response themesCsv(@BeanParam DashboardParams params, @BeanParam NeedsParams own,
            @QueryParam("excel") boolean excel) {
        return csv(params, own, excel, "themes");
    }

    private Response csv(DashboardParams params, NeedsParams own, boolean excel, String table) {
        Query q = query(params, own);
        if (!q.scope().valid()) {
            return frame.invalid(q.scope(), TAB,
                    NeedsView.fields(own, q.axes(), q.scope(), context.msg(EvolutionMsg.class), context.lang()));
        }
        if (q.data() == null) {
            throw new ResourceNotFoundException("No campaign yet.");
        }
        long id = q.data().campaign().id();
        Needs needs = comparisons.needs(id, q.scope().filter(), q.scope().viewer());
        String lowest = q.data().questionnaire() == null || q.data().questionnaire().levels().isEmpty() ? null
                : q.data().questionnaire().levels().get(0).id();
        return DashboardFrame.csv("besoins-" + table + "-campagne-" + id, excel, csv -> {
            if (table.equals("actions")) {
                NeedsView.actionsCsv(needs, own, csv);
            } else {
                NeedsView.themesCsv(needs, own, lowest, csv);
            }
        });
    }

    /** The scope of the dashboard's filters, then the view's own choices checked (the axis against the campaign). */
    private Query query(DashboardParams params, NeedsParams own) {
        EvolutionMsg e = context.msg(EvolutionMsg.class);
        ResultsMsg m = context.msg(ResultsMsg.class);
        DashboardScope scope = frame.scope(params);
        List<Views.ErrorLink> errors = new ArrayList<>(OwnChoices.check(validator, own, f -> NeedsView.label(f, e),
                m));
        CampaignResults data = scope.valid() && scope.campaign() != null ? comparisons.data(scope.campaign().id())
                : null;
        boolean axisWellFormed = errors.stream().noneMatch(x -> x.href().equals("#f-axe"));
        if (data != null && axisWellFormed && own.axis().isPresent()
                && NeedsView.axes(data).stream().noneMatch(n -> n.id().equals(own.axe))) {
            errors.add(OwnChoices.error("axe", m.err_invalid(e.filter_axis())));
        }
        return new Query(scope.withErrors(errors), own, data);
    }
}
