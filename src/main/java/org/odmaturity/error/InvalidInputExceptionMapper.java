package org.odmaturity.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidInputException e) {
        return Problems.response(422, e.slug(), e.title(), e.getMessage(), uriInfo, e.errors());
    }
}
