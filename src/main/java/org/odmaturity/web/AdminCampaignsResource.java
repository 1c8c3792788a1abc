package org.odmaturity.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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

import org.odmaturity.i18n.Labels;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignRequest;
import org.odmaturity.campaign.CampaignService;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.security.Roles;
import org.odmaturity.web.AdminViews.EditPage;
import org.odmaturity.web.AdminViews.Form;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

/** The campaigns: list, creation on a served questionnaire version, edition (period, status) with versions. */
@Path("/")
public class AdminCampaignsResource {

    private static final List<String> FIELDS = List.of("name", "year", "questionnaire", "opensOn", "closesOn",
            "status");

    @Inject
    SecurityIdentity identity;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    private final StaffPages pages;
    private final CampaignService campaigns;
    private final QuestionnaireRegistry registry;
    private final Validator validator;
    private final AdminMsg fr;
    private final AdminMsg en;

    public AdminCampaignsResource(StaffPages pages, CampaignService campaigns, QuestionnaireRegistry registry,
            Validator validator, AdminMsg fr, @Localized("en") AdminMsg en) {
        this.pages = pages;
        this.campaigns = campaigns;
        this.registry = registry;
        this.validator = validator;
        this.fr = fr;
        this.en = en;
    }

    private AdminMsg msg(String lang) {
        return "en".equals(lang) ? en : fr;
    }

