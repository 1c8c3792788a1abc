package org.odmaturity.error;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.UnauthorizedException;

/** No credentials, or not accepted ones: 401 with the Basic challenge. */
@Provider
public class UnauthorizedExceptionMapper implements ExceptionMapper<UnauthorizedException> {

    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
    @Inject
    Instance<ErrorPages> pageErrors;

    @Override
    public Response toResponse(UnauthorizedException e) {
        var page = pageErrors.isResolvable() ? pageErrors.get().forPage(401) : java.util.Optional.<Response>empty();
        if (page.isPresent()) {
            return page.get();
        }
        return unauthorized(uriInfo);
    }

    static Response unauthorized(UriInfo uriInfo) {
        return Response.fromResponse(Problems.response(401, "unauthorized", "Unauthorized",
                "Sign in (HTTP Basic with your account) or present a valid invitation link token (Bearer).", uriInfo,
                null)).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"od-maturity\", charset=\"UTF-8\"").build();
    }
}
