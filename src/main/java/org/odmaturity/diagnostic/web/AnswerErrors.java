package org.odmaturity.diagnostic.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.odmaturity.diagnostic.AnswerProblem;
import org.odmaturity.web.Formats;

/**
 * The services' refusals of answers in the words of the page's language, by their code: a person filling a form in
 * French reads a French sentence about the field they typed in, the API keeps its precise English text. A refusal
 * without a sentence of its own gets a generic one (in French) or the service's text (in English).
 */
final class AnswerErrors {

    private AnswerErrors() {
    }

    static String text(AnswerProblem problem, Msg m, Locale locale) {
        return switch (problem.code()) {
            case BAD_CHARACTERS -> m.error_characters();
            case NOT_A_WEB_ADDRESS -> m.error_url();
            case TOO_LONG -> m.error_too_long(((Number) problem.args().get("max")).intValue());
            case BELOW_MINIMUM -> m.error_min(number(problem.args().get("min"), locale));
            case ABOVE_MAXIMUM -> m.error_max(number(problem.args().get("max"), locale));
            case NOT_A_NUMBER, OUT_OF_SCALE -> m.error_number();
            case NOT_APPLICABLE_NOT_ALLOWED -> m.error_na_not_allowed();
            case VALUE_WITH_NOT_APPLICABLE -> m.error_na_and_value();
            case EXCLUSIVE_OPTION -> m.error_exclusive();
            case NOTES_FORBIDDEN -> m.error_notes();
            default -> m.error_invalid(problem.message());
        };
    }

    /** A bound with the decimals it has (0, 2,5…). */
    private static String number(Object bound, Locale locale) {
        BigDecimal n = bound instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(bound));
        return Formats.decimal(locale, n, Math.max(0, n.scale()));
    }
}
