package org.odmaturity.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.odmaturity.http.PublicBaseUrl;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;

/**
 * The headers every response gets, whatever answered it (the API, a problem, a PDF or CSV download, a static file, an
 * unknown path, the health checks), set on the HTTP router just before the headers leave:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} on all;</li>
 * <li>{@code Strict-Transport-Security} when {@code odm.web.hsts-max-age} is above zero (production);</li>
 * <li>on HTML, the pages' {@link SecurityHeadersFilter#CSP Content-Security-Policy}, no framing and no Referer to
 * other sites, unless the page set its own;</li>
 * <li>a {@code Location} the framework made absolute from the request's {@code Host} is put on the configured
 * {@link PublicBaseUrl public address} instead: nothing the client says about our address is reflected.</li>
 * </ul>
 */
@ApplicationScoped
public class ResponseHeaders {

    private final PublicBaseUrl publicBase;
    private final String hsts;

    public ResponseHeaders(PublicBaseUrl publicBase, WebConfig config) {
        this.publicBase = publicBase;
        long seconds = config.hstsMaxAge().getSeconds();
        this.hsts = seconds > 0 ? "max-age=" + seconds : null;
    }

    void install(@Observes Router router) {
        // first of all routes, so that even the earliest refusals (BodyLimit's 413) carry the headers
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpServerRequest request = context.request();
            context.addHeadersEndHandler(ignored -> apply(request, context.response().headers()));
            context.next();
        });
    }

    void apply(HttpServerRequest request, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (hsts != null) {
            headers.set("Strict-Transport-Security", hsts);
        }
        String type = headers.get("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            setIfAbsent(headers, "Content-Security-Policy", SecurityHeadersFilter.CSP);
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Referrer-Policy", SecurityHeadersFilter.REFERRER_POLICY);
        }
        String location = headers.get("Location");
        if (location != null) {
            headers.set("Location", location(location, request.authority()));
        }
    }

    /**
     * The framework turns a relative redirect or {@code Location} into an absolute URL on the host the request named;
     * that host is the client's word, so such a URL is moved onto the public address. Other URLs are left alone.
     */
    String location(String location, HostAndPort requested) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || requested == null
                || !uri.getHost().equalsIgnoreCase(requested.host()) || location.startsWith(publicBase.base() + "/")) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return publicBase.of(path) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
