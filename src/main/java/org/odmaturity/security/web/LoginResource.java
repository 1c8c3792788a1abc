package org.odmaturity.security.web;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.odmaturity.security.Actor;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.Roles;
import org.odmaturity.security.StaffSessionAuthenticationMechanism;
import org.odmaturity.security.StaffSessionService;
import org.odmaturity.security.UserRole;
import org.odmaturity.security.PasswordCheck;
import org.odmaturity.web.Csrf;
import org.odmaturity.web.CsrfFilter;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageErrors;
import org.odmaturity.web.Views;
import org.odmaturity.web.WebConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Sign-in and sign-out of the staff pages (admins, facilitators); "my account" is {@link MyAccountResource}. The sign-in form is protected
 * against login CSRF by a token bound to a random pre-session cookie (checked by {@link CsrfFilter}); a successful
 * sign-in opens a new server-side session (never reusing a previous one) and sends the browser back where it was
 * going. Repeated failures for one email or from one address are refused for a while by the
 * throttle HTTP Basic uses too ({@link PasswordCheck}, shared by every instance through the database).
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    static final String PRE_SESSION_COOKIE = CsrfFilter.LOGIN_COOKIE;
    private static final String SESSION_COOKIE = StaffSessionAuthenticationMechanism.COOKIE;
    private static final SecureRandom RANDOM = new SecureRandom();

    @CheckedTemplate(basePath = "staff")
    static final class Templates {
        private Templates() {
        }

        static native TemplateInstance login(Views.Page page, LoginView view);
    }

    /** The sign-in form: what was typed (never the password), errors per field, the target after sign-in. */
    public record LoginView(String email, String retour, String csrf, String notice, String failure,
            Map<String, String> errors) {

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasErrors() {
            return failure != null || !errors.isEmpty();
        }
    }

    @Inject PageContext context;
    @Inject StaffSessionService sessions;
    @Inject Csrf csrf;
    @Inject WebConfig config;
    @Inject PasswordCheck passwords;
    @Inject HttpServerRequest request;

    /**
     * The service's address: a signed-in account goes to its home page, a respondent (invitation cookie) back to their
     * questionnaire, anyone else to the sign-in page (which says that organisations answer from their link).
     */
    @GET
    public Response root(@CookieParam(CsrfFilter.INVITATION_COOKIE) String invitation) {
        if (signedIn()) {
            return Response.seeOther(URI.create(home(context.identity().hasRole(Roles.ADMIN)))).build();
        }
        return Response.seeOther(URI.create(invitation != null ? "/repondre" : CsrfFilter.LOGIN_PATH)).build();
    }

    @GET
    @Path("connexion")
    public Response form(@QueryParam("retour") String retour, @QueryParam("expire") String expired,
            @QueryParam("sortie") String signedOut) {
        if (signedIn()) {
            return Response.seeOther(URI.create(target(retour, context.identity().hasRole(Roles.ADMIN)))).build();
        }
        FrameMsg m = context.msg(FrameMsg.class);
        String notice = expired != null ? m.login_expired() : signedOut != null ? m.signed_out() : null;
        return render("", safeTarget(retour), notice, null, Map.of(), 200);
    }

    @POST
    @Path("connexion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(MultivaluedMap<String, String> form) {
        FrameMsg m = context.msg(FrameMsg.class);
        String email = Optional.ofNullable(form.getFirst("email")).orElse("").trim();
        String password = Optional.ofNullable(form.getFirst("password")).orElse("");
        String retour = safeTarget(form.getFirst("retour"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (email.isEmpty()) {
            errors.put("email", m.login_error_email());
        }
        if (password.isEmpty()) {
            errors.put("password", m.login_error_password());
        }
        if (!errors.isEmpty()) {
            return render(email, retour, null, null, errors, 422);
        }
        PasswordCheck.Outcome outcome = passwords.check(PasswordCheck.Channel.FORM, email, password, clientAddress());
        if (outcome instanceof PasswordCheck.Throttled throttled) {
            Duration wait = throttled.retryAfter();
            return Response.fromResponse(render(email, retour, null, m.login_throttled(wait.toMinutes() + 1),
                    Map.of(), 429)).header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds())).build();
        }
        if (!(outcome instanceof PasswordCheck.Accepted accepted)) {
            return render(email, retour, null, m.login_failed(), Map.of(), 401);
        }
        AppUser user = accepted.user();
        NewCookie session = context.cookie(SESSION_COOKIE, sessions.open(user), NewCookie.DEFAULT_MAX_AGE);
        return Response.seeOther(URI.create(target(retour, user.role == UserRole.ADMIN)))
                .cookie(session, context.cookie(PRE_SESSION_COOKIE, "", 0)).build();
    }

    /** Ends the session (if any: one already over is nothing to end) and says so on the sign-in page. */
    @POST
    @Path("deconnexion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@CookieParam(SESSION_COOKIE) String session) {
        if (context.identity() != null && !context.identity().isAnonymous()) {
            sessions.close(session);
        }
        URI signedOut = UriBuilder.fromPath(CsrfFilter.LOGIN_PATH).queryParam("sortie", 1).build();
        return Response.seeOther(signedOut).cookie(context.cookie(SESSION_COOKIE, "", 0)).build();
    }

    /** The client's address (the connection's, or a trusted proxy's forwarded one: see AccountIdentityProvider). */
    private String clientAddress() {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    private boolean signedIn() {
        SecurityIdentity identity = context.identity();
        return identity != null && !identity.isAnonymous() && identity.getAttribute(Actor.SESSION_KEY) != null;
    }

    private Response render(String email, String retour, String notice, String failure, Map<String, String> errors,
            int status) {
        // a fresh pre-session on every display of the form: its token is good for this form only
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        String preSession = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        FrameMsg m = context.msg(FrameMsg.class);
        String title = (failure != null || !errors.isEmpty() ? m.errors_title(errors.isEmpty() ? 1 : errors.size())
                + " – " : "") + m.login_title();
        Views.Page page = new Views.Page(context.lang(), CsrfFilter.LOGIN_PATH, title);
        LoginView view = new LoginView(email, retour, csrf.token(CsrfFilter.loginKey(preSession)), notice, failure,
                errors);
        return Response.fromResponse(context.render(Templates.login(page, view), status))
                .cookie(new NewCookie.Builder(PRE_SESSION_COOKIE).value(preSession).path("/").httpOnly(true)
                        .secure(config.secureCookies()).sameSite(NewCookie.SameSite.STRICT).build())
                .build();
    }

    /** Where to go after sign-in: a local page path only (never another site), else the role's home page. */
    static String safeTarget(String retour) {
        if (retour == null || retour.isBlank() || !retour.startsWith("/") || retour.startsWith("//")
                || retour.contains("\\") || retour.length() > 500
                || !PageErrors.isStaffPath(retour.split("[?#]")[0])) {
            return null;
        }
        for (char c : retour.toCharArray()) {
            if (c < 0x21 || c == 0x7f) {
                return null;
            }
        }
        return retour;
    }

    private static String target(String retour, boolean admin) {
        String safe = safeTarget(retour);
        return safe != null ? safe : home(admin);
    }

    private static String home(boolean admin) {
        return admin ? "/admin" : "/animation";
    }
}
