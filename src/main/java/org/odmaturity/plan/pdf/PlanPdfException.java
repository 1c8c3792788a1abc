package org.odmaturity.plan.pdf;

/** The improvement-plan PDF could not be produced: a template is missing or broken, or filling or exporting failed. */
public class PlanPdfException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanPdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
