package org.odmaturity.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What every signed-in page (admin and facilitator pages) shares: the page language (query {@code ?lang=}, then the
 * language cookie, then French), the header's account block, the CSRF check of forms, HTML rendering with the
 * security headers (added by {@link SecurityHeadersFilter}) and the short error pages. The respondent pages use its
 * language choice and HTML rendering too.
 *
 * <p>Resources use it like this:
 * <pre>{@code
 * @GET @Path("admin/organisations") @RolesAllowed(Roles.ADMIN) @Produces(MediaType.TEXT_HTML)
 * public Response list(@QueryParam("lang") String langParam) {
 *     String lang = pages.lang(langParam, headers);
 *     Views.Page page = pages.page(lang, uriInfo, "Organisations", identity, "organizations");
 *     return pages.html(Templates.organizations(page, view), lang, langParam, 200);
 * }
 * }</pre>
 */
@ApplicationScoped
public class StaffPages {

    /** Page paths that need a signed-in account (an anonymous visit is sent to the sign-in page). */
    public static boolean isStaffPath(String path) {
        return PageErrors.isStaffPath(path);
    }

    private final Csrf csrf;
    private final FrameMsg fr;
    private final FrameMsg en;

    private final PageContext context;

    public StaffPages(Csrf csrf, FrameMsg fr, @Localized("en") FrameMsg en,
            PageContext context) {
        this.context = context;
        this.csrf = csrf;
        this.fr = fr;
        this.en = en;
    }

    public FrameMsg msg(String lang) {
        return "en".equals(lang) ? en : fr;
    }

    /** The page language: {@code ?lang=fr|en}, else the language cookie, else French. */
    public String lang(String param, HttpHeaders headers) {
        if ("en".equals(param) || "fr".equals(param)) {
            return param;
        }
        Cookie cookie = headers == null ? null : headers.getCookies().get(PageContext.LANG_COOKIE);
        if (cookie != null && ("en".equals(cookie.getValue()) || "fr".equals(cookie.getValue()))) {
            return cookie.getValue();
        }
        return "fr";
    }

    /** The page frame of a signed-in page; {@code section} is the current menu entry (diagnostics, organizations…). */
    public Views.Page page(String lang, UriInfo uriInfo, String title, SecurityIdentity identity, String section) {
        return new Views.Page(lang, uriInfo.getPath(), title, staff(identity, section), query(uriInfo));
    }

    /** The request's query parameters (filters, search, page) without the language and the one-time notices. */
    static String query(UriInfo uriInfo) {
        StringBuilder query = new StringBuilder();
        uriInfo.getQueryParameters().forEach((name, values) -> {
            if (SWITCH_DROPS.contains(name)) {
                return;
            }
            for (String value : values) {
                query.append(query.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static final java.util.Set<String> SWITCH_DROPS = java.util.Set.of("lang", "ok", "expire", "sortie");

    public Views.Staff staff(SecurityIdentity identity, String section) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        String name = identity.getAttribute(Actor.DISPLAY_NAME);
        return new Views.Staff(name == null ? identity.getPrincipal().getName() : name,
                identity.hasRole(Roles.ADMIN), csrfToken(identity),
                section == null ? null : PageContext.Section.valueOf(section.toUpperCase(Locale.ROOT)));
    }

    /** The CSRF token of this session's forms (an empty string when signed in without a session, e.g. HTTP Basic). */
    public String csrfToken(SecurityIdentity identity) {
        String key = identity == null ? null : identity.getAttribute(Actor.SESSION_KEY);
        return key == null ? "" : csrf.token("session:" + key);
    }



    /** The short error page: {@code kind} = forbidden (403), not-found (404) or csrf (403). */
    public Response error(String kind, int status, String lang, SecurityIdentity identity) {
        return context.error(switch (kind) {
            case "forbidden" -> PageContext.ErrorPage.FORBIDDEN;
            case "not-found" -> PageContext.ErrorPage.NOT_FOUND;
            default -> PageContext.ErrorPage.CSRF;
        });
    }

    /** Renders a page in its language; when {@code ?lang=} chose the language, it is remembered in a cookie. */
    public Response html(TemplateInstance template, String lang, String langParam, int status) {
        String body = template.setLocale(Locale.forLanguageTag(lang)).render();
        Response.ResponseBuilder response = Response.status(status).entity(body)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, lang);
        if (langParam != null && langParam.equals(lang)) {
            response.cookie(context.cookie(PageContext.LANG_COOKIE, lang, 365 * 24 * 3600));
        }
        return response.build();
    }
}
