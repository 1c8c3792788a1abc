package org.odmaturity.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.odmaturity.error.ErrorPages;

import io.vertx.core.http.HttpServerRequest;

/**
 * How the error mappers answer a browser on a signed-in page: not signed in → the sign-in page (then back here), not
 * allowed or not found → a short page in the page's language; on any page, the database out of reach → a short page
 * saying to try again (503). Scripts of those pages (asking for JSON) and the API keep
 * getting RFC 9457 problems.
 */
@ApplicationScoped
public class PageErrors implements ErrorPages {

    private final PageContext context;
    private final HttpServerRequest request;

    public PageErrors(PageContext context, HttpServerRequest request) {
        this.context = context;
        this.request = request;
    }

    /** Page paths that need a signed-in account (an anonymous visit is sent to the sign-in page). */
    public static boolean isStaffPath(String path) {
        return path != null && (path.equals("/admin") || path.startsWith("/admin/") || path.equals("/animation")
                || path.startsWith("/animation/") || path.equals("/resultats") || path.startsWith("/resultats/")
                || path.equals("/compte") || path.startsWith("/compte/"));
    }

    /** A browser asking for a page (not the API, the framework's endpoints or a page script wanting JSON). */
    private boolean isBrowserPage() {
        String path = request.path();
        String accept = request.getHeader("Accept");
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/") && !context.wantsJson()
                && accept != null && accept.contains("text/html");
    }

    @Override
    public Optional<Response> forBadRequest() {
        String path = request.path();
        if (path == null || path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/")
                || context.wantsJson()) {
            return Optional.empty();
        }
        return Optional.of(context.error(PageContext.ErrorPage.BAD_REQUEST));
    }

    @Override
    public Optional<Response> forPage(int status) {
        if (status == 503) {
            return isBrowserPage() ? Optional.of(context.error(PageContext.ErrorPage.UNAVAILABLE)) : Optional.empty();
        }
        if (!isStaffPath(request.path()) || context.wantsJson()) {
            return Optional.empty();
        }
        return Optional.of(switch (status) {
            case 401 -> Response.seeOther(URI.create("/connexion?expire=1&retour="
                    + URLEncoder.encode(request.uri(), StandardCharsets.UTF_8))).build();
            case 403 -> context.error(PageContext.ErrorPage.FORBIDDEN);
            default -> context.error(PageContext.ErrorPage.NOT_FOUND);
        });
    }
}
