package org.odmaturity.error;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

/**
 * How an error is answered when it happens on a page a person is looking at, rather than with a problem document:
 * implemented by the page frame ({@code org.odmaturity.web.PageErrors}), so that this package needs nothing of it.
 */
public interface ErrorPages {

    /**
     * The page answer for this status (401: the sign-in page; 403, 404: a short page in the page's language) when the
     * request is a browser's on a signed-in page; 503 (the database out of reach): a short page for a browser on any
     * page. Empty for the API and for the pages' scripts (they get problems).
     */
    Optional<Response> forPage(int status);

    /**
     * The "invalid request" page (400) when the request is a browser's on any page (signed-in or not: the sign-in
     * form, the respondent pages); empty for the API and the pages' scripts.
     */
    default Optional<Response> forBadRequest() {
        return Optional.empty();
    }
}
