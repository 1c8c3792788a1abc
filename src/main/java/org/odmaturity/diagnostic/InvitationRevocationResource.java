package org.odmaturity.diagnostic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Revoking an invitation link. */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations")
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
public class InvitationRevocationResource {

    @Inject DiagnosticInvitations links;
    @Inject SecurityIdentity identity;

    @DELETE
    @Path("{invitationId}")
    @Operation(summary = "Revoke an invitation link", description = "Idempotent; the link stops working at once.")
    public Response revoke(@PathParam("invitationId") long invitationId) {
        links.revoke(invitationId, Actor.of(identity));
        return Response.noContent().build();
    }
}
