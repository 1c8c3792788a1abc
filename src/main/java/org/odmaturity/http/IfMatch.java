package org.odmaturity.http;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.ws.rs.core.EntityTag;

import org.odmaturity.error.ExpectedVersion;

/**
 * Optimistic locking over HTTP for resources whose ETag is their {@code @Version} number: {@code ETag: "3"} on reads,
 * {@code If-Match: "3"} required on writes. The API resources read the header into the {@link ExpectedVersion} the
 * services check (strong comparison, RFC 9110: a weak tag never matches; {@code *} is refused).
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The ETag of a version: {@code "3"}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The ETag header value of a version: {@code "3"}. */
    public static String header(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Reads the header as sent (possibly absent). Nothing is refused here: the service checks it once the record is
     * found, so that an unknown record is a 404 whatever the header.
     */
    public static ExpectedVersion parse(String header) {
        if (header == null || header.isBlank()) {
            return ExpectedVersion.none();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (tag.equals("*")) {
                tags.add("*");
            } else if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tags.add(tag.substring(1, tag.length() - 1));
            } else if (!tag.startsWith("W/") && !tag.isEmpty()) {
                tags.add(tag); // unquoted: a common client mistake, read leniently
            }
        }
        return ExpectedVersion.anyOf(tags);
    }
}
