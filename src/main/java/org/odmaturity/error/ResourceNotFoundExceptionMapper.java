package org.odmaturity.error;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ResourceNotFoundExceptionMapper implements ExceptionMapper<ResourceNotFoundException> {

    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
    @Inject
    Instance<ErrorPages> pageErrors;

    @Override
    public Response toResponse(ResourceNotFoundException e) {
        var page = pageErrors.isResolvable() ? pageErrors.get().forPage(404) : java.util.Optional.<Response>empty();
        if (page.isPresent()) {
            return page.get();
        }
        return Problems.response(404, "not-found", "Resource not found", e.getMessage(), uriInfo, null);
    }
}
