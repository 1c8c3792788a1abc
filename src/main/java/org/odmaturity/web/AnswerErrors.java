package org.odmaturity.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' answer validation messages (English, for API clients) in the words of the pages' language. The API's
 * problem documents keep the precise English text; a person filling a form in French reads a French sentence about the
 * field they typed in. Messages without a known shape get a generic sentence (in French) or the service's own text (in
 * English).
 */
public final class AnswerErrors {

    private static final Pattern AT_MOST = Pattern.compile("has at most (\\d+) characters");
    private static final Pattern TEXT_MAX = Pattern.compile("the maximum is (\\d+)");
    private static final Pattern BELOW = Pattern.compile("is below the minimum (\\S+)");
    private static final Pattern ABOVE = Pattern.compile("is above the maximum (\\S+)");

    private AnswerErrors() {
    }

    /**
     * A sentence for one error of the services' {@code errors} list ({@code field} like {@code answers[2].comment},
     * {@code message} the English text).
     */
    public static String text(String field, String message, Msg m) {
        String f = field == null ? "" : field;
        String text = message == null ? "" : message;
        Matcher matcher;
        if (text.contains("NUL character") || text.contains("valid Unicode")) {
            return m.error_characters();
        }
        if (f.endsWith(".evidence") && text.contains("web address")) {
            return m.error_url();
        }
        if ((matcher = AT_MOST.matcher(text)).find() || (matcher = TEXT_MAX.matcher(text)).find()) {
            return m.error_too_long(Integer.parseInt(matcher.group(1)));
        }
        if ((matcher = BELOW.matcher(text)).find()) {
            return m.error_min(decimal(matcher.group(1), m));
        }
        if ((matcher = ABOVE.matcher(text)).find()) {
            return m.error_max(decimal(matcher.group(1), m));
        }
        if (text.contains("number answer must be a number") || text.contains("scale answer must be")) {
            return m.error_number();
        }
        if (text.contains("'not applicable' is not allowed")) {
            return m.error_na_not_allowed();
        }
        if (text.contains("cannot be given together with 'not applicable'")) {
            return m.error_na_and_value();
        }
        if (text.contains("cannot be combined with other options")) {
            return m.error_exclusive();
        }
        if (text.contains("only facilitators and admins write notes")) {
            return m.error_notes();
        }
        return m.error_invalid(text);
    }

    private static String decimal(String number, Msg m) {
        return "fr".equals(m.lang_code()) ? number.replace('.', ',') : number;
    }
}
