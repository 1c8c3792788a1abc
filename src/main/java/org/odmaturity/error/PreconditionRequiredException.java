package org.odmaturity.error;

/** A write that could overwrite someone else's change came without {@code If-Match} (428, RFC 6585). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String detail) {
        super(detail, null, false, false);
    }
}
