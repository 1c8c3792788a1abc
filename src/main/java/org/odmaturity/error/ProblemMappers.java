package org.odmaturity.error;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.odmaturity.monitoring.RequestIds;
import org.odmaturity.security.AccountIdentityProvider;

/**
 * Every error answer of the service in one table: each exception type (the services' typed problems of this package,
 * the security and Bean Validation refusals, the framework's own errors, then anything else) to its RFC 9457 problem,
 * built by {@link Problems}. A browser on a signed-in page gets a page instead for 401, 403 and 404
 * ({@link ErrorPages}).
 *
 * <p>Quarkus REST picks the mapper of the closest exception type, as it does for {@code ExceptionMapper} classes, and
 * these (priority {@code USER}) win over its built-in ones for the same type (priority {@code USER + 1} and above).
 */
@Singleton
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Instance<ErrorPages> pages;

    @Inject
    ProblemMappers(Instance<ErrorPages> pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return page(404).orElseGet(() -> Problems.response(404, "not-found", "Resource not found", e.getMessage(), uri,
                null));
    }

    /** Signed in, but this role or this account may not do that. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return page(403).orElseGet(() -> Problems.forbidden(e.getMessage(), uri));
    }

    /** No credentials, or not accepted ones. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return page(401).orElseGet(() -> Problems.unauthorized(uri));
    }

    /**
     * Wrong password, unknown account, expired or revoked invitation or API token: 401, without saying which. HTTP
     * Basic refused before any check (too many recent failures for this email or this client address): 429 with
     * {@code Retry-After}, the right password included, so that a guesser learns nothing. Unless the accounts could not
     * be read at all (the database is out of reach): then 503.
     */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            return unavailable(e, uri);
        }
        Object retryAfter = e.getAttribute(AccountIdentityProvider.RETRY_AFTER_SECONDS);
        if (retryAfter instanceof Long seconds) {
            return Problems.tooManyAttempts(seconds, uri);
        }
        return Problems.unauthorized(uri);
    }

    /** A duplicate, or an edit made meanwhile: one entry naming the field, with what is current if known. */
    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        List<?> errors = e.current() instanceof List<?> list ? list
                : List.of(e.current() == null ? Map.of("field", e.field(), "message", e.getMessage())
                        : Map.of("field", e.field(), "message", e.getMessage(), "current", e.current()));
        return Problems.response(409, "conflict", "Conflict", e.getMessage(), uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        if (e.errorCount() != null || !e.warnings().isEmpty()) {
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type(e.slug()), e.title(),
                    422, e.getMessage(), uri.getRequestUri().getRawPath(), e.errors(), e.errorCount(),
                    RequestIds.current(), e.warnings().isEmpty() ? null : e.warnings())).build();
        }
        return Problems.response(422, e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    /** A parameter, form field or path with text that cannot be stored: 400 naming it (a page for a browser). */
    @ServerExceptionMapper
    public Response unstorableText(UnstorableTextException e, UriInfo uri) {
        return (pages.isResolvable() ? pages.get().forBadRequest() : Optional.<Response>empty())
                .orElseGet(() -> Problems.response(400, "invalid-request", "Invalid request", "The " + e.field()
                        + " cannot be stored: " + e.getMessage() + ".", uri, List.of(Map.of("field", e.field(),
                                "message", e.getMessage()))));
    }

    /** A JSON body read by hand with an unknown field or a value of the wrong type: as Jackson's own refusals. */
    @ServerExceptionMapper
    public Response invalidJson(InvalidJsonException e, UriInfo uri) {
        return Problems.response(400, "invalid-json", "Invalid JSON structure", e.getMessage(), uri, e.errors());
    }

    /** Stale {@code If-Match}: 412 with the current {@code ETag}, so that the client knows what to read again. */
    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        Response.ResponseBuilder response = Problems.builder(412, "precondition-failed", "Precondition failed",
                e.getMessage(), uri, null);
        return (e.currentEtag() == null ? response : response.header(HttpHeaders.ETAG, e.currentEtag())).build();
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return Problems.response(428, "precondition-required", "Precondition required", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response payloadTooLarge(PayloadTooLargeException e, UriInfo uri) {
        return Problems.response(413, "payload-too-large", "Payload too large", e.getMessage(), uri, null);
    }

    /** Bean Validation: invalid input is a 400 naming each field; an invalid return value is our bug, a 500. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(Problems::ofReturnValue)) {
            LOG.error("invalid response produced", e);
            return Problems.internalError(null, uri);
        }
        return Problems.invalidFields(e.getConstraintViolations(), uri);
    }

    /**
     * A body that is not JSON or not of the expected shape. {@link MismatchedInputException} is named too: the
     * framework's own mapper for it would otherwise be the closer match.
     */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        return Problems.json(e, uri);
    }

    /** The framework's refusals, with their own status. */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        return Problems.framework(e, uri);
    }

    /**
     * Anything else is our bug: logged with an id, answered 500 with that id and no internals. Except the database
     * being out of reach, which is no bug: 503 with {@code Retry-After} (a page for a browser on a page).
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            return unavailable(e, uri);
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s", id);
        return Problems.internalError(id, uri);
    }

    private Response unavailable(Exception e, UriInfo uri) {
        LOG.warnf("database unavailable, answered 503: %s", e.toString());
        return page(503).map(p -> Response.fromResponse(p)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build())
                .orElseGet(() -> Problems.unavailable(uri));
    }

    /** The page answer for a browser on a signed-in page, if this is one. */
    private Optional<Response> page(int status) {
        return pages.isResolvable() ? pages.get().forPage(status) : Optional.empty();
    }
}
