package org.odmaturity.campaign.web;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignRequest;
import org.odmaturity.campaign.CampaignService;
import org.odmaturity.diagnostic.DiagnosticOverview;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * The campaigns, for the regional team: list, creation on a served questionnaire version (pinned for the whole
 * campaign), edition of the period and the status with optimistic locking.
 */
@Path("/admin/campagnes")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class CampaignPagesResource {

    @Inject PageContext context;
    @Inject CampaignService campaigns;
    @Inject DiagnosticOverview overview;
    @Inject CampaignEditor editor;

    @GET
    public Response list(@QueryParam("ok") String ok) {
        CampaignMsg m = context.msg(CampaignMsg.class);
        Map<Long, Long> diagnostics = overview.countsByCampaign();
        CampaignViews.CampaignList view = new CampaignViews.CampaignList(campaigns.list(null, null).stream()
                .map(c -> new CampaignViews.CampaignRow(c.id, c.name, c.year, editor.name(c.questionnaireId,
                        c.questionnaireVersion), editor.status(c.status), period(c, m),
                        diagnostics.getOrDefault(c.id, 0L))).toList(),
                "created".equals(ok) ? m.campaign_created() : "saved".equals(ok) ? m.campaign_saved() : null);
        Views.Page page = context.page(m.campaigns_title(), Section.CAMPAIGNS);
        return context.render(CampaignViews.Templates.campaigns(page, view));
    }

    private String period(Campaign c, CampaignMsg m) {
        String from = Formats.date(context.locale(), c.opensOn);
        String to = Formats.date(context.locale(), c.closesOn);
        if (from != null && to != null) {
            return m.period_from_to(from, to);
        }
        return from != null ? m.period_from(from) : to != null ? m.period_to(to) : m.period_none();
    }

    @GET
    @Path("nouvelle")
    public Response newCampaign() {
        return editor.render(null, editor.empty(), null, null, 200);
    }

    @POST
    @Path("nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        Form form = CampaignEditor.read(posted);
        CampaignRequest request = editor.valid(form, null);
        if (request != null) {
            try {
                campaigns.create(request);
                return Response.seeOther(CampaignPaths.list("created")).build();
            } catch (InvalidInputException | ConflictException e) {
                CampaignMsg m = context.msg(CampaignMsg.class);
                form.error("questionnaire", context.msg(Forms.Texts.class).err_choose(m.campaign_questionnaire()));
            }
        }
        return editor.render(null, form, null, null, 422);
    }

    @GET
    @Path("{id}")
    public Response edit(@PathParam("id") long id) {
        Campaign campaign = campaigns.get(id);
        return editor.render(campaign, CampaignEditor.of(campaign), null, null, 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        Campaign current = campaigns.get(id);
        Form form = CampaignEditor.read(posted);
        form.value("questionnaire", CampaignEditor.key(current.questionnaireId, current.questionnaireVersion));
        Long version = Forms.number(Forms.trimmed(posted.getFirst("version")));
        CampaignRequest request = editor.valid(form, current);
        if (request == null) {
            return editor.render(current, form, version, null, 422);
        }
        try {
            campaigns.update(id, version == null ? ExpectedVersion.none() : ExpectedVersion.of(version), request);
            return Response.seeOther(CampaignPaths.list("saved")).build();
        } catch (PreconditionFailedException | PreconditionRequiredException e) {
            Campaign now = campaigns.get(id);
            return editor.render(now, form, now.version, editor.stale(form, now), 409);
        }
    }
}
