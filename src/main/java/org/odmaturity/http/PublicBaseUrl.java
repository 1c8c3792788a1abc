package org.odmaturity.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * The address the service is reached at from outside ({@code odm.public-base-url}, env ODM_PUBLIC_BASE_URL), e.g.
 * {@code https://diagnostic.datagrandest.fr}: every absolute URL the service writes (invitation links, {@code Location}
 * headers) starts with it. Never derived from the request: {@code Host} and {@code X-Forwarded-*} are the client's
 * word. Required in production (the service does not start without it); dev and tests default to their own port.
 */
@Startup // checked at start: a missing or malformed address stops the service at once, not at the first link
@ApplicationScoped
public class PublicBaseUrl {

    private final URI base;

    public PublicBaseUrl(@ConfigProperty(name = "odm.public-base-url") Optional<String> configured) {
        this.base = parse(configured.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "odm.public-base-url is required: set ODM_PUBLIC_BASE_URL to the address users reach the service at, "
                        + "e.g. https://diagnostic.example.fr (invitation links and redirects are written on it)")));
    }

    /** The configured URL, checked: http or https, a host, no query or fragment; without a trailing slash. */
    static URI parse(String configured) {
        URI uri;
        try {
            uri = new URI(configured.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("odm.public-base-url is not a URL: " + configured, e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("odm.public-base-url must be an http(s) URL with a host and no "
                    + "query, fragment or user (e.g. https://diagnostic.example.fr): " + configured);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme.toLowerCase() + "://" + uri.getRawAuthority() + path);
    }

    /** The base, without a trailing slash: {@code https://diagnostic.example.fr}. */
    public String base() {
        return base.toString();
    }

    /** The absolute URL of one of our paths ({@code /i/…}, {@code /api/…}); {@code path} starts with a slash. */
    public String of(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute path: " + path);
        }
        return base + path;
    }

    /** The scheme and authority of the base, to compare with an absolute URL: {@code https://host:port}. */
    public String origin() {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    /** The path the base adds before ours (empty when the service is at the root of its host). */
    public String pathPrefix() {
        return base.getRawPath();
    }
}
