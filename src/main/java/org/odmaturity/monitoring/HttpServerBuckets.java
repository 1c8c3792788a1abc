package org.odmaturity.monitoring;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Latency buckets for the HTTP server's timer ({@code http_server_requests_seconds_bucket}), so that a dashboard can
 * show percentiles per route ({@code histogram_quantile}); a fixed dozen of buckets rather than Micrometer's
 * percentile histogram (≈70 per series), since each route × method × status gets its own set.
 */
public class HttpServerBuckets {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    private static final double[] BUCKETS = nanos(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10));

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
            }
        };
    }

    private static double[] nanos(Duration... durations) {
        double[] nanos = new double[durations.length];
        for (int i = 0; i < durations.length; i++) {
            nanos[i] = durations[i].toNanos();
        }
        return nanos;
    }
}
