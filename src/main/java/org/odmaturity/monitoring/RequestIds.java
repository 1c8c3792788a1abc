package org.odmaturity.monitoring;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request id: every request gets one, before anything else answers it. A client's (or a reverse proxy's)
 * {@code X-Request-Id} is kept when it is well formed ({@link #wellFormed}), otherwise a new one is made. The id is put
 * in the logging context (MDC key {@value #MDC_KEY}), so that every log line written for the request carries it, on
 * the event loop and on the worker thread that runs a blocking endpoint alike (Quarkus keeps the MDC in the request's
 * Vert.x context); it is echoed in the {@code X-Request-Id} response header and written in every problem
 * ({@code requestId}, see {@code error.Problem}). With it, a support request quoting an error finds its log lines.
 *
 * <p>This package imports nothing of the application, so that {@code error} and {@code http} may use it.
 */
@ApplicationScoped
public class RequestIds {

    /** The request and response header. */
    public static final String HEADER = "X-Request-Id";
    /** The key of the id in the logging context (MDC) and in the routing context's data. */
    public static final String MDC_KEY = "requestId";
    /** Longest id accepted from a client. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    void install(@Observes Router router) {
        // among the very first routes (web.ResponseHeaders and http.BodyLimit share this end of the order; BodyLimit's
        // early 413 calls ensure() itself, so the order between them does not matter)
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            ensure(context);
            // the MDC lives in the request's context; cleared at the end in case it fell back to the thread
            context.addEndHandler(done -> MDC.remove(MDC_KEY));
            context.next();
        });
    }

    /**
     * The request's id, given to it now if it has none yet: kept in the routing context, put in the MDC and in the
     * response's {@value #HEADER} header. Safe to call several times.
     */
    public static String ensure(RoutingContext context) {
        String id = context.get(MDC_KEY);
        if (id != null) {
            return id;
        }
        String offered = context.request().getHeader(HEADER);
        id = wellFormed(offered) ? offered : generate();
        context.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        if (!context.response().headWritten()) {
            context.response().putHeader(HEADER, id);
        }
        return id;
    }

    /** The id of the request being served on this thread, or null (a scheduled job, start-up). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /**
     * Whether a client's id is kept: 1 to {@value #MAX_LENGTH} characters among letters, digits, dot, dash and
     * underscore (a UUID, a ULID, a trace id). Anything else (spaces, quotes, line breaks, another alphabet, too long)
     * is replaced, so that nothing a client sends can forge or break a log line or a header.
     */
    public static boolean wellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }

    /** A random version-4 UUID: unique enough to find a request in the logs, and cheaper than a secure random. */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
