package org.odmaturity.monitoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * {@code odm.metrics.*}: who may read the Prometheus metrics at {@value #PATH} (docs/operations.md, "Monitoring and
 * logs"; docs/security.md).
 */
@ConfigMapping(prefix = "odm.metrics")
public interface MetricsConfig {

    /** Where Micrometer's Prometheus registry answers ({@code quarkus.micrometer.export.prometheus.path} under /q). */
    String PATH = "/q/metrics";

    /**
     * Whether anyone who reaches the port may read the metrics (env {@code ODM_METRICS_PUBLIC=true}): only for a port
     * that a private network alone reaches. Off by default: the metrics tell volumes and account activity, so only an
     * admin reads them (HTTP Basic, or an admin's personal API token as Prometheus's bearer token).
     */
    @WithName("public")
    @WithDefault("false")
    boolean anonymous();

    /** Whether a normalized request path is the metrics endpoint's. */
    static boolean isMetricsPath(String path) {
        return path != null && (path.equals(PATH) || path.startsWith(PATH + "/"));
    }
}
