package org.odmaturity.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a valid web session token into the identity of its account (same role and attributes as HTTP Basic). */
@ApplicationScoped
public class StaffSessionIdentityProvider implements IdentityProvider<StaffSessionAuthenticationRequest> {

    private final StaffSessionService sessions;

    public StaffSessionIdentityProvider(StaffSessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<StaffSessionAuthenticationRequest> getRequestType() {
        return StaffSessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(StaffSessionAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resolve(request.token())
                .map(resolved -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(resolved.user().email))
                        .addRole(resolved.user().role.role())
                        .addAttribute(Actor.USER_ID, resolved.user().id)
                        .addAttribute(Actor.LABEL, resolved.user().label())
                        .addAttribute(Actor.SESSION_KEY, resolved.sessionKey())
                        .addAttribute(Actor.DISPLAY_NAME, resolved.user().displayName)
                        .build())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
