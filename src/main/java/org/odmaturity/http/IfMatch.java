package org.odmaturity.http;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.ws.rs.core.EntityTag;

import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;

/**
 * Optimistic locking over HTTP for resources whose ETag is their {@code @Version} number: {@code ETag: "3"} on reads,
 * {@code If-Match: "3"} required on writes. Strong comparison (RFC 9110): a weak tag never matches; {@code *} is not
 * accepted, since it would skip the check the header is required for.
 */
public final class IfMatch {

    /** The entity tags sent, unquoted; null when the header is absent. */
    private final Set<String> tags;

    private IfMatch(Set<String> tags) {
        this.tags = tags;
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
     * Reads the header as sent (possibly absent). Nothing is refused here: {@link #check} does it once the resource is
     * found, so that an unknown resource is a 404 whatever the header.
     */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            return new IfMatch(null);
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
        return new IfMatch(Set.copyOf(tags));
    }

    public boolean matches(long version) {
        return tags != null && tags.contains(Long.toString(version));
    }

    /**
     * 428 when the header is missing or {@code *}, 412 unless it names the current version.
     *
     * @param what what is being changed, for the messages ("organisation 12")
     */
    public void check(long currentVersion, String what) {
        if (tags == null) {
            throw new PreconditionRequiredException("Send If-Match with the ETag of " + what + " as you last read it "
                    + "(e.g. If-Match: " + header(currentVersion) + "), so that a change made meanwhile is not "
                    + "overwritten.");
        }
        if (tags.contains("*")) {
            throw new PreconditionRequiredException("If-Match: * is not accepted: send the ETag of " + what
                    + " as you last read it (e.g. If-Match: " + header(currentVersion) + ").");
        }
        if (!matches(currentVersion)) {
            throw stale(currentVersion, what);
        }
    }

    public static PreconditionFailedException stale(long currentVersion, String what) {
        return new PreconditionFailedException("If-Match does not name the current version of " + what
                + " (now " + header(currentVersion) + "): it changed since you read it. Read it again and re-apply "
                + "your change.", header(currentVersion));
    }
}
