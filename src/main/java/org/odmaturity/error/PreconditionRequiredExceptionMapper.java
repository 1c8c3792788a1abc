package org.odmaturity.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class PreconditionRequiredExceptionMapper implements ExceptionMapper<PreconditionRequiredException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(PreconditionRequiredException e) {
        return Problems.response(428, "precondition-required", "Precondition required", e.getMessage(), uriInfo, null);
    }
}
