package org.odmaturity.error;

/** The requested resource does not exist (404). */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String detail) {
        super(detail, null, false, false);
    }
}
