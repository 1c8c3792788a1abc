package org.odmaturity.error;

import java.util.Set;

/**
 * The version of a record its writer last read (optimistic locking): what a service checks before it changes the
 * record. The API reads it from {@code If-Match} ({@code org.odmaturity.http.IfMatch}), a page from its form's hidden
 * version. Comparison is strong: only the current version matches; a wildcard ({@code If-Match: *}) is never accepted,
 * since it would skip the check it is required for.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion NONE = new ExpectedVersion(null);
    static final String ANY = "*";

    /** The versions the writer says it read (as sent, unquoted; {@value #ANY} for a wildcard); null: none said. */
    private final Set<String> tags;

    private ExpectedVersion(Set<String> tags) {
        this.tags = tags;
    }

    /** The writer said nothing: where a version is required, the change is refused (428). */
    public static ExpectedVersion none() {
        return NONE;
    }

    /** The writer read this version. */
    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(Long.toString(version)));
    }

    /** The writer read one of these versions (entity tags as sent, unquoted; {@code *} for a wildcard). */
    public static ExpectedVersion anyOf(Set<String> tags) {
        return new ExpectedVersion(Set.copyOf(tags));
    }

    /** Whether the writer said which version it read. */
    public boolean stated() {
        return tags != null;
    }

    public boolean matches(long version) {
        return tags != null && tags.contains(Long.toString(version));
    }

    /**
     * 428 when no version was said (or only a wildcard), 412 unless it names the current version.
     *
     * @param what what is being changed, for the messages ("organisation 12")
     */
    public void check(long currentVersion, String what) {
        if (tags == null) {
            throw new PreconditionRequiredException("Send If-Match with the ETag of " + what + " as you last read it "
                    + "(e.g. If-Match: " + tag(currentVersion) + "), so that a change made meanwhile is not "
                    + "overwritten.");
        }
        if (tags.contains(ANY)) {
            throw new PreconditionRequiredException("If-Match: * is not accepted: send the ETag of " + what
                    + " as you last read it (e.g. If-Match: " + tag(currentVersion) + ").");
        }
        if (!matches(currentVersion)) {
            throw stale(currentVersion, what);
        }
    }

    /** The refusal of a change made to a version that is no longer the current one (412). */
    public static PreconditionFailedException stale(long currentVersion, String what) {
        return new PreconditionFailedException("If-Match does not name the current version of " + what
                + " (now " + tag(currentVersion) + "): it changed since you read it. Read it again and re-apply "
                + "your change.", tag(currentVersion));
    }

    /** The entity tag of a version, as the API writes it: {@code "3"}. */
    static String tag(long version) {
        return "\"" + version + "\"";
    }
}
