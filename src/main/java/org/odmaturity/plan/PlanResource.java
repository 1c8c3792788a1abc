package org.odmaturity.plan;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.http.IfMatch;
import org.odmaturity.questionnaire.api.QuestionnaireViews;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;

/** The improvement plan of a diagnostic: read it (whoever may read the diagnostic), curate it, regenerate it. */
@Path("/api/diagnostics/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans", description = "Suggested and curated actions, targets, peer comparison")
public class PlanResource {

    @Inject
    PlanService plans;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "The improvement plan", description = "The curated plan, or the suggestion computed from the "
            + "answers while nobody curated it (`suggested=true`: always the suggestion). ETag = the plan's version "
            + "(0: never curated). Texts in `lang`, else Accept-Language, else the questionnaire's default language.")
    public Response get(@PathParam("id") long id,
            @QueryParam("suggested") @Parameter(description = "true: the suggestion, whatever was curated")
            boolean suggested,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return ok(plans.get(id, suggested, actor()), suggested, lang, headers);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "Curate the plan (its facilitator or an admin)", description = "`{actions: [...], targets: "
            + "{axis: level}}`: the actions in order (drop by leaving out, reorder, add custom ones with `text`), "
            + "owners, due dates, efforts, horizons; targets per axis (null: the default). If-Match required (428 "
            + "without, 412 when stale); invalid content: 422 naming each field, nothing changed.")
    public Response put(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("lang") String lang, @Context HttpHeaders headers, JsonNode body) {
        ExpectedVersion expected = IfMatch.parse(ifMatch);
        PlanEditJson.Read read = PlanEditJson.read(body);
        if (!read.readable()) {
            // who may curate and the version come first (404, 403, 428, 412), then every problem of the body at once
            throw read.refusal(plans.check(id, expected, read.edit(), actor()));
        }
        return ok(plans.curate(id, expected, read.edit(), actor()), false, lang, headers);
    }

    @POST
    @Path("regenerate")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "Replace the plan by the suggestion of the current answers (its facilitator or an admin)",
            description = "Custom actions, owners, due dates and targets are dropped. If-Match required.")
    public Response regenerate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return ok(plans.regenerate(id, IfMatch.parse(ifMatch), actor()), false, lang, headers);
    }

    private Response ok(PlanService.PlanState state, boolean suggested, String lang, HttpHeaders headers) {
        String language = QuestionnaireViews.language(state.questionnaire(), lang, headers.getAcceptableLanguages());
        PlanViews.PlanView view = PlanViews.of(state, suggested, language);
        return Response.ok(view).tag(IfMatch.etag(state.plan().version()))
                .header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }

    private Actor actor() {
        return Actor.of(identity);
    }
}
