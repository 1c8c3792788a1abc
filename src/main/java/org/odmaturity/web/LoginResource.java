package org.odmaturity.web;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.odmaturity.security.AppUser;
import org.odmaturity.security.Roles;
import org.odmaturity.security.StaffSessionAuthenticationMechanism;
import org.odmaturity.security.StaffSessionService;
import org.odmaturity.security.UserRole;
import org.odmaturity.security.UserService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Sign-in and sign-out of the staff pages (admins, facilitators). The sign-in form is protected against login CSRF by
 * a token bound to a random pre-session cookie; a successful sign-in opens a new server-side session (never reusing a
 * previous one) and sends the browser back where it was going.
 */
@Path("/")
@PermitAll
public class LoginResource {

    static final String PRE_SESSION_COOKIE = CsrfFilter.LOGIN_COOKIE;
    private static final SecureRandom RANDOM = new SecureRandom();

    @CheckedTemplate(basePath = "staff")
    static final class LoginTemplates {
        private LoginTemplates() {
        }

        static native TemplateInstance login(Views.Page page, LoginView view);

        static native TemplateInstance account(Views.Page page, String email, boolean admin);
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

    private final UserService users;
    private final StaffSessionService sessions;
    private final StaffPages pages;
    private final Csrf csrf;
    private final WebConfig config;
    private final LoginThrottle throttle;

    @Inject
    SecurityIdentity identity;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    public LoginResource(UserService users, StaffSessionService sessions, StaffPages pages, Csrf csrf,
            WebConfig config, LoginThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.sessions = sessions;
        this.pages = pages;
        this.csrf = csrf;
        this.config = config;
    }

    /**
     * The service's address: a signed-in account goes to its home page, a respondent (invitation cookie) back to their
     * questionnaire, anyone else to the sign-in page (which says that organisations answer from their link).
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response root() {
        if (identity != null && !identity.isAnonymous()
                && identity.getAttribute(org.odmaturity.security.Actor.SESSION_KEY) != null) {
            return Response.seeOther(URI.create(identity.hasRole(Roles.ADMIN) ? "/admin" : "/animation")).build();
        }
        if (headers.getCookies().containsKey(CsrfFilter.INVITATION_COOKIE)) {
            return Response.seeOther(URI.create("/repondre")).build();
        }
        return Response.seeOther(URI.create("/connexion")).build();
    }

    @GET
    @Path("connexion")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam("lang") String langParam, @QueryParam("retour") String retour,
            @QueryParam("expire") String expired, @QueryParam("sortie") String signedOut) {
        String lang = pages.lang(langParam, headers);
        if (identity != null && !identity.isAnonymous() && pages.staff(identity, null) != null
                && identity.getAttribute(org.odmaturity.security.Actor.SESSION_KEY) != null) {
            return Response.seeOther(URI.create(target(retour, identity.hasRole(Roles.ADMIN)))).build();
        }
        FrameMsg m = pages.msg(lang);
        String notice = expired != null ? m.login_expired() : signedOut != null ? m.signed_out() : null;
        return render(lang, langParam, "", safeTarget(retour), notice, null, Map.of(), 200);
    }

    @POST
    @Path("connexion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@QueryParam("lang") String langParam, MultivaluedMap<String, String> form) {
        String lang = pages.lang(langParam, headers);
        FrameMsg m = pages.msg(lang);
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
            return render(lang, langParam, email, retour, null, null, errors, 422);
        }
        java.time.Duration wait = throttle.wait(email);
        if (!wait.isZero()) {
            return render(lang, langParam, email, retour, null, m.login_throttled(wait.toMinutes() + 1), Map.of(),
                    429);
        }
        Optional<AppUser> user = email.length() > 254 || password.length() > 1000 ? Optional.empty()
                : users.authenticate(email, password.toCharArray());
        if (user.isEmpty()) {
            throttle.failed(email);
            return render(lang, langParam, email, retour, null, m.login_failed(), Map.of(), 401);
        }
        throttle.succeeded(email);
        String token = sessions.open(user.get());
        return Response.seeOther(URI.create(target(retour, user.get().role == UserRole.ADMIN)))
                .cookie(sessionCookie(token), expired(PRE_SESSION_COOKIE)).build();
    }

    /** "My account": who is signed in, with which role; the sign-out button is in the header of every page. */
    @GET
    @Path("compte")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    public Response account(@QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Views.Page page = pages.page(lang, uriInfo, pages.msg(lang).account_title(), identity, null);
        return pages.html(LoginTemplates.account(page, identity.getPrincipal().getName(),
                identity.hasRole(Roles.ADMIN)), lang, langParam, 200);
    }

    @POST
    @Path("deconnexion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signOut(@QueryParam("lang") String langParam, MultivaluedMap<String, String> form) {
        String lang = pages.lang(langParam, headers);
        if (identity == null || identity.isAnonymous()) {
            // nothing to end (session already over): the sign-in page says so
            return Response.seeOther(URI.create("/connexion?sortie=1")).cookie(expired(
                    StaffSessionAuthenticationMechanism.COOKIE)).build();
        }
        Cookie cookie = headers.getCookies().get(StaffSessionAuthenticationMechanism.COOKIE);
        sessions.close(cookie == null ? null : cookie.getValue());
        return Response.seeOther(URI.create("/connexion?sortie=1"))
                .cookie(expired(StaffSessionAuthenticationMechanism.COOKIE)).build();
    }

    private Response render(String lang, String langParam, String email, String retour, String notice,
            String failure, Map<String, String> errors, int status) {
        // a fresh pre-session on every display of the form: its token is good for this form only
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        String preSession = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        FrameMsg m = pages.msg(lang);
        String title = (failure != null || !errors.isEmpty() ? m.errors_title(errors.isEmpty() ? 1 : errors.size())
                + " – " : "") + m.login_title();
        Views.Page page = new Views.Page(lang, "/connexion", title);
        LoginView view = new LoginView(email, retour, csrf.token(CsrfFilter.loginKey(preSession)), notice, failure, errors);
        Response response = pages.html(LoginTemplates.login(page, view), lang, langParam, status);
        return Response.fromResponse(response).cookie(new NewCookie.Builder(PRE_SESSION_COOKIE).value(preSession)
                .path("/").httpOnly(true).secure(config.secureCookies()).sameSite(NewCookie.SameSite.STRICT)
                .build()).build();
    }

    private NewCookie sessionCookie(String token) {
        return new NewCookie.Builder(StaffSessionAuthenticationMechanism.COOKIE).value(token).path("/").httpOnly(true)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.LAX).build();
    }

    private NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").httpOnly(true).secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }

    /** Where to go after sign-in: a local page path only (never another site), else the role's home page. */
    static String safeTarget(String retour) {
        if (retour == null || retour.isBlank() || !retour.startsWith("/") || retour.startsWith("//")
                || retour.contains("\\") || retour.length() > 500 || !StaffPages.isStaffPath(retour.split("[?#]")[0])) {
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
        return safe != null ? safe : admin ? "/admin" : "/animation";
    }
}
