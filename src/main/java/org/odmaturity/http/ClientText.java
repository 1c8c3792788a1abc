package org.odmaturity.http;

/**
 * The one rule for text a client sends (JSON strings and keys, form fields, query and path parameters, sign-in
 * names): it must be storable in PostgreSQL and be Unicode — no NUL character (U+0000, which PostgreSQL refuses in
 * text) and no lone surrogate (half of a UTF-16 pair, which is not a character and would be stored as {@code ?}).
 * Refused where it comes in: JSON by {@link JsonTextRules}, parameters and forms by {@link ClientTextFilter}.
 */
public final class ClientText {

    private ClientText() {
    }

    /** The reason a text cannot be stored, or null when it can (null text is fine). */
    public static String problem(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "text must not contain the NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "text must be valid Unicode (a lone surrogate was found)";
            }
            if (Character.isLowSurrogate(c)) {
                return "text must be valid Unicode (a lone surrogate was found)";
            }
        }
        return null;
    }

    /** Whether the text can be stored. */
    public static boolean storable(CharSequence text) {
        return problem(text) == null;
    }
}
