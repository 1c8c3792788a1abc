package org.odmaturity.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.odmaturity.error.Problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem detail before it is
 * read (the HTTP layer's own 413 has no body). Left to the HTTP layer (a bare 413): requests with
 * {@code Expect: 100-continue}, which it refuses before the body is sent (the JDK's HttpClient hangs on any other
 * answer), and bodies without Content-Length that grow too large.
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
            String length = context.request().getHeader("Content-Length");
            long announced;
            try {
                announced = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                announced = -1;
            }
            boolean expectsContinue = "100-continue".equalsIgnoreCase(context.request().getHeader("Expect"));
            if (announced > maxBytes && !expectsContinue) {
                Problem problem = new Problem(Problem.type("payload-too-large"), "Payload too large", 413,
                        "The body is " + announced + " bytes; this service accepts at most " + maxBytes + ".",
                        context.request().path(), null);
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        });
    }
}
