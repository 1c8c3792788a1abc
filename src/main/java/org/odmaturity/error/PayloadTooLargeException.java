package org.odmaturity.error;

/** The request body is larger than this endpoint accepts (413). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String detail) {
        super(detail, null, false, false);
    }
}
