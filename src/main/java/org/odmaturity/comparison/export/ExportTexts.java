package org.odmaturity.comparison.export;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the results exports in one language ({@code fr}, the default, or {@code en}): column names (the CSV
 * headers), column titles (the XLSX headers), the "lisez-moi" sheet and the file names, from
 * {@code exports/exports_{fr,en}.properties}. Labels of fixed values (types, statuses, modes, bands) come from
 * {@link org.odmaturity.i18n.Labels}. Plain Java, so that the writers are unit-testable without a container.
 */
public final class ExportTexts {

    /** Dates of the exports are written in the time of the regional team. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final ExportTexts FR = new ExportTexts("fr");
    private static final ExportTexts EN = new ExportTexts("en");

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private ExportTexts(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle("exports.exports", locale, ExportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "en" gives English, anything else French. */
    public static ExportTexts of(String language) {
        return "en".equals(language) ? EN : FR;
    }

    public String language() {
        return language;
    }

    /** A text, its arguments put in (a MessageFormat pattern: a quote in the file is written {@code ''}). */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** An instant as ISO 8601 in Paris time, to the second ({@code 2026-05-04T14:30:00+02:00}); null for null. */
    public static String iso(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(PARIS).truncatedTo(ChronoUnit.SECONDS)
                        .toOffsetDateTime());
    }
}
