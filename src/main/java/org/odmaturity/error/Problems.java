package org.odmaturity.error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * How the answers of {@link ProblemMappers} are written: an RFC 9457 {@link Problem} body with its media type, the
 * headers some statuses carry, and the {@code errors} entries of the problems that need more than a sentence (a JSON
 * body that does not parse or fit, Bean Validation failures). Kept apart from the mapping table so that each mapper
 * stays a few lines and every answer is built the same way.
 */
final class Problems {

    private Problems() {
    }

    static Response response(int status, String slug, String title, String detail, UriInfo uriInfo, List<?> errors) {
        return builder(status, slug, title, detail, uriInfo, errors).build();
    }

    /** A problem answer still open for headers. */
    static Response.ResponseBuilder builder(int status, String slug, String title, String detail, UriInfo uriInfo,
            List<?> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slug), title, status, detail, instance(uriInfo), errors));
    }

    /** 401 with the Basic challenge: the same whether credentials were missing or refused, never saying which. */
    static Response unauthorized(UriInfo uriInfo) {
        return response(Refusal.unauthorized(instance(uriInfo)));
    }

    /** 429: too many failed sign-in attempts; try again after {@code retryAfterSeconds}. */
    static Response tooManyAttempts(long retryAfterSeconds, UriInfo uriInfo) {
        return response(Refusal.tooManyAttempts(retryAfterSeconds, instance(uriInfo)));
    }

    /** 403: this role or this account may not do that. */
    static Response forbidden(String detail, UriInfo uriInfo) {
        return response(Refusal.forbidden(detail, instance(uriInfo)));
    }

    /** 500, saying nothing of what broke (the log has it) but the error id, if one was logged (else null). */
    static Response internalError(String errorId, UriInfo uriInfo) {
        return response(500, "internal-error", "Internal error", internalDetail(errorId), uriInfo, null);
    }

    /** 503 when the database is out of reach: try again later ({@code Retry-After}, in seconds). */
    static Response unavailable(UriInfo uriInfo) {
        return response(Refusal.unavailable(instance(uriInfo)));
    }

    private static Response response(Refusal refusal) {
        Response.ResponseBuilder response = Response.status(refusal.status()).type(Problem.MEDIA_TYPE)
                .entity(refusal.problem());
        refusal.headers().forEach(response::header);
        return response.build();
    }

    private static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }

    private static String internalDetail(String errorId) {
        return "The server could not complete the request" + (errorId == null ? "." : " (error id " + errorId + ").");
    }

    /**
     * A framework refusal (unknown path 404, 405, 406, 415, 400 on a bad parameter…) with its own status, its reason
     * phrase as title and its {@code Allow} header if any; a body the framework could not read is a JSON problem.
     */
    static Response framework(WebApplicationException e, UriInfo uriInfo) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uriInfo);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String detail = status >= 500 ? internalDetail(null) : e.getMessage();
        Response.ResponseBuilder response = builder(status, slug, title, detail, uriInfo, null);
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    /** A body that is not JSON, or JSON of the wrong shape: 400 naming the field path and the line/column. */
    static Response json(JsonProcessingException e, UriInfo uriInfo) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        JsonLocation location = e.getLocation();
        String message = e.getOriginalMessage();
        int cut = message == null ? -1 : message.indexOf(" (for ");
        message = message == null ? "malformed JSON" : (cut > 0 ? message.substring(0, cut) : message);
        message = message.replaceAll("\\s*at \\[Source.*", "").replaceAll("class [a-z.]+\\.([A-Z])", "$1");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field.isEmpty() ? "body" : field);
        if (location != null && location.getLineNr() > 0) {
            error.put("line", location.getLineNr());
            error.put("column", location.getColumnNr());
        }
        error.put("message", message);
        boolean malformed = isMalformed(e);
        return response(400, malformed ? "malformed-json" : "invalid-json",
                malformed ? "Malformed JSON" : "Invalid JSON structure",
                malformed ? "The body is not valid JSON." : "The JSON body does not have the expected structure"
                        + (field.isEmpty() ? "." : " at '" + field + "'."),
                uriInfo, List.of(error));
    }

    /** Invalid input (parameters, bodies): 400 with one entry per field and why, sorted by field. */
    static Response invalidFields(Iterable<? extends ConstraintViolation<?>> violations, UriInfo uriInfo) {
        List<Map<String, String>> errors = new ArrayList<>();
        violations.forEach(v -> errors.add(Map.of("field", field(v), "message", v.getMessage())));
        errors.sort((a, b) -> a.get("field").compareTo(b.get("field")));
        return response(400, "invalid-request", "Invalid request", errors.size() + " field(s) are invalid", uriInfo,
                errors);
    }

    /** Whether a violation is of a return value (our bug) rather than of input. */
    static boolean ofReturnValue(ConstraintViolation<?> violation) {
        ElementKind kind = null;
        for (Path.Node node : violation.getPropertyPath()) {
            kind = node.getKind();
        }
        return kind == ElementKind.RETURN_VALUE;
    }

    /**
     * Not JSON at all (as opposed to JSON of the wrong shape), even when wrapped with the path where it broke: a syntax
     * error, a key twice in one object, a body cut short, or anything after the first value (a second object).
     */
    private static boolean isMalformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException
                    || t.getMessage() != null && (t.getMessage().startsWith("Unexpected end-of-input")
                            || t.getMessage().startsWith("Trailing token"))) {
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

    /** The field path without the method and parameter names: {@code answers[2].question}. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && field.isEmpty()) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
