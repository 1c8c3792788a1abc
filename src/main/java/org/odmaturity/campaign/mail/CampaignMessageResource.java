package org.odmaturity.campaign.mail;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.http.IfMatch;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** A campaign's emails to its organisations: invitations, reminders, their record; the regional team only. */
@Path("/api/campaigns/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Campaign emails", description = "Invitation and reminder emails of a campaign, sent in the background")
public class CampaignMessageResource {

    private final CampaignMessages messages;
    private final SecurityIdentity identity;

    public CampaignMessageResource(CampaignMessages messages, SecurityIdentity identity) {
        this.messages = messages;
        this.identity = identity;
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue invitations or reminders", description = "One message per chosen diagnostic of the "
            + "campaign (all when diagnosticIds is absent) that can take one; the answer lists the others and why "
            + "(no-email, submitted, already-invited, recently-contacted, deadline-passed). Invitations are queued "
            + "once per diagnostic; reminders skip a diagnostic contacted within 7 days or past its deadline. 202: the "
            + "emails leave in the background. 409 for "
            + "a closed campaign, 422 naming diagnosticIds[i] for a diagnostic of another campaign (nothing queued).")
    public Response queue(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") @Valid MessageRequests.Queue body) {
        CampaignMessages.QueueResult result = messages.queue(id, new CampaignMessages.QueueCommand(body.kind(),
                body.diagnosticIds(), body.locale()), Actor.of(identity));
        return Response.accepted(result).build();
    }

    @GET
    @Path("messages")
    @Operation(summary = "The campaign's emails", description = "Newest first, with their status, dates, the mail "
            + "server's answer of a failure and when their link was last used (no tracking pixel).")
    public List<CampaignMessages.MessageView> list(@PathParam("id") long id,
            @Valid @BeanParam MessageRequests.Filter filter) {
        return messages.list(id, filter.toFilter());
    }

    @GET
    @Path("messages/{messageId}")
    @Operation(summary = "One email of the campaign")
    public CampaignMessages.MessageView get(@PathParam("id") long id, @PathParam("messageId") long messageId) {
        return messages.get(id, messageId);
    }

    @POST
    @Path("messages/{messageId}/retry")
    @Operation(summary = "Send a failed email again", description = "Queues it again (with a new link; the failed "
            + "one's was revoked). A message still queued is answered as it is; 409 for one being sent, sent or "
            + "cancelled.")
    public CampaignMessages.MessageView retry(@PathParam("id") long id, @PathParam("messageId") long messageId) {
        return messages.retry(id, messageId, Actor.of(identity));
    }

    @GET
    @Path("reminders")
    @Operation(summary = "The automatic reminder settings", description = "With their ETag, to send back as If-Match "
            + "(\"0\" while never saved).")
    public Response reminders(@PathParam("id") long id) {
        CampaignMessages.ReminderView view = messages.reminders(id);
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }

    @PUT
    @Path("reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the automatic reminder settings", description = "daysBefore: 1 to 5 numbers of days "
            + "from 1 to 180 (reminders go on those days before each organisation's deadline, to those that have not "
            + "submitted, at most one email a week). If-Match required: 428 without, 412 when changed meanwhile.")
    public Response updateReminders(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the last read, e.g. \"0\"")
            String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid MessageRequests.Reminders body) {
        CampaignMessages.ReminderView view = messages.updateReminders(id, IfMatch.parse(ifMatch),
                new CampaignMessages.ReminderCommand(body.enabled(), body.daysBefore(), body.locale()),
                Actor.of(identity));
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }
}
