package org.odmaturity.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.odmaturity.monitoring.RequestIds;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem ({@code urn:od-maturity:problem:<slug>}); see docs/api.md
 * @param title    a short summary of the kind of problem, the same for every occurrence
 * @param status   the HTTP status code
 * @param detail   what went wrong this time, in plain words
 * @param instance the path of the request
 * @param errors   for invalid input: one entry per problem, naming the field, answer or line and why
 * @param errorCount how many problems there are in all, when {@code errors} lists only the first ones (a questionnaire
 *                 file with more than 100 errors); absent otherwise
 * @param requestId the request's id ({@link RequestIds}, also in the {@code X-Request-Id} response header and in every
 *                  log line of the request), so that an error a client reports can be found in the logs; absent only
 *                  outside a request
 * @param warnings  beside {@code errors}, what is not an error but surely not meant (a questionnaire file's warnings,
 *                  listed with its errors so that one pass shows everything); absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<?> errors,
        Integer errorCount, String requestId, List<?> warnings) {

    public Problem(String type, String title, int status, String detail, String instance, List<?> errors,
            Integer errorCount, String requestId) {
        this(type, title, status, detail, instance, errors, errorCount, requestId, null);
    }

    /** A problem of the request being served (its id from the logging context). */
    public Problem(String type, String title, int status, String detail, String instance, List<?> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /** A problem of the request being served (its id from the logging context), with the count of all its errors. */
    public Problem(String type, String title, int status, String detail, String instance, List<?> errors,
            Integer errorCount) {
        this(type, title, status, detail, instance, errors, errorCount, RequestIds.current());
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String type(String slug) {
        return "urn:od-maturity:problem:" + slug;
    }
}
