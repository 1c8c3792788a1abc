package org.odmaturity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The building blocks of the staff pages' edit forms (organisations, campaigns, accounts, invitation links): what a
 * form holds while it is edited ({@link Form}), what its template shows ({@link Edit}, {@link Field},
 * {@link Option}; rendered by the user tags {@code tags/editForm.html} and {@code tags/formField.html}) and the texts
 * every such form shares ({@link Texts}, namespace {@code form}). One place, so that each feature's forms read,
 * validate and show their fields the same way.
 */
public final class Forms {

    private Forms() {
    }

    /** An entry of a select list or a group of radios. */
    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /**
     * One form field: label, hint, error (tied with aria-describedby), what was typed, and for select lists and radios
     * the options. {@code type}: text, email, tel, date, password, select or radios.
     */
    @TemplateData
    public record Field(String id, String name, String label, String hint, String type, String value, String error,
            boolean required, String autocomplete, String inputmode, String size, List<Option> options) {

        public String describedBy() {
            String ids = (hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error");
            return ids.isBlank() ? null : ids.trim();
        }

        public boolean select() {
            return "select".equals(type);
        }

        public boolean radios() {
            return "radios".equals(type);
        }

        /** Where the error summary links to: the field, or the first radio of a group. */
        public String target() {
            return radios() && !options.isEmpty() ? id + "-" + options.get(0).value() : id;
        }
    }

    /** What is shown above a form that was refused as a whole (a stale form): a sentence and its details. */
    public record Alert(String text, List<String> details) {
    }

    /** A form as shown: fields, hidden values (version), error summary, a notice (success) or an alert (conflict). */
    @TemplateData
    public record Edit(String action, String csrf, List<Field> fields, Map<String, String> hidden,
            List<Views.ErrorLink> errors, String notice, String alert, List<String> alertDetails, String submit,
            String cancelHref, String readOnlyInfo) {
    }

    /**
     * What a form holds while it is edited: the values typed (kept on errors), the error of each field in the order
     * found, and the fields to show.
     */
    public static final class Form {
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, String> errors = new LinkedHashMap<>();
        private final List<Field> fields = new ArrayList<>();

        public Form value(String name, String value) {
            values.put(name, value == null ? "" : value);
            return this;
        }

        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        /** The first error of a field wins (the most basic one: missing before malformed). */
        public void error(String name, String message) {
            errors.putIfAbsent(name, message);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public int errorCount() {
            return errors.size();
        }

        /** A field without options, inputmode or size. */
        public Form field(String name, String label, String hint, String type, boolean required,
                String autocomplete) {
            return field(name, label, hint, type, required, autocomplete, null, null, List.of());
        }

        /** A short text field typed with the numeric keyboard (a year, a SIREN, a number of days). */
        public Form numeric(String name, String label, String hint, boolean required) {
            return field(name, label, hint, "text", required, "off", "numeric", "short", List.of());
        }

        /** A select list or a group of radios ({@code type}), with the option of the field's value selected. */
        public Form choice(String name, String label, String hint, String type, boolean required,
                Map<String, String> valuesToLabels) {
            return field(name, label, hint, type, required, null, null, null, options(valuesToLabels, value(name)));
        }

        public Form field(String name, String label, String hint, String type, boolean required, String autocomplete,
                String inputmode, String size, List<Option> options) {
            fields.add(new Field(name, name, label, hint, type, value(name), errors.get(name), required, autocomplete,
                    inputmode, size, options));
            return this;
        }

        /** The form as shown, with its fields, its error summary and the given hidden values, notice and alert. */
        public Edit edit(String action, String csrf, Map<String, String> hidden, String notice, Alert alert,
                String submit, String cancelHref, String readOnlyInfo) {
            return new Edit(action, csrf, List.copyOf(fields), hidden, summary(), notice,
                    alert == null ? null : alert.text(), alert == null ? List.of() : alert.details(), submit,
                    cancelHref, readOnlyInfo);
        }

        /** The error summary: one link per field in error, in the order of the fields. */
        private List<Views.ErrorLink> summary() {
            List<Views.ErrorLink> links = new ArrayList<>();
            for (Field f : fields) {
                if (f.error() != null) {
                    links.add(new Views.ErrorLink("#" + f.target(), f.error()));
                }
            }
            errors.forEach((name, message) -> {
                if (fields.stream().noneMatch(f -> f.name().equals(name))) {
                    links.add(new Views.ErrorLink("#contenu", message));
                }
            });
            return links;
        }

        /**
         * After a refused save (someone saved meanwhile): each field whose stored value differs from what was typed,
         * as "label: « stored value »", under a heading; or a sentence saying nothing differs.
         */
        public List<String> differences(Form stored, List<String> names, Function<String, String> labels,
                BiFunction<String, String, String> shown, Texts t) {
            List<String> lines = new ArrayList<>();
            for (String name : names) {
                if (!stored.value(name).equals(value(name))) {
                    String value = stored.value(name).isEmpty() ? "" : shown.apply(name, stored.value(name));
                    lines.add(t.stale_field(labels.apply(name), value.isEmpty() ? t.empty_value() : value));
                }
            }
            lines.add(0, lines.isEmpty() ? t.stale_nothing() : t.stale_detail());
            return lines;
        }
    }

    /** Options with the one whose value is {@code selected} marked. */
    public static List<Option> options(Map<String, String> valuesToLabels, String selected) {
        List<Option> options = new ArrayList<>();
        valuesToLabels.forEach((v, l) -> options.add(new Option(v, l, v.equals(selected))));
        return options;
    }

    public static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A form's whole number (an id, a version), or null when it is not one. */
    public static Long number(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    /** The title of a page whose form has errors: "2 erreur(s) à corriger – Nouvelle organisation". */
    public static String title(FrameMsg frame, String title, int errors) {
        return errors == 0 ? title : frame.errors_title(errors) + " – " + title;
    }

    /** The first field of a property path ({@code questionnaire.id} → {@code questionnaire}). */
    public static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /**
     * A Bean Validation failure in the page's language, by the kind of constraint (the services' English messages are
     * never shown on a French page).
     */
    public static String violation(ConstraintViolation<?> v, String field, String label, Texts t) {
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> t.err_required(label);
            case "Size" -> t.err_too_long(label, ((Number) attributes.get("max")).intValue());
            case "Siren" -> v.getMessage().contains("check digit") ? t.err_siren_checksum() : t.err_siren_format();
            case "DepartementCode" -> t.err_departement();
            case "Email" -> t.err_email();
            case "Pattern" -> "contactPhone".equals(field) ? t.err_phone() : t.err_invalid(label);
            case "PositiveOrZero", "Positive" -> t.err_whole_number(label);
            case "Min", "Max" -> "year".equals(field) ? t.err_year(label) : t.err_invalid(label);
            case "ValidPeriod" -> t.err_period();
            default -> t.err_invalid(label);
        };
    }

    /** Texts every edit form shares (namespace {@code form}): messages/form_fr.properties, form_en.properties. */
    @MessageBundle(value = "form", locale = "fr")
    public interface Texts {

        @Message
        String required_mark();

        @Message
        String cancel();

        @Message
        String stale_field(String field, String value);

        @Message
        String empty_value();

        @Message
        String choose();

        @Message
        String stale_detail();

        @Message
        String stale_nothing();

        @Message
        String err_required(String label);

        @Message
        String err_choose(String label);

        @Message
        String err_too_long(String label, int max);

        @Message
        String err_siren_format();

        @Message
        String err_siren_checksum();

        @Message
        String err_departement();

        @Message
        String err_email();

        @Message
        String err_phone();

        @Message
        String err_whole_number(String label);

        @Message
        String err_year(String label);

        @Message
        String err_date(String label);

        @Message
        String err_period();

        @Message
        String err_invalid(String label);
    }
}
