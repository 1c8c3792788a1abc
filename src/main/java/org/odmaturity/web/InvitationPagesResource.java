package org.odmaturity.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticAccess;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.organization.Organization;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Invitation;
import org.odmaturity.security.InvitationConfig;
import org.odmaturity.security.InvitationService;
import org.odmaturity.security.Roles;
import org.odmaturity.web.AdminViews.EditPage;
import org.odmaturity.web.AdminViews.Form;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The invitation links of a diagnostic, for its facilitator and the admins (the same rule as the API:
 * {@link DiagnosticAccess#checkManage}; anyone else gets the 404 page): list, creation (the link is shown once, on the
 * answer to the form post, never in a URL) and revocation.
 */
@Path("/")
public class InvitationPagesResource {

    @Inject
    SecurityIdentity identity;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    private final StaffPages pages;
    private final InvitationService invitations;
    private final InvitationConfig config;
    private final DiagnosticAccess access;
    private final AdminMsg fr;
    private final AdminMsg en;

    public InvitationPagesResource(StaffPages pages, InvitationService invitations, InvitationConfig config,
            DiagnosticAccess access, AdminMsg fr, @Localized("en") AdminMsg en) {
        this.pages = pages;
        this.invitations = invitations;
        this.config = config;
        this.access = access;
        this.fr = fr;
        this.en = en;
    }

    private AdminMsg msg(String lang) {
        return "en".equals(lang) ? en : fr;
    }

    @GET
    @Path("animation/diagnostics/{id}/liens")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Transactional
    public Response links(@PathParam("id") long id, @QueryParam("lang") String langParam,
            @QueryParam("ok") String ok) {
        String lang = pages.lang(langParam, headers);
        Diagnostic diagnostic = manageable(id);
        Form form = new Form().value("label", "").value("validityDays", Long.toString(config.validity().toDays()));
        return render(lang, langParam, diagnostic, form, "revoked".equals(ok) ? msg(lang).link_revoked_notice()
                : null, 200);
    }

    @POST
    @Path("animation/diagnostics/{id}/liens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Transactional
    public Response create(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        Diagnostic diagnostic = manageable(id);
        Form form = new Form().value("label", AdminViews.trimmed(posted.getFirst("label")))
                .value("validityDays", AdminViews.trimmed(posted.getFirst("validityDays")));
        long max = config.maxValidity().toDays();
        if (form.value("label").isEmpty()) {
            form.error("label", m.err_required(m.link_label()));
        } else if (form.value("label").length() > 200) {
            form.error("label", m.err_too_long(m.link_label(), 200));
        }
        long days = 0;
        if (form.value("validityDays").matches("[0-9]{1,4}")) {
            days = Long.parseLong(form.value("validityDays"));
        }
        if (days < 1 || days > max) {
            form.error("validityDays", m.err_validity((int) max));
        }
        if (form.hasErrors()) {
            return render(lang, langParam, diagnostic, form, null, 422);
        }
        // the service checks the validity again (and refuses an invalid one): nothing is written here otherwise
        InvitationService.Created created = invitations.create(id, form.value("label"), Duration.ofDays(days),
                Actor.of(identity).label());
        Organization org = Organization.findById(diagnostic.organizationId);
        AdminViews.LinkCreated view = new AdminViews.LinkCreated(id, org.name, invitations.url(created.token()),
                created.invitation().label, AdminViews.dateTime(created.invitation().expiresAt, lang),
                "/animation/diagnostics/" + id + "/liens");
        Views.Page page = new Views.Page(lang, "/animation/diagnostics/" + id + "/liens", m.link_created_title(),
                pages.staff(identity, "diagnostics"));
        // shown once: 201 with the page itself (no redirect carrying the token), never stored by a cache
        return Response.fromResponse(pages.html(AdminViews.Pages.linkCreated(page, view), lang, null, 201))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("animation/diagnostics/{id}/liens/{invitationId}/revoquer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Transactional
    public Response revoke(@PathParam("id") long id, @PathParam("invitationId") long invitationId,
            @QueryParam("lang") String langParam, MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        manageable(id);
        Invitation invitation = invitations.find(invitationId)
                .filter(i -> i.diagnosticId != null && i.diagnosticId == id)
                .orElseThrow(() -> new ResourceNotFoundException("No invitation " + invitationId + "."));
        invitations.revoke(invitation.id);
        return Response.seeOther(URI.create("/animation/diagnostics/" + id + "/liens?ok=revoked")).build();
    }

    /** The diagnostic, if this account manages it (404 otherwise, as the API: its existence is not revealed). */
    private Diagnostic manageable(long id) {
        Diagnostic diagnostic = Diagnostic.findById(id);
        if (diagnostic == null) {
            throw new ResourceNotFoundException("No diagnostic " + id + ".");
        }
        access.checkManage(diagnostic, Actor.of(identity));
        return diagnostic;
    }

    private Response render(String lang, String langParam, Diagnostic diagnostic, Form form, String notice,
            int status) {
        AdminMsg m = msg(lang);
        Instant now = Instant.now();
        List<AdminViews.LinkRow> rows = new ArrayList<>();
        for (Invitation i : invitations.list(diagnostic.id)) {
            boolean active = i.usableAt(now);
            String state = i.revokedAt != null ? m.link_revoked() + " (" + AdminViews.dateTime(i.revokedAt, lang) + ")"
                    : active ? m.link_active() : m.link_expired();
            rows.add(new AdminViews.LinkRow(i.id, i.label == null || i.label.isBlank() ? m.link_unnamed() : i.label,
                    i.createdBy, AdminViews.dateTime(i.createdAt, lang), AdminViews.dateTime(i.expiresAt, lang),
                    i.lastUsedAt == null ? m.link_never_used() : AdminViews.dateTime(i.lastUsedAt, lang), state,
                    active));
        }
        java.util.Collections.reverse(rows);
        String csrf = pages.csrfToken(identity);
        long max = config.maxValidity().toDays();
        form.field("label", m.link_label(), m.link_label_hint(), "text", true, "off");
        form.field("validityDays", m.link_validity(), m.link_validity_hint((int) max), "text", true, "off",
                "numeric", "short", List.of());
        String action = "/animation/diagnostics/" + diagnostic.id + "/liens";
        EditPage edit = new EditPage(action, csrf, form.fields(), Map.of(), form.summary(), null, null, List.of(),
                m.link_create(), null, null);
        Organization org = Organization.findById(diagnostic.organizationId);
        Campaign campaign = Campaign.findById(diagnostic.campaignId);
        boolean admin = identity.hasRole(Roles.ADMIN);
        AdminViews.LinksPage view = new AdminViews.LinksPage(diagnostic.id, org.name,
                campaign.name + " (" + campaign.year + ")", AdminResource.diagnosticStatus(diagnostic.status, m),
                rows, edit, csrf, notice, admin, org.id);
        Views.Page page = new Views.Page(lang, action, AdminViews.title(pages.msg(lang), m.links_title() + " – "
                + org.name, form.errors.size()), pages.staff(identity, "diagnostics"));
        return pages.html(AdminViews.Pages.links(page, view), lang, langParam, status);
    }
}
