package org.odmaturity.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.odmaturity.monitoring.RequestIds;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * What a page request knows about itself, for every page resource: its language ({@code ?lang=}, then the language
 * cookie, then French), the visitor (identity, actor, the header's account block), the message bundles in that
 * language, the CSRF token of its forms (checked for every form post by {@link CsrfFilter}), and how it is rendered
 * (HTML in its language, the language remembered when {@code ?lang=} chose it, the short error pages).
 *
 * <pre>{@code
 * @GET @Path("admin/organisations") @RolesAllowed(Roles.ADMIN) @Produces(MediaType.TEXT_HTML)
 * public Response list() {
 *     OrganizationMsg m = context.msg(OrganizationMsg.class);
 *     return context.render(Templates.organizations(context.page(m.orgs_title(), Section.ORGANIZATIONS), view));
 * }
 * }</pre>
 */
@RequestScoped
public class PageContext {

    /** The cookie remembering the language chosen with {@code ?lang=}. */
    public static final String LANG_COOKIE = "odm_lang";
    /** The query parameters the language switch drops (the language, one-time notices). */
    private static final Set<String> SWITCH_DROPS = Set.of("lang", "ok", "expire", "sortie");

    /** The signed-in pages' menu entries (which one is current). */
    public enum Section {
        DIAGNOSTICS, RESULTS, ORGANIZATIONS, CAMPAIGNS, ACCOUNTS
    }

    /** The short error pages of the frame. */
    public enum ErrorPage {
        FORBIDDEN(403), NOT_FOUND(404), CSRF(403), UNAVAILABLE(503), BAD_REQUEST(400);

        private final int status;

        ErrorPage(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The template's name for it: forbidden, not-found, csrf, unavailable, bad-request. */
        public String kind() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @CheckedTemplate(basePath = "staff")
    static final class FrameTemplates {
        private FrameTemplates() {
        }

        /**
         * A short page: {@code kind} = forbidden, not-found, csrf, unavailable or bad-request; {@code requestId} the
         * request's id to quote (as in a problem's {@code requestId}), or null.
         */
        static native TemplateInstance error(Views.Page page, String kind, String requestId);
    }

    private final HttpServerRequest request;
    private final SecurityIdentity identity;
    private final Csrf csrf;
    private final WebConfig config;
    private String lang;

    public PageContext(HttpServerRequest request, SecurityIdentity identity, Csrf csrf, WebConfig config) {
        this.request = request;
        this.identity = identity;
        this.csrf = csrf;
        this.config = config;
    }

    // ----------------------------------------------------------------------------------------------------- language

    /** The page language: {@code ?lang=fr|en}, else the language cookie, else French. */
    public String lang() {
        if (lang == null) {
            String chosen = chosenLang();
            Cookie cookie = request.getCookie(LANG_COOKIE);
            lang = chosen != null ? chosen
                    : cookie != null && isLang(cookie.getValue()) ? cookie.getValue() : "fr";
        }
        return lang;
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    /** A message bundle (a {@code @MessageBundle} interface) in the page's language. */
    public <T> T msg(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(lang()));
    }

    /** The language {@code ?lang=} asked for, or null. */
    private String chosenLang() {
        String param = request.getParam("lang");
        return isLang(param) ? param : null;
    }

    private static boolean isLang(String value) {
        return "fr".equals(value) || "en".equals(value);
    }

    // ------------------------------------------------------------------------------------------------------ visitor

    public SecurityIdentity identity() {
        return identity;
    }

    /** Who is acting, for the services (401 when nobody is signed in). */
    public Actor actor() {
        return Actor.of(identity);
    }

    /** The key this visitor's forms are bound to, or null: see {@link CsrfFilter}. */
    String sessionKey() {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(Actor.SESSION_KEY);
    }

    /** The header's account block of a signed-in page, or null when nobody is signed in. */
    public Views.Staff staff(Section section) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        String name = identity.getAttribute(Actor.DISPLAY_NAME);
        return new Views.Staff(name == null ? identity.getPrincipal().getName() : name,
                identity.hasRole(Roles.ADMIN), csrfToken(), section);
    }

    /**
     * The CSRF token of this page's forms: bound to the signed-in session, else to the respondent's invitation link;
     * an empty string when there is neither (HTTP Basic, anonymous): such posts are refused.
     */
    public String csrfToken() {
        String key = CsrfFilter.key(sessionKey(), request);
        return key == null ? "" : csrf.token(key);
    }

    // ----------------------------------------------------------------------------------------------------- the page

    /** The frame of a page at the request's path (its language switch keeps the filters of the query). */
    public Views.Page page(String title, Section section) {
        return new Views.Page(lang(), request.path(), title, staff(section), query());
    }

    /** The frame of a page whose language switch leads to {@code path} (a POST answered with a page, say). */
    public Views.Page page(String title, Section section, String path) {
        return new Views.Page(lang(), path, title, staff(section), null);
    }

    /** The request's query parameters without the language and the one-time notices, encoded. */
    private String query() {
        StringBuilder query = new StringBuilder();
        request.params().forEach((name, value) -> {
            if (!SWITCH_DROPS.contains(name)) {
                query.append(query.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** A 200 page. */
    public Response render(TemplateInstance template) {
        return render(template, 200);
    }

    /** Renders a page in its language; when {@code ?lang=} chose the language, it is remembered in a cookie. */
    public Response render(TemplateInstance template, int status) {
        String body = template.setLocale(locale()).render();
        Response.ResponseBuilder response = Response.status(status).entity(body)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, lang());
        if (chosenLang() != null) {
            response.cookie(langCookie(lang()));
        }
        return response.build();
    }

    /** The short error page; its language switch and its link lead home (the failing path may be a POST-only one). */
    public Response error(ErrorPage kind) {
        FrameMsg m = msg(FrameMsg.class);
        String title = switch (kind) {
            case FORBIDDEN -> m.forbidden_title();
            case NOT_FOUND -> m.not_found_title();
            case CSRF -> m.csrf_title();
            case UNAVAILABLE -> m.unavailable_title();
            case BAD_REQUEST -> m.bad_request_title();
        };
        if (kind == ErrorPage.UNAVAILABLE) {
            // nothing that needs the database (the signed-in account is not read): the link tries this page again
            return render(FrameTemplates.error(new Views.Page(lang(), request.path(), title), kind.kind(),
                    RequestIds.current()),
                    kind.status());
        }
        Views.Staff staff = staff(null);
        String home = staff != null ? (staff.admin() ? "/admin" : "/animation")
                : request.getCookie(CsrfFilter.INVITATION_COOKIE) != null ? "/repondre" : "/connexion";
        return render(FrameTemplates.error(new Views.Page(lang(), home, title, staff, null), kind.kind(),
                RequestIds.current()),
                kind.status());
    }

    /** A cookie of the pages: HttpOnly, SameSite=Lax, Secure outside dev and tests, for the whole site. */
    public NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    private NewCookie langCookie(String lang) {
        return cookie(LANG_COOKIE, lang, 365 * 24 * 3600);
    }

    /** Whether the request is a page script's (it asks for JSON explicitly): it gets JSON, not a page. */
    public boolean wantsJson() {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            try {
                MediaType type = MediaType.valueOf(part.trim());
                if (!type.isWildcardType() && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // an unreadable media range asks for nothing
            }
        }
        return false;
    }
}
