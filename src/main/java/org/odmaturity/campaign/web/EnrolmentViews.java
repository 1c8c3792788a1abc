package org.odmaturity.campaign.web;

import java.util.List;

import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What the enrolment and progress pages show: plain records, texts already in the page's language. */
public final class EnrolmentViews {

    private EnrolmentViews() {
    }

    @CheckedTemplate(basePath = "admin")
    static final class Templates {
        static native TemplateInstance campaignEnrolment(Views.Page page, EnrolmentPage view);

        static native TemplateInstance campaignProgress(Views.Page page, ProgressPage view);
    }

    /** A choice of a list, a group of boxes or radios. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A hidden field of the confirmation form (the criteria previewed). */
    public record Hidden(String name, String value) {
    }

    /**
     * The enrolment page: the criteria form (values as typed), the errors, the preview (or the report after an
     * enrolment) and the confirmation form.
     */
    public record EnrolmentPage(long campaignId, String campaignName, String csrf, List<Option> types,
            String departements, String populationMin, String populationMax, List<Option> imports,
            boolean importsAvailable, List<Views.ErrorLink> errors, java.util.Map<String, String> fieldErrors,
            Outcome outcome, List<Option> modes, List<Option> facilitators, String deadline, List<Hidden> hidden) {

        public String error(String field) {
            return fieldErrors.get(field);
        }
    }

    /** A preview (dry run) or a report (done). */
    public record Outcome(boolean done, String count, int toCreate, String confirm, List<OutcomeRow> rows) {
    }

    public record OutcomeRow(String organization, String type, String departement, String population,
            String outcome, String diagnosticHref) {
    }

    /** The progress page. */
    public record ProgressPage(long campaignId, String campaignName, List<Option> stages, List<Option> types,
            String departement, String q, boolean overdue, boolean filtered, List<Views.ErrorLink> errors,
            java.util.Map<String, String> fieldErrors, List<Fact> summary, List<ProgressRow> rows,
            List<Download> downloads) {

        public String error(String field) {
            return fieldErrors.get(field);
        }
    }

    public record Fact(String label, int value) {
    }

    public record ProgressRow(String organization, String organizationHref, String type, String departement,
            String mode, String deadline, boolean overdue, String facilitator, String invited, String linkUsed,
            String started, String answered, String submitted, String validated, String stage) {
    }

    /** A download link, as the {@code csvLinks} tag shows it. */
    public record Download(String href, String label) {
    }
}
