package org.odmaturity.http;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.odmaturity.error.UnstorableTextException;

/**
 * {@link ClientText}'s rule for everything of a request that is not a JSON body: the path, every query parameter
 * and every field of a form (names and values), checked before any resource runs, for the API and the pages alike
 * ({@code GET /api/organizations?q=%00}, {@code /animation?org=%00}, a sign-in form with a NUL in the email…). A
 * refusal is an {@link UnstorableTextException} naming the parameter (400). Files of multipart forms are not text and
 * are left to the endpoints that read them.
 */
public class ClientTextFilter {

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 100)
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        refuse("path", ClientText.problem(path));
        check(request.getUriInfo().getQueryParameters());
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form != null) {
            for (String name : form) {
                refuse("form field", ClientText.problem(name));
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem()) {
                        refuse(name, ClientText.problem(value.getValue()));
                    }
                }
            }
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            refuse("query parameter", ClientText.problem(parameter.getKey()));
            for (String value : parameter.getValue()) {
                refuse(parameter.getKey(), ClientText.problem(value));
            }
        }
    }

    private static void refuse(String field, String problem) {
        if (problem != null) {
            throw new UnstorableTextException(field, problem);
        }
    }
}
