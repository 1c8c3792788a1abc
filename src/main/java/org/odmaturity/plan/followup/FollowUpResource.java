package org.odmaturity.plan.followup;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.http.IfMatch;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** The follow-up of a validated improvement plan between campaigns (docs/improvement-plan.md, "Follow-up"). */
@Path("/api/diagnostics/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans", description = "Suggested and curated actions, targets, peer comparison")
public class FollowUpResource {

    /** The body of a follow-up change. */
    public record FollowUpBody(
            @Schema(description = "todo, in_progress, done or abandoned") String status,
            @Schema(description = "the day the status applies from (default: today); not after today")
            LocalDate date,
            @Schema(description = "a short note, at most 500 characters") String note) {
    }

    @Inject
    FollowUpService followUps;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("follow-up")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "The follow-up of the plan", description = "Every action of the diagnostic's plan with its "
            + "status (todo while nobody followed it up), status date, note, who changed it last, its version (the "
            + "ETag to send when changing it; 0: never followed up) and its history. For whoever may read the "
            + "diagnostic, and whoever may read the organisation's next diagnostic (whose previous plan it is).")
    public FollowUps get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return followUps.get(id, lang, actor());
    }

    @GET
    @Path("previous")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "The previous plan and its follow-up", description = "The plan of the organisation's latest "
            + "validated diagnostic in a campaign of an earlier year, with the follow-up of its actions (the same "
            + "shape as `follow-up`); 204 No Content when there is none.")
    public Response previous(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return followUps.previous(id, lang, actor()).map(f -> Response.ok(f).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @PUT
    @Path("actions/{actionKey}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "Follow up an action of a validated plan", description = "`{status, date, note}`. For the "
            + "diagnostic's facilitator, admins, its invitation link, and the facilitator and invitation link of the "
            + "organisation's next diagnostic. If-Match required: the action's follow-up version (\"0\" the first "
            + "time; 428 without, 412 when stale). 409 when the diagnostic is not validated; 422 naming each bad "
            + "field (status, date, note), nothing changed.")
    public Response put(@PathParam("id") long id,
            @PathParam("actionKey") @Parameter(description = "q:<question id> or custom-<n>") String actionKey,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FollowUpBody body) {
        FollowUpBody b = body == null ? new FollowUpBody(null, null, null) : body;
        FollowUps.Action action = followUps.update(id, actionKey, IfMatch.parse(ifMatch),
                new FollowUpService.Update(b.status(), b.date(), b.note()), actor());
        return Response.ok(action).tag(IfMatch.etag(action.version())).build();
    }

    private Actor actor() {
        return Actor.of(identity);
    }
}
