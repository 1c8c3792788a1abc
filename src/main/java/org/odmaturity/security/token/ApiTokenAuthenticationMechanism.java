package org.odmaturity.security.token;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.monitoring.MetricsConfig;
import org.odmaturity.security.BearerTokens;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Authorization: Bearer odm_…}: a personal API token, on the JSON API ({@code /api/…}) and on the metrics
 * endpoint ({@code /q/metrics}, for Prometheus; admins' tokens only: {@code security.MetricsAccess}). On any other path
 * such a token is refused (401), never handed to another mechanism. Tokens of other shapes ({@code odmi_} invitation
 * links, OIDC access tokens) are left to their mechanisms.
 */
@ApplicationScoped
public class ApiTokenAuthenticationMechanism implements HttpAuthenticationMechanism {

    /**
     * Before OIDC's bearer mechanism (1001), which would otherwise take an {@code odm_} token for an access token; the
     * invitation mechanism (3000) only claims {@code odmi_} tokens, the session mechanism (2500) ignores requests that
     * carry an {@code Authorization} header, HTTP Basic (2000) reads another scheme.
     */
    static final int PRIORITY = 2900;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = BearerTokens.withPrefix(context, ApiTokenService.TOKEN_PREFIX);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        String path = context.normalizedPath();
        if (path == null || !(path.equals("/api") || path.startsWith("/api/") || MetricsConfig.isMetricsPath(path))) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return identityProviderManager.authenticate(new ApiTokenAuthenticationRequest(token));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
