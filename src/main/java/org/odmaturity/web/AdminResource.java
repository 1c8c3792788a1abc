package org.odmaturity.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.organization.DepartementCode;
import org.odmaturity.organization.Organization;
import org.odmaturity.organization.OrganizationRequest;
import org.odmaturity.organization.OrganizationService;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.security.Actor;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.Roles;
import org.odmaturity.security.UserRole;
import org.odmaturity.web.AdminViews.EditPage;
import org.odmaturity.web.AdminViews.Form;
import org.odmaturity.web.AdminViews.Option;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The regional team's pages: the admin home ({@code /admin}) and the organisations (search, create, edit with
 * optimistic locking, their diagnostics and the creation of a diagnostic). Admins only.
 */
@Path("/")
public class AdminResource {

    static final int PAGE_SIZE = 20;
    private static final List<String> ORG_FIELDS = List.of("name", "siren", "type", "departement", "region",
            "population", "contactName", "contactEmail", "contactPhone");

    @Inject
    SecurityIdentity identity;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    private final StaffPages pages;
    private final OrganizationService organizations;
    private final DiagnosticService diagnostics;
    private final Validator validator;
    private final AdminMsg fr;
    private final AdminMsg en;

    public AdminResource(StaffPages pages, OrganizationService organizations, DiagnosticService diagnostics,
            Validator validator, AdminMsg fr, @Localized("en") AdminMsg en) {
        this.pages = pages;
        this.organizations = organizations;
        this.diagnostics = diagnostics;
        this.validator = validator;
        this.fr = fr;
        this.en = en;
    }

    AdminMsg msg(String lang) {
        return "en".equals(lang) ? en : fr;
    }

    // ---------------------------------------------------------------------------------------------------------- home

    @GET
    @Path("admin")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response home(@QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        List<AdminViews.Count> byStatus = new ArrayList<>();
        long total = 0;
        for (DiagnosticStatus status : DiagnosticStatus.values()) {
            long n = Diagnostic.count("status", status);
            total += n;
            byStatus.add(new AdminViews.Count(diagnosticStatus(status, m), n));
        }
        AdminViews.Home view = new AdminViews.Home(Organization.count(), Campaign.count("status", CampaignStatus.OPEN),
                byStatus, total, AppUser.count("role = ?1 and active = true", UserRole.FACILITATOR));
        Views.Page page = pages.page(lang, uriInfo, m.home_title(), identity, null);
        return pages.html(AdminViews.Pages.home(page, view), lang, langParam, 200);
    }

    // ------------------------------------------------------------------------------------------------- organisations

