package org.odmaturity.security.web;

import java.net.URI;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.RestForm;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Roles;
import org.odmaturity.security.token.ApiToken;
import org.odmaturity.security.token.ApiTokenService;
import org.odmaturity.time.Instants;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * "My account" ({@code /compte}): who is signed in, with which role, and their personal API tokens — the list, a form
 * to create one (whose secret is shown on the answer page only, never again) and a revoke button per live token.
 */
@Path("/compte")
@RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
@Produces(MediaType.TEXT_HTML)
public class MyAccountResource {

    static final String PATH = "/compte";
    private static final String DEFAULT_VALIDITY_DAYS = "90";

    @CheckedTemplate(basePath = "staff")
    static final class Templates {
        private Templates() {
        }

        static native TemplateInstance account(Views.Page page, AccountView view);
    }

    /** A token as the page lists it (texts in the page's language). */
    public record TokenRow(long id, String name, String created, String expires, String lastUsed, String status,
            boolean live) {
    }

    /** A token just created: its secret, shown on this answer only. */
    public record CreatedToken(String name, String secret, String expires) {
    }

    public record AccountView(String email, boolean admin, List<TokenRow> tokens, Forms.Edit form, String csrf,
            String notice, CreatedToken created) {
    }

    @Inject PageContext context;
    @Inject ApiTokenService tokens;

    @GET
    public Response account(@QueryParam("ok") String ok) {
        String notice = "revoked".equals(ok) ? context.msg(TokenMsg.class).revoked() : null;
        return render(newForm(), null, notice, null, 200);
    }

    @POST
    @Path("jetons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String validityDays) {
        TokenMsg m = context.msg(TokenMsg.class);
        Forms.Texts t = context.msg(Forms.Texts.class);
        Form form = new Form().value("name", Forms.trimmed(name)).value("validityDays", Forms.trimmed(validityDays));
        Long days = Forms.number(form.value("validityDays"));
        if (form.value("name").isEmpty()) {
            form.error("name", t.err_required(m.name()));
        } else if (form.value("name").length() > ApiTokenService.NAME_MAX) {
            form.error("name", t.err_too_long(m.name(), ApiTokenService.NAME_MAX));
        }
        if (days == null || days < 1 || days > tokens.maxValidityDays()) {
            form.error("validityDays", m.err_validity(tokens.maxValidityDays()));
        }
        if (form.hasErrors()) {
            return render(form, null, null, null, 422);
        }
        try {
            ApiTokenService.Created created = tokens.create(context.actor().userId(),
                    new ApiTokenService.NewToken(form.value("name"), days.intValue()));
            CreatedToken shown = new CreatedToken(created.token().name, created.secret(),
                    Formats.dateTime(context.locale(), created.token().expiresAt));
            CacheControl noStore = new CacheControl();
            noStore.setNoStore(true);
            return Response.fromResponse(render(newForm(), shown, null, null, 200)).cacheControl(noStore).build();
        } catch (ConflictException e) {
            return render(form, null, null, m.err_too_many(), 409);
        } catch (InvalidInputException e) {
            form.error("validityDays", m.err_validity(tokens.maxValidityDays()));
            return render(form, null, null, null, 422);
        }
    }

    @POST
    @Path("jetons/{id}/revoquer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        try {
            tokens.revoke(context.actor().userId(), id);
        } catch (ResourceNotFoundException e) {
            // not one of this account's tokens: nothing changes, nothing is said about it
            return Response.seeOther(UriBuilder.fromPath(PATH).fragment("jetons").build()).build();
        }
        return Response.seeOther(UriBuilder.fromPath(PATH).queryParam("ok", "revoked").fragment("jetons").build())
                .build();
    }

    static String revokePath(long id) {
        return UriBuilder.fromPath(PATH).path("jetons/{id}/revoquer").build(id).toString();
    }

    private Form newForm() {
        return new Form().value("name", "").value("validityDays", DEFAULT_VALIDITY_DAYS);
    }

    private Response render(Form form, CreatedToken created, String notice, String alert, int status) {
        TokenMsg m = context.msg(TokenMsg.class);
        FrameMsg frame = context.msg(FrameMsg.class);
        SecurityIdentity identity = context.identity();
        String csrf = context.csrfToken();
        Forms.Edit edit = form.field("name", m.name(), m.name_hint(), "text", true, "off")
                .numeric("validityDays", m.validity(), m.validity_hint(tokens.maxValidityDays()), true)
                .edit(UriBuilder.fromPath(PATH).path("jetons").build().toString(), csrf, Map.of(), null,
                        alert == null ? null : new Forms.Alert(alert, List.of()), m.create(), null, null);
        List<TokenRow> rows = tokens.list(context.actor().userId()).stream().map(this::row).toList();
        String title = created != null ? m.created_title(created.name())
                : Forms.title(frame, frame.account_title(), form.errorCount() + (alert == null ? 0 : 1));
        Views.Page page = context.page(title, null, PATH);
        return context.render(Templates.account(page, new AccountView(identity.getPrincipal().getName(),
                identity.hasRole(Roles.ADMIN), rows, edit, csrf, notice, created)), status);
    }

    private TokenRow row(ApiToken token) {
        TokenMsg m = context.msg(TokenMsg.class);
        java.time.Instant now = Instants.now();
        String status = token.revokedAt != null ? m.status_revoked()
                : token.live(now) ? m.status_active() : m.status_expired();
        return new TokenRow(token.id, token.name, Formats.dateTime(context.locale(), token.createdAt),
                Formats.dateTime(context.locale(), token.expiresAt),
                token.lastUsedAt == null ? m.never_used() : Formats.dateTime(context.locale(), token.lastUsedAt),
                status, token.live(now));
    }
}
