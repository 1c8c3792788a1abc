package org.odmaturity.error;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem responses; used by the exception mappers of this package only. */
final class Problems {

    private Problems() {
    }

    static Response response(int status, String slug, String title, String detail, UriInfo uriInfo, List<?> errors) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slug), title, status, detail, instance, errors))
                .build();
    }
}
