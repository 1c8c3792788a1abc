package org.odmaturity.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of the service's fixed values in French (the default) or English, from one source
 * ({@code i18n/labels_fr.properties}, {@code i18n/labels_en.properties}): a draft reads the same on every page, in the
 * API's views and in the PDF. Plain Java (a resource bundle), so that the PDF and its unit tests need no container.
 * Any enum works: its label key is {@code <kind>.<constant in lower case>}, e.g. {@code diagnostic.status.draft}.
 */
public final class Labels {

    private static final ResourceBundle FR = load(Locale.FRENCH);
    private static final ResourceBundle EN = load(Locale.ENGLISH);

    private final ResourceBundle bundle;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** "en" gives English; anything else French. */
    public static Labels of(String language) {
        return new Labels("en".equals(language) ? EN : FR);
    }

    /**
     * The label of a fixed value: {@code label("diagnostic.status", DiagnosticStatus.DRAFT)} → "En cours de saisie";
     * null for null.
     */
    public String label(String kind, Enum<?> value) {
        return value == null ? null : bundle.getString(kind + "." + value.name().toLowerCase(Locale.ROOT));
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle("i18n.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
