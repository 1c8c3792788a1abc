package org.odmaturity.security;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.odmaturity.error.Problem;
import org.odmaturity.error.Refusal;
import org.odmaturity.monitoring.MetricsConfig;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * Who may read the Prometheus metrics ({@value MetricsConfig#PATH}): an admin, by HTTP Basic or with a personal API
 * token ({@code Bearer odm_…}, what Prometheus's {@code authorization} or {@code bearer_token_file} sends). Everyone
 * else gets the service's usual problems: 401 (no or refused credentials), 429 (throttled password), 403 (a
 * facilitator, a respondent's link), 503 (the accounts out of reach). With {@code odm.metrics.public=true} the check is
 * skipped, for a port that only a private network reaches.
 *
 * <p>The endpoint is Micrometer's own route, outside JAX-RS: this is a Vert.x filter run after Quarkus has attached the
 * request's (lazy) identity and before the route answers, using the same authentication mechanisms as the API.
 */
@ApplicationScoped
public class MetricsAccess {

    /** Below Quarkus's authentication (200) and authorization (100) filters: the identity is attached by then. */
    static final int PRIORITY = 50;

    private final MetricsConfig config;
    private final IdentityProviderManager identities;

    public MetricsAccess(MetricsConfig config, IdentityProviderManager identities) {
        this.config = config;
        this.identities = identities;
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        if (config.anonymous() || !MetricsConfig.isMetricsPath(context.normalizedPath())) {
            context.next();
            return;
        }
        Context vertx = Vertx.currentContext();
        // a refused credential is answered below, as a problem: not by Quarkus's default failure handler (a bare 401)
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (ignored, e) -> {
        });
        QuarkusHttpUser.getSecurityIdentity(context, identities).subscribe().with(
                identity -> vertx.runOnContext(ignored -> decide(context, identity)),
                failure -> vertx.runOnContext(ignored -> refuse(context,
                        Refusal.ofFailedAuthentication(failure, context.request().path()))));
    }

    private void decide(RoutingContext context, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            refuse(context, Refusal.unauthorized(context.request().path()));
        } else if (identity.hasRole(Roles.ADMIN)) {
            context.next();
        } else {
            refuse(context, Refusal.forbidden("Only an admin may read the metrics.", context.request().path()));
        }
    }

    private static void refuse(RoutingContext context, Refusal refusal) {
        HttpServerResponse response = context.response().setStatusCode(refusal.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE);
        refusal.headers().forEach(response::putHeader);
        response.end(Json.encode(refusal.problem()));
    }
}
