package org.odmaturity.opendata.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.RestForm;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.i18n.Labels;
import org.odmaturity.opendata.OpenDataService;
import org.odmaturity.opendata.OpenDataStatus;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;

/**
 * A campaign's open data, for admins: its publication state, a preview of the resources with their rows and what the
 * anonymity rule leaves out, and the forms that publish, republish or withdraw it (with the state's version, so that
 * an admin acting on a state changed meanwhile is told so instead).
 */
@Path("/admin/campagnes/{id}/donnees-ouvertes")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class OpenDataAdminPages {

    static final String PUBLISH = "publier";
    static final String WITHDRAW = "retirer";

    @Inject PageContext context;
    @Inject OpenDataService openData;

    @GET
    public Response show(@PathParam("id") long id, @QueryParam("ok") String ok) {
        OpenDataMsg m = context.msg(OpenDataMsg.class);
        String notice = "publie".equals(ok) ? m.ok_published() : "retire".equals(ok) ? m.ok_withdrawn() : null;
        return render(openData.status(id), notice, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @RestForm String action, @RestForm("version") String versionSent) {
        OpenDataMsg m = context.msg(OpenDataMsg.class);
        Long version = Forms.number(Forms.trimmed(versionSent));
        if (version == null || !(PUBLISH.equals(action) || WITHDRAW.equals(action))) {
            return render(openData.status(id), null, m.alert_unknown(), 422);
        }
        ExpectedVersion expected = ExpectedVersion.of(version);
        try {
            if (PUBLISH.equals(action)) {
                openData.publish(id, expected, context.actor());
                return Response.seeOther(self(id, "publie")).build();
            }
            openData.withdraw(id, expected, context.actor());
            return Response.seeOther(self(id, "retire")).build();
        } catch (PreconditionFailedException | PreconditionRequiredException e) {
            return render(openData.status(id), null, m.alert_stale(), 409);
        } catch (ConflictException e) {
            return render(openData.status(id), null, m.alert_not_closed(), 409);
        }
    }

    private static URI self(long id, String ok) {
        return UriBuilder.fromPath("/admin/campagnes/{id}/donnees-ouvertes").queryParam("ok", ok).build(id);
    }

    private Response render(OpenDataStatus status, String notice, String alert, int code) {
        OpenDataMsg m = context.msg(OpenDataMsg.class);
        Locale locale = context.locale();
        OpenDataStatus.Publication p = status.publication();
        boolean published = p != null && p.published();
        String state;
        if (p == null) {
            state = m.state_never();
        } else if (published) {
            state = m.state_published(Formats.dateTime(locale, p.publishedAt()), p.publishedBy(), p.packageVersion());
        } else {
            state = m.state_withdrawn(Formats.dateTime(locale, p.withdrawnAt()), p.withdrawnBy(),
                    Formats.dateTime(locale, p.publishedAt()));
        }
        List<OpenDataViews.FileView> files = published ? p.files().stream()
                .map(f -> OpenDataPages.file(f, m, locale)).toList() : List.of();
        List<OpenDataViews.PreviewRow> preview = status.preview().resources().stream()
                .map(r -> new OpenDataViews.PreviewRow(r.fileName(), OpenDataPages.content(r.name(), m),
                        Formats.decimal(locale, r.rows(), 0))).toList();
        OpenDataStatus.LeftOut leftOut = status.preview().leftOut();
        String n = Integer.toString(leftOut.minimumGroupSize());
        String campaignStatus = CampaignStatus.fromApiName(status.campaign().status())
                .map(s -> Labels.of(context.lang()).label("campaign.status", s)).orElse(status.campaign().status());
        OpenDataViews.Admin view = new OpenDataViews.Admin(status.campaign().id(), status.campaign().name(),
                campaignStatus, state, status.publishable(), published,
                published ? m.action_republish() : m.action_publish(),
                published ? m.republish_hint() : m.publish_hint(), files, preview,
                m.left_out_title(n), leftOut(leftOut, m, n), status.version(), context.csrfToken(), notice, alert);
        return context.render(OpenDataViews.Templates.admin(context.page(m.admin_title(status.campaign().name()),
                Section.CAMPAIGNS), view), code);
    }

    private static List<String> leftOut(OpenDataStatus.LeftOut l, OpenDataMsg m, String n) {
        List<String> lines = new ArrayList<>();
        if (l.diagnostics() > 0) {
            lines.add(m.left_out_diagnostics(Integer.toString(l.diagnostics()), Integer.toString(l.validated()), n));
        }
        if (!l.departements().isEmpty()) {
            lines.add(m.left_out_departements(String.join(", ", l.departements())));
        }
        if (!l.hiddenNodes().isEmpty()) {
            lines.add(m.left_out_nodes(n, l.hiddenNodes().stream().map(OpenDataStatus.Node::title)
                    .collect(Collectors.joining(", "))));
        }
        if (!l.departementsWithoutMean().isEmpty()) {
            lines.add(m.left_out_means(String.join(", ", l.departementsWithoutMean())));
        }
        if (l.needsHidden()) {
            lines.add(m.left_out_needs(n));
        }
        if (lines.isEmpty()) {
            lines.add(m.left_out_none());
        }
        return lines;
    }
}
