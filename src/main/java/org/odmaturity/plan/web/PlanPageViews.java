package org.odmaturity.plan.web;

import java.util.List;
import java.util.Map;

import org.odmaturity.web.Views;

import io.quarkus.qute.TemplateData;

/**
 * What the action-plan curation pages show (templates/plan/*.html): plain records, texts already in the page's
 * language, numbers and dates already written in it.
 */
public final class PlanPageViews {

    private PlanPageViews() {
    }

    /** An option of a select; {@code value} "" is the "default / none" choice. */
    @TemplateData
    public record Choice(String value, String label, boolean selected) {
    }

    /** An {@code <optgroup>} of the axis/theme select. */
    @TemplateData
    public record ChoiceGroup(String label, List<Choice> choices) {
    }

    /** The frame every form of the plan needs: where to post, the CSRF token, the plan version it was read at. */
    public record Form(String action, String csrf, long version) {
    }

    /** One action of the plan, in order. Empty strings are never used: null means "not set". */
    public record Row(String key, String htmlId, int rank, String text, String place, String gain, String effort,
            String horizon, boolean quickWin, boolean custom, String status, String owner, String dueDate,
            boolean first, boolean last, String editHref) {
    }

    /** A suggested action that is not in the plan. */
    public record Dropped(String key, String htmlId, String text, String place, String gain) {
    }

    /** One axis: its score and level now, and the choices of its target level. */
    public record Target(String axisId, String htmlId, String title, String score, String level,
            List<Choice> choices) {
    }

    /**
     * An action's fields as typed or stored ({@code place}: "", {@code axis:<id>} or {@code theme:<id>}), with the
     * errors per field (field name → message).
     */
    @TemplateData
    public record ActionForm(String text, String place, String effort, String horizon, String owner, String dueDate,
            Map<String, String> errors) {

        public static ActionForm empty() {
            return new ActionForm("", "", "", "", "", "", Map.of());
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** The choices of an action form's selects, computed for the form's current values. */
    @TemplateData
    public record FormChoices(List<Choice> places, List<ChoiceGroup> placeGroups, List<Choice> efforts,
            List<Choice> horizons) {
    }

    /** The plan page. {@code alertTitle}/{@code alert}: a refused change (stale form, service refusal). */
    public record PlanPage(long id, String orgName, String subtitle, String updated, boolean draft, boolean curated,
            String overallScore, String overallLevel, Form form, List<Row> rows, List<Dropped> dropped,
            List<Target> targets, ActionForm add, FormChoices addChoices, List<Views.ErrorLink> errors,
            String notice, String alertTitle, String alert, String pdfHref, String backHref, String regenerateHref,
            boolean inPoints) {

        /** The follow-up page of this plan (FollowUpPages). */
        public String followUpHref() {
            return PlanLinks.followUp(id);
        }
    }

    /** The edit form of one action. */
    public record EditPage(long id, String key, int rank, boolean custom, String context, Form form, ActionForm action,
            FormChoices choices, List<Views.ErrorLink> errors, String alertTitle, String alert, String backHref) {
    }

    /** A confirmation step (regenerate, delete an added action): a form re-posting {@code op} with confirm=oui. */
    public record ConfirmPage(String title, String text, String submit, String op, String key, Form form,
            String backHref) {
    }
}