    @GET
    @Path("admin/organisations")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response organizations(@QueryParam("lang") String langParam, @QueryParam("q") String q,
            @QueryParam("type") String typeParam, @QueryParam("departement") String departementParam,
            @QueryParam("page") String pageParam, @QueryParam("ok") String ok) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        String text = AdminViews.trimmed(q);
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        OrganizationType type = OrganizationType.fromApiName(AdminViews.trimmed(typeParam)).orElse(null);
        String departement = AdminViews.trimmed(departementParam).toUpperCase(java.util.Locale.ROOT);
        String departementError = null;
        if (!departement.isEmpty() && !DepartementCode.Validator.isValidCode(departement)) {
            departementError = m.err_departement();
        }
        int pageNumber = 0;
        if (pageParam != null && pageParam.matches("[1-9][0-9]{0,5}")) {
            pageNumber = Integer.parseInt(pageParam) - 1;
        }
        OrganizationService.Page result = organizations.search(text, type,
                departementError == null ? departement : null, pageNumber, PAGE_SIZE);
        int pageCount = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (pageNumber >= pageCount) { // past the end (an old link): the last page
            pageNumber = pageCount - 1;
            result = organizations.search(text, type, departementError == null ? departement : null, pageNumber,
                    PAGE_SIZE);
        }
        List<AdminViews.OrgRow> rows = result.items().stream().map(o -> new AdminViews.OrgRow(o.id, o.name, o.siren,
                o.type.label(lang), o.departementCode)).toList();
        Map<String, String> types = new LinkedHashMap<>();
        for (OrganizationType t : OrganizationType.values()) {
            types.put(t.apiName(), t.label(lang));
        }
        String base = "/admin/organisations?q=" + enc(text) + "&type=" + (type == null ? "" : type.apiName())
                + "&departement=" + enc(departement) + "&page=";
        String prev = pageNumber > 0 ? base + pageNumber : null;
        String next = pageNumber + 1 < pageCount ? base + (pageNumber + 2) : null;
        boolean filtered = !text.isEmpty() || type != null || !departement.isEmpty();
        AdminViews.OrgList view = new AdminViews.OrgList(text, departement, departementError,
                AdminViews.options(types, type == null ? "" : type.apiName()), rows, (int) result.total(),
                pageNumber + 1, pageCount, prev, next, "created".equals(ok) ? m.org_created() : null, filtered);
        String title = departementError == null ? m.orgs_title()
                : AdminViews.title(pages.msg(lang), m.orgs_title(), 1);
        Views.Page page = pages.page(lang, uriInfo, title, identity, "organizations");
        return pages.html(AdminViews.Pages.organizations(page, view), lang, langParam, 200);
    }

    @GET
    @Path("admin/organisations/nouvelle")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response newOrganization(@QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Form form = new Form();
        ORG_FIELDS.forEach(f -> form.value(f, ""));
        return renderOrganization(lang, langParam, null, form, null, null, List.of(), 0, null, null, 200);
    }

    @POST
    @Path("admin/organisations/nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response createOrganization(@QueryParam("lang") String langParam, MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        Form form = readOrganization(posted);
        OrganizationRequest request = validOrganization(form, m);
        if (request == null) {
            return renderOrganization(lang, langParam, null, form, null, null, List.of(), 0, null, null, 422);
        }
        try {
            Organization created = organizations.create(request);
            return Response.seeOther(URI.create("/admin/organisations/" + created.id + "?ok=created")).build();
        } catch (ConflictException e) {
            form.error("siren", m.err_siren_taken());
            return renderOrganization(lang, langParam, null, form, null, null, List.of(), 0, null, null, 409);
        }
    }

    @GET
    @Path("admin/organisations/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response organization(@PathParam("id") long id, @QueryParam("lang") String langParam,
            @QueryParam("ok") String ok) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        Organization org = organizations.get(id);
        String notice = "created".equals(ok) ? m.org_created() : "saved".equals(ok) ? m.org_saved() : null;
        if ("handover".equals(ok)) {
            return renderOrganization(lang, langParam, org, organizationValues(org), null, null, List.of(),
                    org.version, null, null, 200, m.handover_done(), Map.of());
        }
        return renderOrganization(lang, langParam, org, organizationValues(org), notice, null, List.of(), org.version,
                null, "diagnostic".equals(ok) ? m.diag_created() : null, 200);
    }

    /**
     * Hands a diagnostic to another facilitator (or none, for a self-assessment), from the organisation page. The
     * form carries the diagnostic's version: a diagnostic changed meanwhile is refused, not overwritten.
     */
    @POST
    @Path("admin/diagnostics/{id}/animation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response handOver(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        Actor actor = Actor.of(identity);
        DiagnosticService.State state = diagnostics.get(id, actor);
        Organization org = organizations.get(state.organization().id);
        String chosen = AdminViews.trimmed(posted.getFirst("facilitator"));
        Long facilitatorId = number(chosen);
        String version = AdminViews.trimmed(posted.getFirst("version"));
        String error;
        int status;
        if (!chosen.isEmpty() && facilitatorId == null || number(version) == null) {
            error = m.diag_facilitator_inactive();
            status = 422;
        } else {
            try {
                diagnostics.assignFacilitator(id, ExpectedVersion.of(number(version)), facilitatorId, actor);
                return Response.seeOther(URI.create("/admin/organisations/" + org.id + "?ok=handover#diagnostics"))
                        .build();
            } catch (InvalidInputException e) {
                error = facilitatorId == null ? m.handover_needs_facilitator() : m.diag_facilitator_inactive();
                status = 422;
            } catch (PreconditionFailedException e) {
                error = m.handover_stale();
                status = 412;
            }
        }
        return renderOrganization(lang, langParam, org, organizationValues(org), null, null, List.of(), org.version,
                null, null, status, null, Map.of(id, error));
    }

    @POST
    @Path("admin/organisations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response updateOrganization(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        Organization current = organizations.get(id);
        Form form = readOrganization(posted);
        String version = AdminViews.trimmed(posted.getFirst("version"));
        long shownVersion = version.matches("[0-9]{1,18}") ? Long.parseLong(version) : current.version;
        OrganizationRequest request = validOrganization(form, m);
        if (request == null) {
            return renderOrganization(lang, langParam, current, form, null, null, List.of(), shownVersion, null, null,
                    422);
        }
        try {
            organizations.update(id, number(version) == null ? ExpectedVersion.none()
                    : ExpectedVersion.of(number(version)), request);
            return Response.seeOther(URI.create("/admin/organisations/" + id + "?ok=saved")).build();
        } catch (ConflictException e) {
            form.error("siren", m.err_siren_taken());
            return renderOrganization(lang, langParam, current, form, null, null, List.of(), shownVersion, null, null,
                    409);
        } catch (PreconditionFailedException | PreconditionRequiredException e) {
            // someone saved meanwhile: nothing is overwritten; the form keeps what this user typed and now carries
            // the current version, so saving again is a knowing choice; what differs is listed
            Organization now = organizations.get(id);
            Form stored = organizationValues(now);
            List<String> differences = new ArrayList<>();
            for (String field : ORG_FIELDS) {
                if (!Objects.equals(stored.value(field), form.value(field))) {
                    String value = stored.value(field);
                    if ("type".equals(field) && !value.isEmpty()) {
                        value = OrganizationType.fromApiName(value).map(t -> t.label(lang)).orElse(value);
                    }
                    differences.add(m.stale_field(orgLabel(field, m), value.isEmpty() ? m.empty_value() : value));
                }
            }
            if (differences.isEmpty()) {
                differences.add(m.stale_nothing());
            } else {
                differences.add(0, m.stale_detail());
            }
            return renderOrganization(lang, langParam, now, form, null, m.org_stale(), differences, now.version, null,
                    null, 409);
        }
    }

    @POST
    @Path("admin/organisations/{id}/diagnostics")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response createDiagnostic(@PathParam("id") long id, @QueryParam("lang") String langParam,
            MultivaluedMap<String, String> posted) {
        String lang = pages.lang(langParam, headers);
        AdminMsg m = msg(lang);
        Organization org = organizations.get(id);
        Form diag = new Form().value("campaign", AdminViews.trimmed(posted.getFirst("campaign")))
                .value("mode", AdminViews.trimmed(posted.getFirst("mode")))
                .value("facilitator", AdminViews.trimmed(posted.getFirst("facilitator")));
        Long campaignId = number(diag.value("campaign"));
        if (campaignId == null) {
            diag.error("campaign", m.err_choose(m.diag_campaign()));
        }
        DiagnosticMode mode = null;
        for (DiagnosticMode candidate : DiagnosticMode.values()) {
            if (candidate.key().equals(diag.value("mode"))) {
                mode = candidate;
            }
        }
        if (mode == null) {
            diag.error("mode", m.err_choose(m.diag_mode()));
        }
        Long facilitatorId = number(diag.value("facilitator"));
        if (facilitatorId == null && !diag.value("facilitator").isEmpty()) {
            diag.error("facilitator", m.diag_facilitator_inactive());
        }
        int status = 422;
        if (!diag.hasErrors()) {
            try {
                diagnostics.create(id, campaignId, mode, facilitatorId, Actor.of(identity));
                return Response.seeOther(URI.create("/admin/organisations/" + id + "?ok=diagnostic#nouveau-diagnostic"))
                        .build();
            } catch (InvalidInputException e) {
                for (Object error : e.errors()) {
                    if (error instanceof Map<?, ?> entry) {
                        String field = String.valueOf(entry.get("field"));
                        String message = String.valueOf(entry.get("message"));
                        switch (field) {
                            case "campaignId" -> diag.error("campaign", message.contains("closed")
                                    ? m.diag_campaign_closed() : m.err_choose(m.diag_campaign()));
                            case "facilitatorId" -> diag.error("facilitator", m.diag_facilitator_inactive());
                            case "mode" -> diag.error("mode", m.err_choose(m.diag_mode()));
                            default -> diag.error(field, message);
                        }
                    }
                }
            } catch (ConflictException e) {
                diag.error("campaign", m.diag_exists());
                status = 409;
            }
        }
        return renderOrganization(lang, langParam, org, organizationValues(org), null, null, List.of(), org.version,
                diag, null, status);
    }

    // ---------------------------------------------------------------------------------------------------- rendering

    private Response renderOrganization(String lang, String langParam, Organization org, Form form, String notice,
            String alert, List<String> alertDetails, long version, Form diagForm, String diagNotice, int status) {
        return renderOrganization(lang, langParam, org, form, notice, alert, alertDetails, version, diagForm,
                diagNotice, status, null, Map.of());
    }

    private Response renderOrganization(String lang, String langParam, Organization org, Form form, String notice,
            String alert, List<String> alertDetails, long version, Form diagForm, String diagNotice, int status,
            String diagnosticsNotice, Map<Long, String> handoverErrors) {
        AdminMsg m = msg(lang);
        FrameMsg staff = pages.msg(lang);
        boolean creating = org == null;
        String csrf = pages.csrfToken(identity);
        addOrganizationFields(form, m, lang);
        Map<String, String> hidden = creating ? Map.of() : Map.of("version", Long.toString(version));
        EditPage edit = new EditPage(creating ? "/admin/organisations/nouvelle" : "/admin/organisations/" + org.id,
                csrf, form.fields(), hidden, form.summary(), notice, alert, alertDetails,
                creating ? m.org_create() : m.org_save(), creating ? "/admin/organisations" : null, null);
        List<AdminViews.DiagnosticRow> rows = List.of();
        EditPage newDiagnostic = null;
        boolean openCampaigns = false;
        int errors = form.errors.size() + handoverErrors.size();
        if (!creating) {
            rows = diagnosticRows(org.id, lang, m, handoverErrors);
            Form diag = diagForm == null ? new Form().value("campaign", "").value("mode", "self-assessment")
                    .value("facilitator", "") : diagForm;
            errors += diag.errors.size();
            Map<String, String> campaigns = new LinkedHashMap<>();
            campaigns.put("", m.org_choose());
            for (Campaign c : Campaign.<Campaign>list("status = ?1 order by year desc, lower(name), id",
                    CampaignStatus.OPEN)) {
                campaigns.put(c.id.toString(), c.name + " (" + c.year + ")");
            }
            openCampaigns = campaigns.size() > 1;
            Map<String, String> modes = new LinkedHashMap<>();
            modes.put(DiagnosticMode.SELF_ASSESSMENT.key(), m.mode_self_assessment());
            modes.put(DiagnosticMode.INTERVIEW.key(), m.mode_interview());
            Map<String, String> facilitators = new LinkedHashMap<>();
            facilitators.put("", m.diag_facilitator_none());
            for (AppUser u : AppUser.<AppUser>list("role = ?1 and active = true order by lower(displayName), id",
                    UserRole.FACILITATOR)) {
                facilitators.put(u.id.toString(), u.displayName + " – " + u.email);
            }
            diag.field("campaign", m.diag_campaign(), null, "select", true, null, null, null,
                    AdminViews.options(campaigns, diag.value("campaign")));
            diag.field("mode", m.diag_mode(), null, "radios", true, null, null, null,
                    AdminViews.options(modes, diag.value("mode")));
            diag.field("facilitator", m.diag_facilitator(), m.diag_facilitator_hint(), "select", false, null, null,
                    null, AdminViews.options(facilitators, diag.value("facilitator")));
            newDiagnostic = new EditPage("/admin/organisations/" + org.id + "/diagnostics", csrf, diag.fields(),
                    Map.of(), diag.summary(), diagNotice, null, List.of(), m.diag_create(), null, null);
        }
        String name = creating ? m.org_new_title() : org.name;
        Views.Page page = pages.page(lang, uriInfo, AdminViews.title(staff, name, errors), identity,
                "organizations");
        // the language switch of a page answering a post leads to the page itself
        if (!creating) {
            page = new Views.Page(lang, "/admin/organisations/" + org.id, page.title(), page.staff());
        } else {
            page = new Views.Page(lang, "/admin/organisations/nouvelle", page.title(), page.staff());
        }
        return pages.html(AdminViews.Pages.organization(page, new AdminViews.OrgPage(name, creating, edit, rows,
                newDiagnostic, openCampaigns, csrf, diagnosticsNotice)), lang, langParam, status);
    }

    private List<AdminViews.DiagnosticRow> diagnosticRows(long organizationId, String lang, AdminMsg m,
            Map<Long, String> handoverErrors) {
        List<AppUser> active = AppUser.<AppUser>list("role = ?1 and active = true order by lower(displayName), id",
                UserRole.FACILITATOR);
        List<AdminViews.DiagnosticRow> rows = new ArrayList<>();
        for (Diagnostic d : Diagnostic.<Diagnostic>list("organizationId = ?1 order by id desc", organizationId)) {
            Campaign c = Campaign.findById(d.campaignId);
            AppUser f = d.facilitatorId == null ? null : AppUser.findById(d.facilitatorId);
            Map<String, String> choices = new LinkedHashMap<>();
            choices.put("", m.diag_facilitator_none());
            if (f != null && (!f.active || f.role != UserRole.FACILITATOR)) {
                // the current one stays visible (and selected) even when it could not be chosen again
                choices.put(f.id.toString(), f.displayName + " – " + f.email);
            }
            active.forEach(u -> choices.put(u.id.toString(), u.displayName + " – " + u.email));
            rows.add(new AdminViews.DiagnosticRow(d.id, c == null ? "" : c.name + " (" + c.year + ")",
                    d.mode == DiagnosticMode.INTERVIEW ? m.mode_interview() : m.mode_self_assessment(),
                    diagnosticStatus(d.status, m), f == null ? m.nobody() : f.displayName,
                    AdminViews.dateTime(d.createdAt, lang), d.version,
                    AdminViews.options(choices, f == null ? "" : f.id.toString()), handoverErrors.get(d.id)));
        }
        return rows;
    }

    private static void addOrganizationFields(Form form, AdminMsg m, String lang) {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("", m.org_choose());
        for (OrganizationType t : OrganizationType.values()) {
            types.put(t.apiName(), t.label(lang));
        }
        form.field("name", m.org_name(), null, "text", true, "off")
                .field("siren", m.org_siren(), m.org_siren_hint(), "text", true, "off", "numeric", "short", List.of())
                .field("type", m.org_type(), null, "select", true, null, null, null,
                        AdminViews.options(types, form.value("type")))
                .field("departement", m.org_departement(), m.org_departement_hint(), "text", false, "off", null,
                        "short", List.of())
                .field("region", m.org_region(), null, "text", false, "off")
                .field("population", m.org_population(), null, "text", false, "off", "numeric", "short", List.of())
                .field("contactName", m.org_contact_name(), null, "text", false, "off")
                .field("contactEmail", m.org_contact_email(), null, "email", false, "off")
                .field("contactPhone", m.org_contact_phone(), null, "tel", false, "off");
    }

    static String orgLabel(String field, AdminMsg m) {
        return switch (field) {
            case "name" -> m.org_name();
            case "siren" -> m.org_siren();
            case "type" -> m.org_type();
            case "departement" -> m.org_departement();
            case "region" -> m.org_region();
            case "population" -> m.org_population();
            case "contactName" -> m.org_contact_name();
            case "contactEmail" -> m.org_contact_email();
            case "contactPhone" -> m.org_contact_phone();
            default -> field;
        };
    }

    private static Form readOrganization(MultivaluedMap<String, String> posted) {
        Form form = new Form();
        for (String field : ORG_FIELDS) {
            String value = AdminViews.trimmed(posted.getFirst(field));
            if ("siren".equals(field)) {
                value = value.replaceAll("[\\s\\u00a0\\u202f]", ""); // "213 100 548" as often written
            } else if ("departement".equals(field)) {
                value = value.toUpperCase(java.util.Locale.ROOT);
            }
            form.value(field, value);
        }
        return form;
    }

    private static Form organizationValues(Organization o) {
        return new Form().value("name", o.name).value("siren", o.siren).value("type", o.type.apiName())
                .value("departement", o.departementCode).value("region", o.region)
                .value("population", o.population == null ? "" : o.population.toString())
                .value("contactName", o.contactName).value("contactEmail", o.contactEmail)
                .value("contactPhone", o.contactPhone);
    }

    /** The request the service wants, or null when the form has errors (recorded in {@code form}). */
    private OrganizationRequest validOrganization(Form form, AdminMsg m) {
        OrganizationType type = null;
        if (!form.value("type").isEmpty()) {
            type = OrganizationType.fromApiName(form.value("type")).orElse(null);
        }
        if (type == null) {
            form.error("type", m.err_choose(m.org_type()));
        }
        Integer population = null;
        if (!form.value("population").isEmpty()) {
            String digits = form.value("population").replaceAll("[\\s\\u00a0\\u202f]", "");
            if (digits.matches("[0-9]{1,9}")) {
                population = Integer.valueOf(digits);
            } else {
                form.error("population", m.err_whole_number(m.org_population()));
            }
        }
        OrganizationRequest request = new OrganizationRequest(blankToNull(form.value("name")),
                blankToNull(form.value("siren")), type, blankToNull(form.value("departement")),
                blankToNull(form.value("region")), population, blankToNull(form.value("contactName")),
                blankToNull(form.value("contactEmail")), blankToNull(form.value("contactPhone")));
        for (ConstraintViolation<OrganizationRequest> v : validator.validate(request)) {
            String field = AdminViews.field(v);
            if (!"type".equals(field)) {
                form.error(field, AdminViews.violation(v, field, orgLabel(field, m), m));
            }
        }
        return form.hasErrors() ? null : request;
    }

    static String diagnosticStatus(DiagnosticStatus status, AdminMsg m) {
        return switch (status) {
            case DRAFT -> m.status_draft();
            case SUBMITTED -> m.status_submitted();
            case VALIDATED -> m.status_validated();
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static Long number(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
