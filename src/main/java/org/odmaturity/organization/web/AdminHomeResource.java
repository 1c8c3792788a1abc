package org.odmaturity.organization.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.odmaturity.diagnostic.DiagnosticOverview;
import org.odmaturity.i18n.Labels;
import org.odmaturity.security.Roles;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.Views;

/** The regional team's home page ({@code /admin}): the figures of the service and the admin sections. Admins only. */
@Path("/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminHomeResource {

    @Inject PageContext context;
    @Inject DiagnosticOverview overview;

    @GET
    public Response home() {
        DiagnosticOverview.Counts counts = overview.counts();
        Labels labels = Labels.of(context.lang());
        List<OrganizationViews.Count> byStatus = counts.diagnostics().entrySet().stream()
                .map(e -> new OrganizationViews.Count(labels.label("diagnostic.status", e.getKey()), e.getValue()))
                .toList();
        OrganizationViews.Home view = new OrganizationViews.Home(counts.organizations(), counts.openCampaigns(),
                byStatus, counts.diagnosticsTotal(), counts.activeFacilitators());
        Views.Page page = context.page(context.msg(OrganizationMsg.class).home_title(), null);
        return context.render(OrganizationViews.Templates.home(page, view));
    }
}
