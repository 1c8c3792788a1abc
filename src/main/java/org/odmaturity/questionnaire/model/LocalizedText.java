package org.odmaturity.questionnaire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user-facing text in several languages (language code → text), as written in a questionnaire file.
 */
public record LocalizedText(Map<String, String> values) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text in {@code language}, else in {@code fallback}, else any text, else {@code null}. */
    public String in(String language, String fallback) {
        String text = values.get(language);
        if (text == null) {
            text = values.get(fallback);
        }
        if (text == null && !values.isEmpty()) {
            text = values.values().iterator().next();
        }
        return text;
    }
}
