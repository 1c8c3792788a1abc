package org.odmaturity.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Synchronizer tokens for the pages' forms: HMAC-SHA256(secret, key), the key being what the visitor's forms are bound
 * to (see {@link CsrfFilter}: a signed-in session, an invitation link, a sign-in pre-session). A token needs no
 * server-side storage and is the same on every instance sharing the secret.
 */
@ApplicationScoped
public class Csrf {

    public static final String FIELD = "_csrf";
    private static final Logger LOG = Logger.getLogger(Csrf.class);
    private final byte[] secret;
    /** Whether the secret was drawn at start: tokens then hold on this instance only. */
    private final boolean ownSecret;

    public Csrf(WebConfig config) {
        ownSecret = config.csrfSecret().isEmpty() || config.csrfSecret().get().length() < 32;
        if (!ownSecret) {
            secret = config.csrfSecret().get().getBytes(StandardCharsets.UTF_8);
        } else {
            if (config.csrfSecret().isPresent()) {
                LOG.warn("odm.web.csrf-secret is shorter than 32 characters: ignored, a random secret is used");
            }
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        }
    }

    /**
     * In production, says at start when the forms' key is this instance's own: behind a load balancer, a form served by
     * one instance and posted to another would be refused (403). Nothing can tell here whether other instances exist.
     */
    void warnWhenOwnSecret(@Observes StartupEvent event) {
        if (ownSecret && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("ODM_WEB_CSRF_SECRET (odm.web.csrf-secret) is not set: the pages' forms are signed with a key of"
                    + " this instance only; with several instances behind a load balancer, set the same value"
                    + " (at least 32 characters) on every instance, or forms will be refused (403)");
        }
    }

    public String token(String sessionKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(sessionKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean valid(String sessionKey, String provided) {
        if (provided == null || provided.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(token(sessionKey).getBytes(StandardCharsets.UTF_8),
                provided.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the request came from one of our pages: {@code Origin} (else {@code Referer}), when sent, must name the
     * service's public origin ({@code odm.public-base-url}: scheme, host and port), never whatever {@code Host} the
     * request carried. Default ports are ignored ({@code https://x} is {@code https://x:443}).
     */
    public static boolean sameOrigin(String origin, String referer, String publicOrigin) {
        String source = origin != null && !origin.isBlank() ? origin : referer;
        if (source == null || source.isBlank()) {
            return true;
        }
        if ("null".equals(source)) {
            return false;
        }
        String from = originOf(source);
        return from != null && from.equals(originOf(publicOrigin));
    }

    /** {@code scheme://host[:port]} of an absolute http(s) URL, lower case, without a default port; null if none. */
    static String originOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
