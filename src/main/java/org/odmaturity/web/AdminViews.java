package org.odmaturity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * What the admin and invitation-link pages show (plain records, every text already in the page's language and escaped
 * by Qute), their checked templates (src/main/resources/templates/admin/) and the small form helpers they share.
 */
public final class AdminViews {

    private AdminViews() {
    }

    /** Times are shown in the region's time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @CheckedTemplate(basePath = "admin")
    static final class Pages {
        private Pages() {
        }

        static native TemplateInstance home(Views.Page page, Home view);

        static native TemplateInstance organizations(Views.Page page, OrgList view);

        static native TemplateInstance organization(Views.Page page, OrgPage view);

        static native TemplateInstance campaigns(Views.Page page, CampaignList view);

        static native TemplateInstance campaign(Views.Page page, String heading, EditPage form);

        static native TemplateInstance accounts(Views.Page page, AccountList view);

        static native TemplateInstance accountNew(Views.Page page, EditPage form);

        static native TemplateInstance account(Views.Page page, AccountPage view);

        static native TemplateInstance links(Views.Page page, LinksPage view);

        static native TemplateInstance linkCreated(Views.Page page, LinkCreated view);
    }

    // ------------------------------------------------------------------------------------------------------- records

    /** An entry of a select list or a group of radios. */
    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /** A link of the error summary to the field it is about. */
    @TemplateData
    public record Err(String href, String text) {
    }

    /**
     * One form field: label, hint, error (tied with aria-describedby), what was typed, and for select lists and radios
     * the options. {@code type}: text, email, number, date, password, select or radios.
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

    /** A form page: fields, hidden values (version), error summary, a notice (success, conflict). */
    @TemplateData
    public record EditPage(String action, String csrf, List<Field> fields, Map<String, String> hidden,
            List<Err> errors, String notice, String alert, List<String> alertDetails, String submit,
            String cancelHref, String readOnlyInfo) {
    }

    public record Count(String label, long count) {
    }

    public record Home(long organizations, long openCampaigns, List<Count> diagnostics, long diagnosticsTotal,
            long facilitators) {
    }

    public record OrgRow(long id, String name, String siren, String type, String departement) {
    }

    public record OrgList(String q, String departement, String departementError, List<Option> types,
            List<OrgRow> rows, int total, int page, int pages, String prevHref, String nextHref, String notice,
            boolean filtered) {
    }

    /**
     * A diagnostic of the organisation page, with its handover form: the diagnostic's version (If-Match), the
     * facilitators to choose from (the current one selected) and the refusal of a handover just tried, if any.
     */
    public record DiagnosticRow(long id, String campaign, String mode, String status, String facilitator,
            String created, long version, List<Option> facilitators, String handoverError) {
    }

    /** {@code diagnosticsNotice}: the result of a handover, shown above the diagnostics. */
    public record OrgPage(String name, boolean creating, EditPage form, List<DiagnosticRow> diagnostics,
            EditPage newDiagnostic, boolean openCampaigns, String csrf, String diagnosticsNotice) {
    }

    public record CampaignRow(long id, String name, int year, String questionnaire, String status, String period,
            long diagnostics) {
    }

    public record CampaignList(List<CampaignRow> rows, String notice) {
    }

    public record AccountRow(long id, String email, String name, String role, boolean active, boolean self,
            String created) {
    }

    public record AccountList(List<AccountRow> rows, String notice, String csrf) {
    }

    public record AccountPage(AccountRow account, EditPage rename, EditPage password, String csrf, String notice,
            String alert) {
    }

    public record LinkRow(long id, String label, String createdBy, String created, String expires, String lastUsed,
            String status, boolean active) {
    }

    public record LinksPage(long diagnosticId, String organization, String campaign, String status,
            List<LinkRow> rows, EditPage form, String csrf, String notice, boolean admin, Long organizationId) {
    }

    public record LinkCreated(long diagnosticId, String organization, String url, String label, String expires,
            String backHref) {
    }

    // ------------------------------------------------------------------------------------------------- form helpers

    /**
     * What a form holds while it is edited: the values typed (kept on errors) and the error of each field, in the
     * order found.
     */
    static final class Form {
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, String> errors = new LinkedHashMap<>();
        private final List<Field> fields = new ArrayList<>();

        Form value(String name, String value) {
            values.put(name, value == null ? "" : value);
            return this;
        }

        String value(String name) {
            return values.getOrDefault(name, "");
        }

        /** The first error of a field wins (the most basic one: missing before malformed). */
        void error(String name, String message) {
            errors.putIfAbsent(name, message);
        }

        boolean hasErrors() {
            return !errors.isEmpty();
        }

        Form field(String name, String label, String hint, String type, boolean required, String autocomplete) {
            return field(name, label, hint, type, required, autocomplete, null, null, List.of());
        }

        Form field(String name, String label, String hint, String type, boolean required, String autocomplete,
                String inputmode, String size, List<Option> options) {
            fields.add(new Field(name, name, label, hint, type, value(name), errors.get(name), required, autocomplete,
                    inputmode, size, options));
            return this;
        }

        List<Field> fields() {
            return List.copyOf(fields);
        }

        /** The error summary: one link per field in error, in the order of the fields. */
        List<Err> summary() {
            List<Err> links = new ArrayList<>();
            for (Field f : fields) {
                if (f.error() != null) {
                    links.add(new Err("#" + f.target(), f.error()));
                }
            }
            for (Map.Entry<String, String> e : errors.entrySet()) {
                if (fields.stream().noneMatch(f -> f.name().equals(e.getKey()))) {
                    links.add(new Err("#contenu", e.getValue()));
                }
            }
            return links;
        }
    }

    /** Options with the one whose value is {@code selected} marked. */
    static List<Option> options(Map<String, String> valuesToLabels, String selected) {
        List<Option> options = new ArrayList<>();
        valuesToLabels.forEach((v, l) -> options.add(new Option(v, l, v.equals(selected))));
        return options;
    }

    static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    static String dateTime(Instant instant, String lang) {
        if (instant == null) {
            return null;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag("en".equals(lang) ? "en-GB" : "fr-FR"))
                .format(instant.atZone(ZONE));
    }

    static String date(LocalDate date, String lang) {
        if (date == null) {
            return null;
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("en".equals(lang) ? "en-GB" : "fr-FR")).format(date);
    }

    /**
     * A Bean Validation failure in the page's language, by the kind of constraint (the services' English messages are
     * never shown on a French page).
     */
    static String violation(ConstraintViolation<?> v, String field, String label, AdminMsg m) {
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> m.err_required(label);
            case "Size" -> m.err_too_long(label, ((Number) attributes.get("max")).intValue());
            case "Siren" -> v.getMessage().contains("check digit") ? m.err_siren_checksum() : m.err_siren_format();
            case "DepartementCode" -> m.err_departement();
            case "Email" -> m.err_email();
            case "Pattern" -> "contactPhone".equals(field) ? m.err_phone() : m.err_invalid(label);
            case "PositiveOrZero", "Positive" -> m.err_whole_number(label);
            case "Min", "Max" -> "year".equals(field) ? m.err_year(label) : m.err_invalid(label);
            case "ValidPeriod" -> m.err_period();
            default -> m.err_invalid(label);
        };
    }

    /** The first field of a property path ({@code questionnaire.id} → {@code questionnaire}). */
    static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /** The title of a page whose form has errors: "2 erreur(s) à corriger – Nouvelle organisation". */
    static String title(FrameMsg staff, String title, int errors) {
        return errors == 0 ? title : staff.errors_title(errors) + " – " + title;
    }
}
