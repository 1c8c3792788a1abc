package org.odmaturity.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP Basic (email + password) against our own accounts, through {@link PasswordCheck}: throttled per email and per
 * client address (429 with {@code Retry-After} once the budget is spent, before any bcrypt), successes remembered
 * briefly. Scripts should prefer personal API tokens ({@code Bearer odm_…}).
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /**
     * Attribute of the {@link AuthenticationFailedException} of a throttled attempt: the whole seconds to wait (the
     * problem mapper answers 429 with {@code Retry-After}).
     */
    public static final String RETRY_AFTER_SECONDS = "odm.retryAfterSeconds";

    private final PasswordCheck passwords;

    public AccountIdentityProvider(PasswordCheck passwords) {
        this.passwords = passwords;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String address = clientAddress(HttpSecurityUtils.getRoutingContextAttribute(request));
        return context.runBlocking(() -> {
            PasswordCheck.Outcome outcome = passwords.check(PasswordCheck.Channel.BASIC, request.getUsername(),
                    new String(request.getPassword().getPassword()), address);
            if (outcome instanceof PasswordCheck.Accepted accepted) {
                return AccountIdentity.of(accepted.user()).build();
            }
            if (outcome instanceof PasswordCheck.Throttled throttled) {
                throw throttledFailure(throttled.retryAfter());
            }
            throw new AuthenticationFailedException();
        });
    }

    static AuthenticationFailedException throttledFailure(java.time.Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return new AuthenticationFailedException("Too many failed sign-in attempts",
                java.util.Map.of(RETRY_AFTER_SECONDS, seconds));
    }

    /**
     * The client's address as the connection gives it; behind a reverse proxy, Quarkus replaces it with the forwarded
     * one only when {@code quarkus.http.proxy.proxy-address-forwarding} is on and the proxy is trusted
     * ({@code quarkus.http.proxy.trusted-proxies}).
     */
    public static String clientAddress(RoutingContext context) {
        if (context == null) {
            return null;
        }
        SocketAddress remote = context.request().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }
}
