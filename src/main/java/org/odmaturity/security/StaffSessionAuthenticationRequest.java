package org.odmaturity.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a web session cookie, to be resolved into the signed-in account. */
public final class StaffSessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public StaffSessionAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
