package org.odmaturity.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.http.IfMatch;
import org.odmaturity.security.Roles;

/** Erasing an organisation's contact (its own full path, so that it shadows no other resource). */
@Path("/api/organizations/{id}/contact")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class OrganizationContactResource {

    private final PrivacyService privacy;

    public OrganizationContactResource(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase an organisation's contact", description = "Its contact name, email and phone are "
            + "erased (a person's request, or the end of the relationship). No If-Match needed: an erasure must not "
            + "wait for a fresh read. Returns the organisation's new version, also as ETag. Idempotent.")
    public Response erase(@PathParam("id") long id) {
        PrivacyService.ContactErased erased = privacy.eraseContact(id);
        return Response.ok(erased).tag(IfMatch.etag(erased.version())).build();
    }
}
