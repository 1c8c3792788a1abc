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

import org.odmaturity.comparison.ComparisonService;
import org.odmaturity.comparison.Evolution;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Roles;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.Views;

/**
 * The dashboard's evolution against an earlier campaign ({@code depuis}, default the latest campaign before the one
 * shown), for the regional team (admins: every figure) and facilitators (the anonymity rule for pairs): the
 * organisations present in both, the change per axis and theme (slope chart) and the level transitions; each table as
 * CSV.
 */
@Path("/resultats/evolution")
@RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
public class EvolutionPagesResource {

    private static final DashboardTab TAB = DashboardTab.EVOLUTION;

    @Inject PageContext context;
    @Inject DashboardFrame frame;
    @Inject ComparisonService comparisons;
    @Inject Validator validator;

    /** A checked query: the scope (with the error of {@code depuis}) and the campaigns to compare. */
    private record Query(DashboardScope scope, EvolutionView.Comparison comparison) {

        /** The download and link parameters: the campaign compared with, always explicit. */
        Map<String, String> since() {
            return Map.of("depuis", Long.toString(comparison.from().id()));
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response evolution(@BeanParam DashboardParams params, @BeanParam EvolutionParams own) {
        Query q = query(params, own);
        EvolutionMsg e = context.msg(EvolutionMsg.class);
        List<DashboardViews.ExtraField> fields = EvolutionView.fields(q.comparison(), q.scope(), e);
        if (!q.scope().valid()) {
            return frame.invalid(q.scope(), TAB, fields);
        }
        EvolutionViews.EvolutionContent view = null;
        if (q.scope().campaign() != null && q.comparison().from() == null) {
            view = EvolutionView.nothing(q.comparison().others().isEmpty() ? e.evolution_nothing()
                    : e.evolution_no_earlier());
        } else if (q.scope().campaign() != null) {
            Evolution evolution = evolution(q);
            view = EvolutionView.content(evolution, frame.csv(q.scope(), TAB, "axes", q.since()),
                    frame.csv(q.scope(), TAB, "transitions", q.since()),
                    context.msg(ResultsMsg.class).hidden(q.scope().viewer().minimumGroupSize()), context.locale());
        }
        return context.render(EvolutionViews.Templates.evolution(frame.page(q.scope(), TAB),
                frame.frame(q.scope(), TAB, fields), view));
    }

    @GET
    @Path("axes.csv")
    public Response axesCsv(@BeanParam DashboardParams params, @BeanParam EvolutionParams own,
            @QueryParam("excel") boolean excel) {
        return csv(params, own, excel, "axes");
    }

    @GET
    @Path("transitions.csv")
    public Response transitionsCsv(@BeanParam DashboardParams params, @BeanParam EvolutionParams own,
            @QueryParam("excel") boolean excel) {
        return csv(params, own, excel, "transitions");
    }

    private Response csv(DashboardParams params, EvolutionParams own, boolean excel, String table) {
        Query q = query(params, own);
        if (!q.scope().valid()) {
            return frame.invalid(q.scope(), TAB,
                    EvolutionView.fields(q.comparison(), q.scope(), context.msg(EvolutionMsg.class)));
        }
        if (q.scope().campaign() == null || q.comparison().from() == null) {
            throw new ResourceNotFoundException("No campaign to compare with.");
        }
        Evolution evolution = evolution(q);
        String name = "evolution-" + table + "-campagne-" + evolution.campaign().id() + "-depuis-"
                + evolution.from().id();
        return DashboardFrame.csv(name, excel, csv -> {
            if (table.equals("axes")) {
                EvolutionView.changesCsv(evolution, csv);
            } else {
                EvolutionView.transitionsCsv(evolution, csv);
            }
        });
    }

    private Evolution evolution(Query q) {
        return comparisons.evolution(q.scope().campaign().id(), q.comparison().from().id(), q.scope().filter(),
                q.scope().viewer());
    }

    /** The scope of the dashboard's filters, then {@code depuis}: a campaign id, of a campaign, not the one shown. */
    private Query query(DashboardParams params, EvolutionParams own) {
        EvolutionMsg e = context.msg(EvolutionMsg.class);
        ResultsMsg m = context.msg(ResultsMsg.class);
        DashboardScope scope = frame.scope(params);
        List<CampaignRef> campaigns = comparisons.campaigns();
        List<Views.ErrorLink> errors = new ArrayList<>(OwnChoices.check(validator, own, f -> e.filter_from(), m));
        CampaignRef chosen = null;
        if (errors.isEmpty() && own.campaignId() != null) {
            long id = own.campaignId();
            chosen = campaigns.stream().filter(c -> c.id() == id).findFirst().orElse(null);
            if (chosen == null) {
                errors.add(OwnChoices.error("depuis", e.err_from_unknown()));
            } else if (scope.campaign() != null && scope.campaign().id() == id) {
                errors.add(OwnChoices.error("depuis", e.err_from_same()));
                chosen = null;
            }
        }
        return new Query(scope.withErrors(errors),
                EvolutionView.Comparison.of(scope.campaign(), campaigns, chosen));
    }
}
