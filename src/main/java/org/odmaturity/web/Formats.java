package org.odmaturity.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * How the pages write numbers and dates, in French or English: one place, for page resources ({@code
 * Formats.decimal(locale, 42.5, 1)}) and templates ({@code {score.decimal(1)}}, {@code {date.display}}; the
 * template's locale, set by {@link PageContext#render}, decides). Dates and times are those of Paris.
 */
public final class Formats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Formats() {
    }

    /** A number with exactly {@code digits} decimals: "42,5" (fr) / "42.5" (en) for 1 digit. Null for null. */
    public static String decimal(Locale locale, Number value, int digits) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(written(locale));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A date as people read it: "2 déc. 2026" / "2 Dec 2026". Null for null. */
    public static String date(Locale locale, LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(written(locale)));
    }

    /** An instant as a date and time in Paris: "2 déc. 2026, 17:45". Null for null. */
    public static String dateTime(Locale locale, Instant instant) {
        return instant == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(written(locale)).format(instant.atZone(PARIS));
    }

    /**
     * The locale numbers and dates are written in: English without a country is written the British way ("2 Dec 2026,
     * 17:45", as the PDF does), not the American one; French as in France.
     */
    static Locale written(Locale locale) {
        if (locale == null) {
            return Locale.FRANCE;
        }
        if (locale.getCountry().isEmpty()) {
            return "en".equals(locale.getLanguage()) ? Locale.UK : "fr".equals(locale.getLanguage()) ? Locale.FRANCE
                    : locale;
        }
        return locale;
    }

    /** In templates: {@code {value.decimal(1)}}. */
    @TemplateExtension(matchName = "decimal")
    static String decimalOf(Number value, int digits, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return decimal(locale(locale), value, digits);
    }

    /** In templates: {@code {date.display}}. */
    @TemplateExtension(matchName = "display")
    static String display(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date(locale(locale), date);
    }

    /** In templates: {@code {instant.display}}. */
    @TemplateExtension(matchName = "display")
    static String display(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return dateTime(locale(locale), instant);
    }

    private static Locale locale(Object attribute) {
        return attribute instanceof Locale l ? l : attribute instanceof String s ? Locale.forLanguageTag(s)
                : Locale.FRENCH;
    }
}
