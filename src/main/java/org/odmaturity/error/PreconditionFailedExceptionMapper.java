package org.odmaturity.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class PreconditionFailedExceptionMapper implements ExceptionMapper<PreconditionFailedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(PreconditionFailedException e) {
        Response response = Problems.response(412, "precondition-failed", "Precondition failed", e.getMessage(), uriInfo,
                null);
        return e.currentEtag() == null ? response
                : Response.fromResponse(response).header(HttpHeaders.ETAG, e.currentEtag()).build();
    }
}
