package org.odmaturity.error;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.ForbiddenException;

/** Signed in, but this role or this account may not do that: 403. */
@Provider
public class ForbiddenExceptionMapper implements ExceptionMapper<ForbiddenException> {

    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
    @Inject
    Instance<ErrorPages> pageErrors;

    @Override
    public Response toResponse(ForbiddenException e) {
        var page = pageErrors.isResolvable() ? pageErrors.get().forPage(403) : java.util.Optional.<Response>empty();
        if (page.isPresent()) {
            return page.get();
        }
        return Problems.response(403, "forbidden", "Forbidden",
                e.getMessage() == null || e.getMessage().isBlank() ? "You may not do this." : e.getMessage(), uriInfo,
                null);
    }
}
