package org.odmaturity.diagnostic;

import org.odmaturity.time.Instants;
import org.odmaturity.http.IfMatch;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;

/** Diagnostics: one organisation's answers in one campaign, their score, status and history. */
@Path("/api/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Diagnostics", description = "Answers, score, status, history")
public class DiagnosticResource {

    public record NewDiagnostic(@NotNull @Positive Long organizationId, @NotNull @Positive Long campaignId,
            @NotNull DiagnosticMode mode, @Positive Long facilitatorId) {
    }

    @Inject
    DiagnosticService diagnostics;
    @Inject
    DiagnosticTransfer transfer;
    @Inject
    SecurityIdentity identity;

    private Actor actor() {
        return Actor.of(identity);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "Start a diagnostic for an organisation in a campaign", description = "Admins create any "
            + "diagnostic (and may assign a facilitator); a facilitator creates interviews, assigned to themselves.")
    public Response create(@NotNull @Valid NewDiagnostic body) {
        DiagnosticService.State state = diagnostics.create(body.organizationId(), body.campaignId(), body.mode(),
                body.facilitatorId(), actor());
        return Response.created(URI.create("/api/diagnostics/" + state.diagnostic().id))
                .tag(new EntityTag(String.valueOf(state.diagnostic().version)))
                .entity(DiagnosticViews.full(diagnostics.shown(state), actor())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "The diagnostics you may read", description = "Admins: all; facilitators: those assigned to "
            + "them; an invitation link: its own.")
    public List<DiagnosticViews.Summary> list(@QueryParam("campaignId") Long campaignId,
            @QueryParam("organizationId") Long organizationId, @QueryParam("status") String status) {
        DiagnosticStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? null : DiagnosticStatus.fromKey(status);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.BadRequestException("Query parameter status: " + e.getMessage() + ".");
        }
        return diagnostics.list(campaignId, organizationId, wanted, actor()).stream().map(DiagnosticViews::summary)
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "A diagnostic with its answers and live score", description = "ETag = its version.")
    public Response get(@PathParam("id") long id, @jakarta.ws.rs.core.Context Request request) {
        DiagnosticService.Read read = diagnostics.read(id, actor());
        EntityTag etag = new EntityTag(String.valueOf(read.diagnostic().version));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.build();
        }
        return ok(read);
    }

    @PATCH
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "Change answers, all or nothing", description = "Send If-Match (the diagnostic's ETag: 412 "
            + "when stale) or a revision with each answer (409 listing the answers a colleague changed meanwhile); "
            + "neither: 428. Any invalid answer: 422 listing each, nothing applied.")
    public Response patchAnswers(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        // committed under the row lock: its body is kept for the reads that follow
        return ok(diagnostics.committed(diagnostics.patchAnswers(id, IfMatch.parse(ifMatch),
                AnswerPatchJson.read(body), actor())));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "Submit: answers freeze, a score snapshot is kept", description = "422 lists the required, "
            + "relevant, unanswered questions.")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(diagnostics.submit(id, IfMatch.parse(ifMatch), actor()));
    }

    @POST
    @Path("{id}/validate")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "Validate a submitted diagnostic (its facilitator or an admin)")
    public Response validate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(diagnostics.validate(id, IfMatch.parse(ifMatch), actor()));
    }

    /** The body of {@code PUT /api/diagnostics/{id}/assessments}. */
    public record AssessmentBatch(@NotNull(message = "give a list of assessments") List<Assessment> assessments) {
    }

    @PUT
    @Path("{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "Score answers to questions scored by the facilitator (its facilitator or an admin)",
            description = "`{\"assessments\": [{\"question\": \"q\", \"points\": 2, \"justification\": "
                    + "\"...\"}]}` on a submitted diagnostic (409 otherwise), all or nothing. If-Match required "
                    + "(428 without, 412 when stale). 422 names each field: points out of range or not a rubric "
                    + "level, justification missing, a question not scored by the facilitator or with no answer.")
    public Response assess(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid AssessmentBatch body) {
        return ok(diagnostics.assess(id, IfMatch.parse(ifMatch), body.assessments(), actor()));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reopen a submitted or validated diagnostic as a draft (admins)")
    public Response reopen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(diagnostics.reopen(id, IfMatch.parse(ifMatch), actor()));
    }

    /** The body of {@code PUT /api/diagnostics/{id}/facilitator}. */
    public record FacilitatorAssignment(@Positive Long facilitatorId) {
    }

    @PUT
    @Path("{id}/facilitator")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Hand the diagnostic to another facilitator (admins)", description = "`{\"facilitatorId\": "
            + "12}` (an active account) or `null` (self-assessments only: no facilitator). If-Match optional "
            + "(412 when stale).")
    public Response assignFacilitator(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid FacilitatorAssignment body) {
        return ok(diagnostics.assignFacilitator(id, IfMatch.parse(ifMatch), body.facilitatorId(), actor()));
    }

    /** The body of {@code PUT /api/diagnostics/{id}/deadline}. */
    public record DeadlineChange(LocalDate deadline) {
    }

    @PUT
    @Path("{id}/deadline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the deadline (admins)", description = "`{\"deadline\": \"2026-06-30\"}`: the day "
            + "the organisation is asked to submit by, from today and not after the campaign's closing day (422); "
            + "`null` removes it (the campaign's closing day applies). If-Match optional (412 when stale).")
    public Response setDeadline(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") DeadlineChange body) {
        return ok(diagnostics.setDeadline(id, IfMatch.parse(ifMatch), body.deadline(), actor()));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "Every change of every answer: who, when, before, after")
    public List<DiagnosticService.HistoryEntry> history(@PathParam("id") long id) {
        return diagnostics.history(id, actor());
    }

    @GET
    @Path("{id}/export")
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "Self-contained JSON export", description = "Organisation, questionnaire pin and hash, "
            + "answers, history, score snapshots and the curated improvement plan (`plan`, null when not curated); "
            + "`POST /api/diagnostics/import` takes it back without loss.")
    public Response export(@PathParam("id") long id) {
        return Response.ok(transfer.export(id, actor()))
                .header("Content-Disposition", "attachment; filename=\"diagnostic-" + id + ".json\"").build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "Import an export", description = "Back into the diagnostic it came from (a draft whose "
            + "answers and plan are unchanged since the export: 200; changed meanwhile: 412) or as a new diagnostic "
            + "(201), into the export's campaign or `campaignId` (same questionnaire version and content).")
    public Response importExport(@QueryParam("campaignId") Long campaignId, DiagnosticTransfer.Export body) {
        DiagnosticTransfer.Imported imported = transfer.importExport(body, campaignId, actor());
        Response ok = ok(imported.state());
        if (!imported.created()) {
            return ok;
        }
        return Response.fromResponse(ok).status(201)
                .location(URI.create("/api/diagnostics/" + imported.state().diagnostic().id)).build();
    }

    private Response ok(DiagnosticService.State state) {
        return ok(diagnostics.shown(state));
    }

    private Response ok(DiagnosticService.Read read) {
        return Response.ok(DiagnosticViews.full(read, actor()))
                .tag(new EntityTag(String.valueOf(read.diagnostic().version)))
                .header(HttpHeaders.LAST_MODIFIED, java.util.Date.from(read.diagnostic().updatedAt == null
                        ? Instants.now() : read.diagnostic().updatedAt))
                .build();
    }
}
