package org.odmaturity.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Authorization: Bearer odmi_…}: an invitation link's token. Other bearer tokens are left to other mechanisms
 * (OIDC, when it is switched on).
 */
@ApplicationScoped
public class InvitationAuthenticationMechanism implements HttpAuthenticationMechanism {

    /**
     * Quarkus tries the mechanisms by <em>descending</em> priority and stops at the first identity or failure. This one
     * must come before OIDC's bearer mechanism ({@code quarkus.oidc.priority}, 1001 by default), which would otherwise
     * take an {@code odmi_} token for an access token: refuse it (401) or, with a provider, send it out for
     * introspection. HTTP Basic (2000) reads another scheme; it comes after too.
     */
    static final int PRIORITY = 3000;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = BearerTokens.withPrefix(context, InvitationService.TOKEN_PREFIX);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(new InvitationAuthenticationRequest(token));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(InvitationAuthenticationRequest.class);
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
