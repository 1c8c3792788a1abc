package org.odmaturity.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Security headers on the web pages (and their JSON autosave answers): a strict Content-Security-Policy (no inline
 * script or style; the pages have none), no MIME sniffing, no framing, no Referer sent to other sites, and no caching.
 * The headers every response needs, HTML or not, whoever answers it (static files, health, unknown paths), are set on
 * the HTTP router by {@link ResponseHeaders}.
 */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    // same-origin, not no-referrer: with no-referrer, browsers send "Origin: null" on form posts, which the CSRF
    // origin check must refuse; other sites still never see a URL of ours
    static final String REFERRER_POLICY = "same-origin";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        MediaType type = response.getMediaType();
        boolean page = path.startsWith("/repondre") || path.startsWith("/i/")
                || type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
        if (!page) {
            return;
        }
        var headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CSP);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", REFERRER_POLICY);
        if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "no-store");
        }
    }
}
