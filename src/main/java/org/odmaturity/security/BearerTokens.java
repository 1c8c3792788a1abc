package org.odmaturity.security;

import io.vertx.ext.web.RoutingContext;

/** Reads {@code Authorization: Bearer <token>} for the mechanisms of our own tokens, each recognised by its prefix. */
public final class BearerTokens {

    private static final String BEARER = "Bearer ";

    private BearerTokens() {
    }

    /**
     * The bearer token of the request when it starts with {@code prefix} ({@code odmi_} invitation links, {@code odm_}
     * API tokens); null for no header, another scheme or another kind of token, which other mechanisms may read.
     */
    public static String withPrefix(RoutingContext context, String prefix) {
        String header = context.request().getHeader("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.startsWith(prefix) ? token : null;
    }
}
