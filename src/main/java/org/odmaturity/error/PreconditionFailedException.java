package org.odmaturity.error;

/** {@code If-Match} names a version that is no longer current (412): someone changed the resource meanwhile. */
public class PreconditionFailedException extends RuntimeException {

    private final String currentEtag;

    public PreconditionFailedException(String detail, String currentEtag) {
        super(detail, null, false, false);
        this.currentEtag = currentEtag;
    }

    public String currentEtag() {
        return currentEtag;
    }
}
