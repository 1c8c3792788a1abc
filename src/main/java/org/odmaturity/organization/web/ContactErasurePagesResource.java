package org.odmaturity.organization.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.odmaturity.privacy.PrivacyService;
import org.odmaturity.security.Roles;

/** The "erase the contact" button of the organisation page (its own full path: it shadows no other resource). */
@Path("/admin/organisations/{id}/contact")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ContactErasurePagesResource {

    @Inject
    PrivacyService privacy;

    @POST
    @Path("supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@PathParam("id") long id) {
        privacy.eraseContact(id);
        return Response.seeOther(OrganizationPaths.organization(id, "contact", "contact")).build();
    }
}
