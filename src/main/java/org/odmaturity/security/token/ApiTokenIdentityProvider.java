package org.odmaturity.security.token;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.security.AccountIdentity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a live API token of an active account into that account's identity (its role as of now). */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

    private final ApiTokenService tokens;

    public ApiTokenIdentityProvider(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
        return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.resolve(request.token())
                .map(resolved -> (SecurityIdentity) AccountIdentity.of(resolved.user())
                        .addAttribute(AccountIdentity.TOKEN_ID, resolved.token().id)
                        .build())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
