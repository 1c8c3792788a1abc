package org.odmaturity.organization.web;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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

import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.DepartementCode;
import org.odmaturity.organization.Organization;
import org.odmaturity.organization.OrganizationRequest;
import org.odmaturity.organization.OrganizationService;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * The organisations, for the regional team: search (by name or SIREN, type, département, a page at a time), creation,
 * edition with optimistic locking (a form saved meanwhile by someone else is refused, what differs is listed), and
 * the creation of an organisation's diagnostics.
 */
@Path("/admin/organisations")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class OrganizationPagesResource {

    static final int PAGE_SIZE = 20;

    /** The list's filters as read from the query (a longer text is cut, an unknown type ignored, page from 0). */
    record Filters(String text, OrganizationType type, String departement, int page) {

        static Filters read(String q, String type, String departement, String page) {
            String text = Forms.trimmed(q);
            return new Filters(text.length() > 200 ? text.substring(0, 200) : text,
                    OrganizationType.fromApiName(Forms.trimmed(type)).orElse(null),
                    Forms.trimmed(departement).toUpperCase(Locale.ROOT),
                    page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) - 1 : 0);
        }

        boolean departementValid() {
            return departement.isEmpty() || DepartementCode.Validator.isValidCode(departement);
        }

        boolean filtered() {
            return !text.isEmpty() || type != null || !departement.isEmpty();
        }

        /** The link to another page of the same search. */
        String href(int number) {
            return OrganizationPaths.search(text, type, departement, number);
        }
    }

    @Inject PageContext context;
    @Inject OrganizationService organizations;
    @Inject OrganizationPage organizationPage;
    @Inject NewDiagnostic newDiagnostics;
    @Inject Validator validator;

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("departement") String departement, @QueryParam("page") String page,
            @QueryParam("ok") String ok) {
        OrganizationMsg m = context.msg(OrganizationMsg.class);
        Filters filters = Filters.read(q, type, departement, page);
        String departementError = filters.departementValid() ? null : context.msg(Forms.Texts.class).err_departement();
        int number = filters.page();
        OrganizationService.Page result = search(filters, number);
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (number >= pages) { // past the end (an old link): the last page
            number = pages - 1;
            result = search(filters, number);
        }
        Labels labels = Labels.of(context.lang());
        OrganizationViews.OrgList view = new OrganizationViews.OrgList(filters.text(), filters.departement(),
                departementError, Forms.options(OrganizationForm.types(labels), filters.type() == null ? ""
                        : filters.type().apiName()),
                result.items().stream().map(o -> new OrganizationViews.OrgRow(o.id, o.name, o.siren,
                        labels.label("organization.type", o.type), o.departementCode)).toList(),
                (int) result.total(), number + 1, pages, number > 0 ? filters.href(number) : null,
                number + 1 < pages ? filters.href(number + 2) : null, "created".equals(ok) ? m.org_created() : null,
                filters.filtered());
        String title = Forms.title(context.msg(FrameMsg.class), m.orgs_title(), departementError == null ? 0 : 1);
        Views.Page frame = context.page(title, Section.ORGANIZATIONS);
        return context.render(OrganizationViews.Templates.organizations(frame, view));
    }

    private OrganizationService.Page search(Filters filters, int page) {
        return organizations.search(filters.text(), filters.type(),
                filters.departementValid() ? filters.departement() : null, page, PAGE_SIZE);
    }

    @GET
    @Path("nouvelle")
    public Response newOrganization() {
        return organizationPage.creating(OrganizationForm.empty(), 200);
    }

    @POST
    @Path("nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        Form form = OrganizationForm.read(posted);
        OrganizationRequest request = OrganizationForm.valid(form, validator, context.msg(OrganizationMsg.class),
                context.msg(Forms.Texts.class));
        if (request == null) {
            return organizationPage.creating(form, 422);
        }
        try {
            Organization created = organizations.create(request);
            return Response.seeOther(OrganizationPaths.organization(created.id, "created", null)).build();
        } catch (ConflictException e) {
            form.error("siren", context.msg(OrganizationMsg.class).err_siren_taken());
            return organizationPage.creating(form, 409);
        }
    }

    @GET
    @Path("{id}")
    public Response organization(@PathParam("id") long id, @QueryParam("ok") String ok) {
        OrganizationMsg m = context.msg(OrganizationMsg.class);
        String notice = "created".equals(ok) ? m.org_created() : "saved".equals(ok) ? m.org_saved()
                : "contact".equals(ok) ? context.msg(PrivacyMsg.class).contact_erased() : null;
        Organization org = organizations.get(id);
        OrganizationPage.Shown shown = OrganizationPage.Shown.stored(org).notices(notice,
                "diagnostic".equals(ok) ? m.diag_created() : null, "handover".equals(ok) ? m.handover_done() : null);
        return organizationPage.existing(org, shown, 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        OrganizationMsg m = context.msg(OrganizationMsg.class);
        Forms.Texts t = context.msg(Forms.Texts.class);
        Organization current = organizations.get(id);
        Form form = OrganizationForm.read(posted);
        Long version = Forms.number(Forms.trimmed(posted.getFirst("version")));
        OrganizationPage.Shown shown = OrganizationPage.Shown.stored(current);
        OrganizationRequest request = OrganizationForm.valid(form, validator, m, t);
        if (request == null) {
            return organizationPage.existing(current, shown.form(form, version == null ? current.version : version,
                    null), 422);
        }
        try {
            organizations.update(id, version == null ? ExpectedVersion.none() : ExpectedVersion.of(version), request);
            return Response.seeOther(OrganizationPaths.organization(id, "saved", null)).build();
        } catch (ConflictException e) {
            form.error("siren", m.err_siren_taken());
            return organizationPage.existing(current, shown.form(form, version == null ? current.version : version,
                    null), 409);
        } catch (PreconditionFailedException | PreconditionRequiredException e) {
            // someone saved meanwhile: nothing is overwritten; the form keeps what this user typed and now carries
            // the current version, so saving again is a knowing choice; what differs is listed
            Organization now = organizations.get(id);
            Labels labels = Labels.of(context.lang());
            Forms.Alert alert = new Forms.Alert(m.org_stale(), form.differences(OrganizationForm.of(now),
                    OrganizationForm.FIELDS, f -> OrganizationForm.label(f, m), (f, v) -> "type".equals(f)
                            ? OrganizationType.fromApiName(v).map(type -> labels.label("organization.type", type))
                                    .orElse(v) : v, t));
            return organizationPage.existing(now, OrganizationPage.Shown.stored(now).form(form, now.version, alert),
                    409);
        }
    }

    /** Creates a diagnostic of the organisation in an open campaign (a self-assessment or an interview). */
    @POST
    @Path("{id}/diagnostics")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createDiagnostic(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        Organization org = organizations.get(id);
        Form diag = new Form().value("campaign", Forms.trimmed(posted.getFirst("campaign")))
                .value("mode", Forms.trimmed(posted.getFirst("mode")))
                .value("facilitator", Forms.trimmed(posted.getFirst("facilitator")));
        NewDiagnostic.Outcome outcome = newDiagnostics.create(id, diag);
        if (outcome == NewDiagnostic.Outcome.CREATED) {
            return Response.seeOther(OrganizationPaths.organization(id, "diagnostic", "nouveau-diagnostic")).build();
        }
        return organizationPage.existing(org, OrganizationPage.Shown.stored(org).newDiagnostic(diag), outcome.status);
    }
}
