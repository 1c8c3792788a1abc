package org.odmaturity.diagnostic;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Invitation;
import org.odmaturity.security.InvitationService;
import org.odmaturity.security.Roles;
import org.odmaturity.time.Instants;

import io.quarkus.security.identity.SecurityIdentity;

/** Invitation links: each opens one diagnostic to whoever holds it; several per diagnostic for several colleagues. */
@Path("/api/diagnostics/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Links that let an organisation's agents answer their diagnostic")
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
public class InvitationResource {

    public record NewInvitation(@Size(max = 200) String label, @Min(1) @Max(365) Integer validityDays) {
    }

    /** A new link; {@code token} is shown here only (it is stored hashed). */
    public record CreatedInvitation(long id, String url, String token, Instant expiresAt, String label) {
    }

    public record InvitationView(long id, String label, String createdBy, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt, boolean usable) {
        static InvitationView of(Invitation i) {
            return new InvitationView(i.id, i.label, i.createdBy, i.createdAt, i.expiresAt, i.revokedAt, i.lastUsedAt,
                    i.usableAt(Instants.now()));
        }
    }

    @Inject DiagnosticInvitations links;
    @Inject InvitationService invitations;
    @Inject SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an invitation link", description = "The token (≥128 random bits) is returned once; "
            + "it can be presented as `Authorization: Bearer <token>`.")
    public Response create(@PathParam("id") long id, @Valid NewInvitation body) {
        InvitationService.Created created = links.create(id, body == null ? null : body.label(),
                body == null || body.validityDays() == null ? null : Duration.ofDays(body.validityDays()),
                Actor.of(identity));
        Invitation i = created.invitation();
        return Response.created(URI.create("/api/invitations/" + i.id))
                .entity(new CreatedInvitation(i.id, invitations.url(created.token()), created.token(), i.expiresAt,
                        i.label))
                .build();
    }

    @GET
    @Operation(summary = "The invitation links of a diagnostic (without their tokens)")
    public List<InvitationView> list(@PathParam("id") long id) {
        return links.list(id, Actor.of(identity)).stream().map(InvitationView::of).toList();
    }
}
