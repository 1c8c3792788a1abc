package org.odmaturity.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.odmaturity.error.Problem;
import org.odmaturity.monitoring.RequestIds;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem detail, and nothing in the
 * log (a client sending too much is not a fault of the service):
 * <ul>
 * <li>a body announced larger ({@code Content-Length}) before it is read;</li>
 * <li>a chunked body (no {@code Content-Length}) as soon as it grows over the limit: such a body is read here, at most
 * the limit, and handed to the endpoint once complete (the HTTP layer would otherwise answer a bare 413 in the middle
 * of the endpoint's reading and log two errors). Chunked form posts are left to the form reader, which has its own
 * limits.</li>
 * </ul>
 * Left to the HTTP layer (a bare 413): requests with {@code Expect: 100-continue}, which it refuses before the body is
 * sent (the JDK's HttpClient hangs on any other answer).
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.maxBytes = limit.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
    }

    void install(@Observes Router router) {
        // right after web.ResponseHeaders (order MIN_VALUE), so that this 413 carries the headers of every response
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            HttpServerRequest request = context.request();
            String length = request.getHeader("Content-Length");
            long announced;
            try {
                announced = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                announced = -1;
            }
            boolean expectsContinue = "100-continue".equalsIgnoreCase(request.getHeader("Expect"));
            if (expectsContinue) {
                context.next();
            } else if (announced > maxBytes) {
                refuse(context, "The body is " + announced + " bytes; this service accepts at most " + maxBytes + ".");
            } else if (length == null && isChunked(request) && !isForm(request)) {
                readChunked(context);
            } else {
                context.next();
            }
        });
    }

    /** Reads the chunked body up to the limit: complete, it goes on to the endpoint; one byte more, a 413. */
    private void readChunked(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBytes) {
                refused[0] = true;
                refuse(context, "The body is more than " + maxBytes + " bytes; this service accepts at most " + maxBytes
                        + ".");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                context.setBody(body);
                context.next();
            }
        });
        request.resume();
    }

    /** The 413 problem; the connection is closed after it, since the rest of the body will not be read. */
    private static void refuse(RoutingContext context, String detail) {
        // this refusal may come before the request id's own route ran: ensure() gives the id now if needed
        Problem problem = new Problem(Problem.type("payload-too-large"), "Payload too large", 413, detail,
                context.request().path(), null, null, RequestIds.ensure(context));
        boolean chunked = isChunked(context.request());
        var response = context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (chunked) {
            response.putHeader("Connection", "close");
        }
        response.end(Json.encode(problem)).onComplete(done -> {
            if (chunked) {
                context.request().connection().close();
            }
        });
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        String lower = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/");
    }
}
