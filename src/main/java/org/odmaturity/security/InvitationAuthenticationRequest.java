package org.odmaturity.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * An invitation link's token, as presented in {@code Authorization: Bearer odmi_…}. A request type of its own, so that
 * only {@link InvitationIdentityProvider} ever sees invitation tokens and never sees other bearer tokens: identity
 * providers are chosen by request type, and OIDC's provider handles {@code TokenAuthenticationRequest}.
 */
public final class InvitationAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public InvitationAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
