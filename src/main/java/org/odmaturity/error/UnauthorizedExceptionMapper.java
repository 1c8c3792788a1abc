package org.odmaturity.error;

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

    @Override
    public Response toResponse(UnauthorizedException e) {
        return unauthorized(uriInfo);
    }

    static Response unauthorized(UriInfo uriInfo) {
        return Response.fromResponse(Problems.response(401, "unauthorized", "Unauthorized",
                "Sign in (HTTP Basic with your account) or present a valid invitation link token (Bearer).", uriInfo,
                null)).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"od-maturity\", charset=\"UTF-8\"").build();
    }
}
