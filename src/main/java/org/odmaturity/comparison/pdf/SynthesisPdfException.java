package org.odmaturity.comparison.pdf;

/** The regional synthesis PDF could not be produced: a template is missing or broken, or filling or export failed. */
public class SynthesisPdfException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SynthesisPdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
