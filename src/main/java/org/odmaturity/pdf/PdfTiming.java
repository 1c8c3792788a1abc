package org.odmaturity.pdf;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The meter of one kind of PDF document: {@code odm.pdf.render} (Prometheus {@code odm_pdf_render_seconds_*}) tagged
 * with the kind ({@code plan}, {@code synthesis}) and the outcome ({@code success}, {@code failure}): how many were
 * rendered and how long each took, with buckets from 50 ms to 10 s for percentiles. Built once by the renderer of that
 * kind, the one place its documents are rendered.
 */
public final class PdfTiming {

    /** A document that takes its renderer some work: the buckets of the render times. */
    private static final Duration[] BUCKETS = { Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10) };

    /** What renders the document (may throw). */
    @FunctionalInterface
    public interface Rendering<T, E extends Exception> {
        T render() throws E;
    }

    private final Timer succeeded;
    private final Timer failed;

    public PdfTiming(String kind, MeterRegistry meters) {
        this.succeeded = timer(kind, "success", meters);
        this.failed = timer(kind, "failure", meters);
    }

    private static Timer timer(String kind, String outcome, MeterRegistry meters) {
        return Timer.builder("odm.pdf.render").description("PDF documents rendered, and how long each took")
                .tag("kind", kind).tag("outcome", outcome).serviceLevelObjectives(BUCKETS).register(meters);
    }

    /** Renders and records the time under the outcome: a failure is timed and rethrown. */
    public <T, E extends Exception> T time(Rendering<T, E> rendering) throws E {
        long start = System.nanoTime();
        boolean done = false;
        try {
            T result = rendering.render();
            done = true;
            return result;
        } finally {
            (done ? succeeded : failed).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
