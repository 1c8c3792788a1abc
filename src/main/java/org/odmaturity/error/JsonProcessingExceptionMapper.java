package org.odmaturity.error;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A body that is not JSON, or JSON of the wrong shape (wrong type, unknown field): 400 naming the field path and the
 * line/column.
 */
@Provider
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException e) {
        return toProblem(e, uriInfo);
    }

    static Response toProblem(JsonProcessingException e, UriInfo uriInfo) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        JsonLocation location = e.getLocation();
        String message = e.getOriginalMessage();
        int cut = message == null ? -1 : message.indexOf(" (for ");
        message = message == null ? "malformed JSON" : (cut > 0 ? message.substring(0, cut) : message);
        message = message.replaceAll("\\s*at \\[Source.*", "").replaceAll("class [a-z.]+\\.([A-Z])", "$1");
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("field", field.isEmpty() ? "body" : field);
        if (location != null && location.getLineNr() > 0) {
            error.put("line", location.getLineNr());
            error.put("column", location.getColumnNr());
        }
        error.put("message", message);
        boolean malformed = isMalformed(e);
        return Problems.response(400, malformed ? "malformed-json" : "invalid-json",
                malformed ? "Malformed JSON" : "Invalid JSON structure",
                malformed ? "The body is not valid JSON." : "The JSON body does not have the expected structure"
                        + (field.isEmpty() ? "." : " at '" + field + "'."),
                uriInfo, List.of(error));
    }

    /** Not JSON at all (as opposed to JSON of the wrong shape), even when wrapped with the path where it broke. */
    private static boolean isMalformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException
                    || t.getMessage() != null && t.getMessage().startsWith("Unexpected end-of-input")) {
                return true;
            }
        }
        return false;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
