package org.odmaturity.diagnostic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Invitation;
import org.odmaturity.security.InvitationService;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Revoking an invitation link. */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations")
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
public class InvitationRevocationResource {

    private final InvitationService invitations;
    private final DiagnosticAccess access;
    private final SecurityIdentity identity;

    public InvitationRevocationResource(InvitationService invitations, DiagnosticAccess access,
            SecurityIdentity identity) {
        this.invitations = invitations;
        this.access = access;
        this.identity = identity;
    }

    @DELETE
    @Path("{invitationId}")
    @Transactional
    @Operation(summary = "Revoke an invitation link", description = "Idempotent; the link stops working at once.")
    public Response revoke(@PathParam("invitationId") long invitationId) {
        Invitation invitation = invitations.find(invitationId)
                .orElseThrow(() -> new ResourceNotFoundException("No invitation " + invitationId + "."));
        access.checkManage(InvitationResource.diagnostic(invitation.diagnosticId), Actor.of(identity));
        invitations.revoke(invitationId);
        return Response.noContent().build();
    }
}
