package org.odmaturity.error;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConflictException e) {
        List<?> errors = e.current() instanceof List<?> list ? list
                : List.of(e.current() == null ? Map.of("field", e.field(), "message", e.getMessage())
                        : Map.of("field", e.field(), "message", e.getMessage(), "current", e.current()));
        return Problems.response(409, "conflict", "Conflict", e.getMessage(), uriInfo, errors);
    }
}
