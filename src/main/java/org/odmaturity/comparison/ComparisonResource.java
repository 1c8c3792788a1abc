package org.odmaturity.comparison;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The regional comparisons of a campaign as JSON: its results, its support needs and its evolution against an
 * earlier campaign (an organisation's history: {@link OrganizationHistoryResource}). Admins see every figure;
 * facilitators see aggregates under the anonymity rule (docs/comparison.md) and the individual results of the
 * diagnostics assigned to them.
 */
@Path("/api/campaigns/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparisons", description = "Results across organisations, support needs, evolution between campaigns")
public class ComparisonResource {

    @Inject
    ComparisonService comparisons;

    @Inject
    SecurityIdentity identity;

    private Viewer viewer(String lang) {
        return comparisons.viewer(Actor.of(identity), lang);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "A campaign's results", description = "Participation (all statuses), the distribution of the "
            + "overall score, every axis and every theme (count, mean, quartiles, level counts) and figures by "
            + "département, from each diagnostic's latest score snapshot. For facilitators, only organisations whose "
            + "profile is shared by at least odm.peers.minimum-group-size organisations are counted.")
    public Results results(@PathParam("id") long id, @Valid @BeanParam ResultsParams params) {
        return comparisons.results(id, params.toFilter(), viewer(params.lang));
    }

    @GET
    @Path("needs")
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "A campaign's support needs", description = "The improvement actions that come up most often "
            + "in the plans of the counted diagnostics (curated plans as curated, the others as suggested), and every "
            + "theme, weakest mean first.")
    public Needs needs(@PathParam("id") long id, @Valid @BeanParam ResultsParams params) {
        return comparisons.needs(id, params.toFilter(), viewer(params.lang));
    }

    @GET
    @Path("evolution")
    @RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
    @Operation(summary = "Evolution from an earlier campaign", description = "Over the organisations scored in both "
            + "campaigns: per node the mean before and after and how many improved or declined, and the transitions "
            + "of overall level. Filters apply to this campaign's diagnostics; the status scope to both.")
    public Evolution evolution(@PathParam("id") long id, @Valid @BeanParam ResultsParams params,
            @Valid @BeanParam FromCampaign from) {
        return comparisons.evolution(id, from.id(), params.toFilter(), viewer(params.lang));
    }

    /** The campaign an evolution starts from, as a query parameter (a bean, so that its errors name it). */
    public static class FromCampaign {

        @QueryParam("from")
        @NotNull(message = "is required: the id of the campaign to compare with")
        @Pattern(regexp = "[0-9]{1,18}", message = "must be a campaign id")
        @Parameter(description = "The earlier campaign's id", required = true)
        public String from;

        long id() {
            return Long.parseLong(from);
        }
    }
}
