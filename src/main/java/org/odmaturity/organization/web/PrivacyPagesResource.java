package org.odmaturity.organization.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.privacy.PrivacyConfig;
import org.odmaturity.privacy.PrivacyService;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Forms;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Personal data, for the regional team: what is held about an email address (a summary, and the full export as a
 * JSON download), erasing it, and erasing an organisation's contact (the button of the organisation page). The
 * address is always posted, never put in a URL (it would end in access logs and the browser's history).
 */
@Path("/admin/donnees-personnelles")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class PrivacyPagesResource {

    static final String BASE = "/admin/donnees-personnelles";

    @CheckedTemplate(basePath = "admin")
    static final class Templates {
        static native TemplateInstance privacy(Views.Page page, PrivacyPage view);
    }

    /** A category of data held and how many items. */
    public record Found(String name, String description, int count) {
    }

    /** The page: the form (with the address typed and its error), what was found, the result of an erasure. */
    public record PrivacyPage(String email, String error, List<Views.ErrorLink> errors, boolean searched,
            List<Found> found, int total, String notice, String retention) {
    }

    @Inject PageContext context;
    @Inject PrivacyService privacy;
    @Inject PrivacyConfig config;
    @Inject ObjectMapper json;

    @GET
    public Response form() {
        return page(new PrivacyPage("", null, List.of(), false, List.of(), 0, null, retention()), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@RestForm("email") String email) {
        try {
            return page(found(privacy.export(email), Forms.trimmed(email), null), 200);
        } catch (InvalidInputException e) {
            return refused(email);
        }
    }

    @POST
    @Path("export")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    public Response export(@RestForm("email") String email) throws Exception {
        PrivacyService.SubjectExport export;
        try {
            export = privacy.export(email);
        } catch (InvalidInputException e) {
            return refused(email);
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"donnees-personnelles.json\"")
                .header("X-Content-Type-Options", "nosniff").cacheControl(noStore).build();
    }

    @POST
    @Path("effacer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@RestForm("email") String email) {
        PrivacyMsg m = context.msg(PrivacyMsg.class);
        try {
            PrivacyService.Erasure erasure = privacy.erase(email);
            int count = erasure.erased().values().stream().mapToInt(Integer::intValue).sum();
            return page(found(privacy.export(email), erasure.email(), m.erased_notice(count, erasure.email())), 200);
        } catch (InvalidInputException e) {
            return refused(email);
        }
    }

    private PrivacyPage found(PrivacyService.SubjectExport export, String email, String notice) {
        List<Found> found = export.sections().stream().filter(s -> !s.rows().isEmpty())
                .map(s -> new Found(s.name(), s.description(), s.rows().size())).toList();
        return new PrivacyPage(email, null, List.of(), true, found, found.stream().mapToInt(Found::count).sum(),
                notice, retention());
    }

    private Response refused(String email) {
        String error = context.msg(PrivacyMsg.class).err_email();
        String shown = email == null ? "" : email.length() > 254 ? email.substring(0, 254) : email;
        return page(new PrivacyPage(shown, error, List.of(new Views.ErrorLink("#email", error)), false, List.of(), 0,
                null, retention()), 422);
    }

    private String retention() {
        return context.msg(PrivacyMsg.class).retention(config.contactRetention().toDays());
    }

    private Response page(PrivacyPage view, int status) {
        PrivacyMsg m = context.msg(PrivacyMsg.class);
        String title = Forms.title(context.msg(FrameMsg.class), m.title(), view.errors().size());
        return context.render(Templates.privacy(context.page(title, Section.ORGANIZATIONS, BASE), view), status);
    }
}
