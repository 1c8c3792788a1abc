package org.odmaturity.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class PayloadTooLargeExceptionMapper implements ExceptionMapper<PayloadTooLargeException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(PayloadTooLargeException e) {
        return Problems.response(413, "payload-too-large", "Payload too large", e.getMessage(), uriInfo, null);
    }
}
