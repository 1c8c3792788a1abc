package org.odmaturity.security.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.odmaturity.diagnostic.DiagnosticInvitations;
import org.odmaturity.i18n.Labels;
import org.odmaturity.security.Invitation;
import org.odmaturity.security.InvitationConfig;
import org.odmaturity.security.InvitationService;
import org.odmaturity.security.Roles;
import org.odmaturity.time.Instants;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * The invitation links of a diagnostic, for its facilitator and the admins (the rule of the API, checked by
 * {@link DiagnosticInvitations}; anyone else gets the 404 page): list, creation (the link is shown once, on the
 * answer to the form post, never in a URL) and revocation.
 */
@Path("/animation/diagnostics/{id}/liens")
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
@Produces(MediaType.TEXT_HTML)
public class InvitationPagesResource {

    @Inject PageContext context;
    @Inject DiagnosticInvitations links;
    @Inject InvitationService invitations;
    @Inject InvitationConfig config;

    @GET
    public Response links(@PathParam("id") long id, @QueryParam("ok") String ok) {
        Form form = new Form().value("label", "").value("validityDays", Long.toString(config.validity().toDays()));
        return render(id, form, "revoked".equals(ok) ? context.msg(LinkMsg.class).link_revoked_notice() : null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        LinkMsg m = context.msg(LinkMsg.class);
        Forms.Texts t = context.msg(Forms.Texts.class);
        DiagnosticInvitations.Managed diagnostic = links.managed(id, context.actor());
        Form form = new Form().value("label", Forms.trimmed(posted.getFirst("label")))
                .value("validityDays", Forms.trimmed(posted.getFirst("validityDays")));
        long max = config.maxValidity().toDays();
        if (form.value("label").isEmpty()) {
            form.error("label", t.err_required(m.link_label()));
        } else if (form.value("label").length() > 200) {
            form.error("label", t.err_too_long(m.link_label(), 200));
        }
        long days = form.value("validityDays").matches("[0-9]{1,4}") ? Long.parseLong(form.value("validityDays"))
                : 0;
        if (days < 1 || days > max) {
            form.error("validityDays", m.err_validity((int) max));
        }
        if (form.hasErrors()) {
            return render(id, form, null, 422);
        }
        // the service checks the validity again (and refuses an invalid one): nothing is written here otherwise
        InvitationService.Created created = links.create(id, form.value("label"), Duration.ofDays(days),
                context.actor());
        String back = path(id);
        SecurityViews.LinkCreated view = new SecurityViews.LinkCreated(id, diagnostic.organization(),
                invitations.url(created.token()), created.invitation().label,
                Formats.dateTime(context.locale(), created.invitation().expiresAt), back);
        Views.Page page = context.page(m.link_created_title(), Section.DIAGNOSTICS, back);
        // shown once: 201 with the page itself (no redirect carrying the token), never stored by a cache
        return Response.fromResponse(context.render(SecurityViews.Templates.linkCreated(page, view), 201))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("{invitationId}/revoquer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id, @PathParam("invitationId") long invitationId) {
        links.revoke(id, invitationId, context.actor());
        return Response.seeOther(UriBuilder.fromPath(path(id)).queryParam("ok", "revoked").build()).build();
    }

    private static String path(long diagnosticId) {
        return UriBuilder.fromPath("/animation/diagnostics/{id}/liens").build(diagnosticId).toString();
    }

    private Response render(long id, Form form, String notice, int status) {
        LinkMsg m = context.msg(LinkMsg.class);
        DiagnosticInvitations.Managed diagnostic = links.managed(id, context.actor());
        List<SecurityViews.LinkRow> rows = new ArrayList<>(links.list(id, context.actor()).stream().map(this::row)
                .toList());
        Collections.reverse(rows);
        String csrf = context.csrfToken();
        long max = config.maxValidity().toDays();
        Forms.Edit edit = form.field("label", m.link_label(), m.link_label_hint(), "text", true, "off")
                .numeric("validityDays", m.link_validity(), m.link_validity_hint((int) max), true)
                .edit(path(id), csrf, Map.of(), null, null, m.link_create(), null, null);
        SecurityViews.LinksPage view = new SecurityViews.LinksPage(id, diagnostic.organization(),
                diagnostic.campaign() + " (" + diagnostic.campaignYear() + ")",
                Labels.of(context.lang()).label("diagnostic.status", diagnostic.status()), rows, edit, csrf, notice,
                context.identity().hasRole(Roles.ADMIN), diagnostic.organizationId());
        Views.Page page = context.page(Forms.title(context.msg(FrameMsg.class), m.links_title() + " – "
                + diagnostic.organization(), form.errorCount()), Section.DIAGNOSTICS, path(id));
        return context.render(SecurityViews.Templates.links(page, view), status);
    }

    private SecurityViews.LinkRow row(Invitation i) {
        LinkMsg m = context.msg(LinkMsg.class);
        boolean active = i.usableAt(Instants.now());
        String state = i.revokedAt != null ? m.link_revoked() + " (" + dateTime(i.revokedAt) + ")"
                : active ? m.link_active() : m.link_expired();
        return new SecurityViews.LinkRow(i.id, i.label == null || i.label.isBlank() ? m.link_unnamed() : i.label,
                i.createdBy, dateTime(i.createdAt), dateTime(i.expiresAt),
                i.lastUsedAt == null ? m.link_never_used() : dateTime(i.lastUsedAt), state, active);
    }

    private String dateTime(Instant instant) {
        return Formats.dateTime(context.locale(), instant);
    }
}
