package org.odmaturity.web;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.odmaturity.http.PublicBaseUrl;
import org.odmaturity.security.InvitationService;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one CSRF check of the pages: every form post outside {@code /api} must carry, in {@value Csrf#FIELD}, the token
 * of the visitor's forms ({@link PageContext#csrfToken()}) and, when the browser says where it comes from
 * ({@code Origin}, else {@code Referer}), come from this site's public address ({@code odm.public-base-url}; the
 * request's {@code Host} is not trusted for it). The token is an HMAC ({@link Csrf}) of what the visitor's
 * forms are bound to:
 * <ul>
 * <li>the sign-in form ({@code /connexion}): its pre-session cookie ({@value #LOGIN_COOKIE});</li>
 * <li>the respondent pages ({@code /repondre…}): the invitation link in the {@value #INVITATION_COOKIE} cookie;</li>
 * <li>every other page: the signed-in session (a post signed in some other way, HTTP Basic or a bearer token, has no
 * session and is refused).</li>
 * </ul>
 * A refused post gets the short "action refused" page (403) and reaches no resource. Posts that are not the visitor's
 * to make at all are left to the role checks and resources: an anonymous visitor of a signed-in page (sent to the
 * sign-in page), a respondent page without a valid link (the "invalid link" page).
 */
public class CsrfFilter {

    /** The respondent's invitation link (see diagnostic.web). */
    public static final String INVITATION_COOKIE = "odm_invitation";
    /** The sign-in form's pre-session (see security.web). */
    public static final String LOGIN_COOKIE = "odm_login";
    /** The path of the sign-in form. */
    public static final String LOGIN_PATH = "/connexion";

    @Inject
    PageContext context;
    @Inject
    Csrf csrf;
    @Inject
    InvitationService invitations;
    @Inject
    PublicBaseUrl publicBaseUrl;

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> check(ResteasyReactiveContainerRequestContext request, HttpServerRequest http) {
        String method = request.getMethod();
        String path = http.path();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
                || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")) {
            return Optional.empty();
        }
        String sessionKey = context.sessionKey();
        String key = key(sessionKey, http);
        if (key == null && (isRespondentPath(path) || !LOGIN_PATH.equals(path) && anonymous())) {
            return Optional.empty(); // not this visitor's form at all: the resource or the role check answers
        }
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(Csrf.FIELD, true, false);
        if (key != null && csrf.valid(key, sent instanceof String s ? s : null)
                && Csrf.sameOrigin(all(http, "Origin"), all(http, "Referer"), publicBaseUrl.origin())) {
            return Optional.empty();
        }
        if (key != null && isRespondentPath(path) && invitations.resolve(http.getCookie(INVITATION_COOKIE).getValue()).isEmpty()) {
            return Optional.empty(); // a revoked or expired link: the page says so
        }
        return Optional.of(context.error(PageContext.ErrorPage.CSRF));
    }

    /** Every value of a header, joined: a request repeating {@code Origin} is refused, not read by its first value. */
    private static String all(HttpServerRequest http, String header) {
        var values = http.headers().getAll(header);
        return values.isEmpty() ? null : String.join(",", values);
    }

    private boolean anonymous() {
        return context.identity() == null || context.identity().isAnonymous();
    }

    /** The key the forms of this request are bound to, or null when the visitor has none. */
    static String key(String sessionKey, HttpServerRequest request) {
        String path = request.path();
        if (LOGIN_PATH.equals(path)) {
            Cookie pre = request.getCookie(LOGIN_COOKIE);
            return pre == null ? null : loginKey(pre.getValue());
        }
        if (isRespondentPath(path)) {
            Cookie link = request.getCookie(INVITATION_COOKIE);
            return link == null ? null : InvitationService.hash(link.getValue());
        }
        return sessionKey == null ? null : "session:" + sessionKey;
    }

    /** The key of a sign-in form displayed with this pre-session. */
    public static String loginKey(String preSession) {
        return "login:" + preSession;
    }

    static boolean isRespondentPath(String path) {
        return path.equals("/repondre") || path.startsWith("/repondre/");
    }
}
