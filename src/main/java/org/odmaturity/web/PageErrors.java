package org.odmaturity.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * How the error mappers answer a browser on a signed-in page: not signed in → the sign-in page (then back here), not
 * allowed or not found → a short page in the page's language. Scripts of those pages (asking for JSON) and the API keep
 * getting RFC 9457 problems.
 */
@ApplicationScoped
public class PageErrors {

    private final StaffPages pages;
    private final Instance<SecurityIdentity> identity;

    public PageErrors(StaffPages pages, Instance<SecurityIdentity> identity) {
        this.pages = pages;
        this.identity = identity;
    }

    /** The page answer for this status (401, 403 or 404), when the request is a browser's on a staff page. */
    public Optional<Response> forPage(int status, UriInfo uriInfo, HttpHeaders headers) {
        if (uriInfo == null || headers == null || !StaffPages.isStaffPath(uriInfo.getPath()) || !wantsHtml(headers)) {
            return Optional.empty();
        }
        String lang = pages.lang(uriInfo.getQueryParameters().getFirst("lang"), headers);
        SecurityIdentity who = identity.isResolvable() ? identity.get() : null;
        return Optional.of(switch (status) {
            case 401 -> Response.seeOther(URI.create("/connexion?expire=1&retour="
                    + URLEncoder.encode(uriInfo.getRequestUri().getRawPath()
                            + (uriInfo.getRequestUri().getRawQuery() == null ? ""
                                    : "?" + uriInfo.getRequestUri().getRawQuery()), StandardCharsets.UTF_8)))
                    .build();
            case 403 -> pages.error("forbidden", 403, lang, who);
            default -> pages.error("not-found", 404, lang, who);
        });
    }

    private static boolean wantsHtml(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().noneMatch(t -> !t.isWildcardType()
                && t.isCompatible(MediaType.APPLICATION_JSON_TYPE));
    }
}
