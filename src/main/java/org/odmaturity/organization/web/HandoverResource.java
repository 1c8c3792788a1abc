package org.odmaturity.organization.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.organization.Organization;
import org.odmaturity.organization.OrganizationService;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Forms;
import org.odmaturity.web.PageContext;

/**
 * Hands a diagnostic to another facilitator (or none, for a self-assessment), from its organisation's page. The form
 * carries the diagnostic's version: a diagnostic changed meanwhile is refused, not overwritten. Admins only.
 */
@Path("/admin/diagnostics")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class HandoverResource {

    @Inject PageContext context;
    @Inject DiagnosticService diagnostics;
    @Inject OrganizationService organizations;
    @Inject OrganizationPage organizationPage;

    @POST
    @Path("{id}/animation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response handOver(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        OrganizationMsg m = context.msg(OrganizationMsg.class);
        DiagnosticService.State state = diagnostics.get(id, context.actor());
        Organization org = organizations.get(state.organization().id);
        String chosen = Forms.trimmed(posted.getFirst("facilitator"));
        Long facilitatorId = Forms.number(chosen);
        Long version = Forms.number(Forms.trimmed(posted.getFirst("version")));
        String error;
        int status = 422;
        if (!chosen.isEmpty() && facilitatorId == null || version == null) {
            error = m.diag_facilitator_inactive();
        } else {
            try {
                diagnostics.assignFacilitator(id, ExpectedVersion.of(version), facilitatorId, context.actor());
                return Response.seeOther(OrganizationPaths.organization(org.id, "handover", "diagnostics")).build();
            } catch (InvalidInputException e) {
                error = facilitatorId == null ? m.handover_needs_facilitator() : m.diag_facilitator_inactive();
            } catch (PreconditionFailedException e) {
                error = m.handover_stale();
                status = 412;
            }
        }
        return organizationPage.existing(org, OrganizationPage.Shown.stored(org).handoverRefused(id, error), status);
    }
}