    @GET
    @Path("admin/campagnes")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response list(@QueryParam("lang") String langParam, @QueryParam("ok") String ok) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        List<AdminViews.CampaignRow> rows = new ArrayList<>();
        for (Campaign c : campaigns.list(null, null)) {
            rows.add(new AdminViews.CampaignRow(c.id, c.name, c.year, questionnaireName(c.questionnaireId,
                    c.questionnaireVersion, lang, m), status(c.status, lang), period(c, lang, m),
                    Diagnostic.count("campaignId", c.id)));
        }
        String notice = "created".equals(ok) ? m.campaign_created() : "saved".equals(ok) ? m.campaign_saved() : null;
        Views.Page page = pages.page(lang, uriInfo, m.campaigns_title(), identity, "campaigns");
        return pages.html(AdminViews.Pages.campaigns(page, new AdminViews.CampaignList(rows, notice)), lang,
                langParam, 200);
    }

    @GET
    @Path("admin/campagnes/nouvelle")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response newCampaign(@QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Form form = new Form().value("name", "").value("year", Integer.toString(LocalDate.now(AdminViews.ZONE)
                .getYear())).value("questionnaire", "").value("opensOn", "").value("closesOn", "")
                .value("status", CampaignStatus.DRAFT.apiName());
        List<QuestionnaireRegistry.Entry> served = registry.all();
        if (served.size() == 1) {
            form.value("questionnaire", key(served.get(0).questionnaire()));
        }
        return render(lang, langParam, null, form, null, null, 200);
    }

    @POST
    @Path("admin/campagnes/nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@QueryParam("lang") String langParam, MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        Form form = read(posted);
        CampaignRequest request = valid(form, m, null);
        if (request == null) {
            return render(lang, langParam, null, form, null, null, 422);
        }
        try {
            campaigns.create(request);
            return Response.seeOther(URI.create("/admin/campagnes?ok=created")).build();
        } catch (InvalidInputException | ConflictException e) {
            form.error("questionnaire", m.err_choose(m.campaign_questionnaire()));
            return render(lang, langParam, null, form, null, null, 422);
        }
    }

    @GET
    @Path("admin/campagnes/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response edit(@PathParam("id") long id, @QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Campaign campaign = campaigns.get(id);
        return render(lang, langParam, campaign, values(campaign), null, null, 200);
    }

    @POST
    @Path("admin/campagnes/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        Campaign current = campaigns.get(id);
        Form form = read(posted);
        form.value("questionnaire", key(current.questionnaireId, current.questionnaireVersion)); // pinned
        String version = AdminViews.trimmed(posted.getFirst("version"));
        boolean versionOk = version.matches("[0-9]{1,18}");
        CampaignRequest request = valid(form, m, current);
        if (request == null) {
            return render(lang, langParam, current, form, versionOk ? Long.valueOf(version) : null, null, 422);
        }
        try {
            campaigns.update(id, versionOk ? ExpectedVersion.of(Long.parseLong(version)) : ExpectedVersion.none(), request);
            return Response.seeOther(URI.create("/admin/campagnes?ok=saved")).build();
        } catch (PreconditionFailedException | PreconditionRequiredException e) {
            Campaign now = campaigns.get(id);
            Form stored = values(now);
            List<String> differences = new ArrayList<>();
            for (String field : FIELDS) {
                if (!stored.value(field).equals(form.value(field))) {
                    String value = stored.value(field);
                    if ("status".equals(field)) {
                        value = status(now.status, lang);
                    }
                    differences.add(m.stale_field(label(field, m), value.isEmpty() ? m.empty_value() : value));
                }
            }
            differences.add(0, differences.isEmpty() ? m.stale_nothing() : m.stale_detail());
            return render(lang, langParam, now, form, now.version, new Alert(m.campaign_stale(), differences), 409);
        }
    }

    private record Alert(String text, List<String> details) {
    }

    private Response render(String lang, String langParam, Campaign campaign, Form form, Long version, Alert alert,
            int status) {
        AdminMsg m = msg(lang);
        boolean creating = campaign == null;
        form.field("name", m.campaign_name(), m.campaign_name_hint(), "text", true, "off");
        form.field("year", m.campaign_year(), null, "text", true, "off", "numeric", "short", List.of());
        String readOnly = null;
        if (creating) {
            Map<String, String> questionnaires = new LinkedHashMap<>();
            questionnaires.put("", m.org_choose());
            for (QuestionnaireRegistry.Entry e : registry.all()) {
                questionnaires.put(key(e.questionnaire()), questionnaireName(e.questionnaire(), lang, m));
            }
            form.field("questionnaire", m.campaign_questionnaire(), m.campaign_questionnaire_hint(), "select", true,
                    null, null, null, AdminViews.options(questionnaires, form.value("questionnaire")));
        } else {
            readOnly = m.campaign_questionnaire_fixed(questionnaireName(campaign.questionnaireId,
                    campaign.questionnaireVersion, lang, m));
        }
        form.field("opensOn", m.campaign_opens(), m.campaign_dates_hint(), "date", false, "off");
        form.field("closesOn", m.campaign_closes(), m.campaign_dates_hint(), "date", false, "off");
        Map<String, String> statuses = new LinkedHashMap<>();
        for (CampaignStatus s : CampaignStatus.values()) {
            statuses.put(s.apiName(), status(s, lang));
        }
        form.field("status", m.campaign_status(), null, "radios", true, null, null, null,
                AdminViews.options(statuses, form.value("status")));
        Map<String, String> hidden = creating ? Map.of()
                : Map.of("version", Long.toString(version == null ? campaign.version : version));
        String action = creating ? "/admin/campagnes/nouvelle" : "/admin/campagnes/" + campaign.id;
        EditPage edit = new EditPage(action, pages.csrfToken(identity), form.fields(), hidden, form.summary(), null,
                alert == null ? null : alert.text(), alert == null ? List.of() : alert.details(),
                creating ? m.campaign_create() : m.campaign_save(), "/admin/campagnes", readOnly);
        String heading = creating ? m.campaign_new_title() : campaign.name;
        Views.Page page = new Views.Page(lang, action, AdminViews.title(pages.msg(lang), heading,
                form.errors.size()), pages.staff(identity, "campaigns"));
        return pages.html(AdminViews.Pages.campaign(page, heading, edit), lang, langParam, status);
    }

    private static Form read(MultivaluedMap<String, String> posted) {
        Form form = new Form();
        for (String field : FIELDS) {
            form.value(field, AdminViews.trimmed(posted.getFirst(field)));
        }
        return form;
    }

    private static Form values(Campaign c) {
        return new Form().value("name", c.name).value("year", Integer.toString(c.year))
                .value("questionnaire", key(c.questionnaireId, c.questionnaireVersion))
                .value("opensOn", c.opensOn == null ? "" : c.opensOn.toString())
                .value("closesOn", c.closesOn == null ? "" : c.closesOn.toString())
                .value("status", c.status.apiName());
    }

    private CampaignRequest valid(Form form, AdminMsg m, Campaign current) {
        Integer year = null;
        if (form.value("year").matches("[0-9]{1,4}")) {
            year = Integer.valueOf(form.value("year"));
        } else if (!form.value("year").isEmpty()) {
            form.error("year", m.err_year(m.campaign_year()));
        }
        CampaignRequest.QuestionnaireRef ref = null;
        String q = form.value("questionnaire");
        int at = q.lastIndexOf('@');
        if (at > 0 && q.substring(at + 1).matches("[0-9]{1,6}")) {
            String id = q.substring(0, at);
            int version = Integer.parseInt(q.substring(at + 1));
            if (current != null || registry.find(id, version).isPresent()) {
                ref = new CampaignRequest.QuestionnaireRef(id, version);
            }
        }
        if (ref == null) {
            form.error("questionnaire", m.err_choose(m.campaign_questionnaire()));
        }
        LocalDate opens = date(form, "opensOn", m.campaign_opens(), m);
        LocalDate closes = date(form, "closesOn", m.campaign_closes(), m);
        CampaignStatus status = CampaignStatus.fromApiName(form.value("status")).orElse(null);
        if (status == null) {
            form.error("status", m.err_choose(m.campaign_status()));
        }
        CampaignRequest request = new CampaignRequest(AdminResource.blankToNull(form.value("name")), year,
                ref == null ? new CampaignRequest.QuestionnaireRef("x", 1) : ref, opens, closes, status);
        for (ConstraintViolation<CampaignRequest> v : validator.validate(request)) {
            String field = AdminViews.field(v);
            if (field.isEmpty()) {
                field = "closesOn";
            }
            form.error(field, AdminViews.violation(v, field, label(field, m), m));
        }
        return form.hasErrors() ? null : request;
    }

    private static LocalDate date(Form form, String field, String label, AdminMsg m) {
        String value = form.value(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                // typed by hand where the browser has no date picker: 31/12/2026
                return LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"));
            } catch (DateTimeParseException e2) {
                form.error(field, m.err_date(label));
                return null;
            }
        }
    }

    private static String label(String field, AdminMsg m) {
        return switch (field) {
            case "name" -> m.campaign_name();
            case "year" -> m.campaign_year();
            case "questionnaire" -> m.campaign_questionnaire();
            case "opensOn" -> m.campaign_opens();
            case "closesOn" -> m.campaign_closes();
            case "status" -> m.campaign_status();
            default -> field;
        };
    }

    static String status(CampaignStatus status, String lang) {
        return Labels.of(lang).label("campaign.status", status);
    }

    private static String period(Campaign c, String lang, AdminMsg m) {
        String from = AdminViews.date(c.opensOn, lang);
        String to = AdminViews.date(c.closesOn, lang);
        if (from != null && to != null) {
            return m.period_from_to(from, to);
        }
        return from != null ? m.period_from(from) : to != null ? m.period_to(to) : m.period_none();
    }

    private static String key(Questionnaire q) {
        return key(q.id(), q.version());
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }

    private String questionnaireName(String id, int version, String lang, AdminMsg m) {
        return registry.find(id, version).map(e -> questionnaireName(e.questionnaire(), lang, m))
                .orElse(id + " (version " + version + ")");
    }

    private static String questionnaireName(Questionnaire q, String lang, AdminMsg m) {
        return m.questionnaire_label(q.title().in(lang, q.defaultLanguage()), q.version());
    }
}
